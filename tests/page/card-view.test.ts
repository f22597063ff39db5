// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../src/engine/types';

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) =>
        ({
          cardKindMedia: 'News outlet',
          cardVia: `via ${substitutions[0]}`,
          cardBelief: 'A belief, intention or stance, not words reported',
        })[key] ?? key,
    },
  },
}));

const { renderAttribution, shorten } = await import('../../src/page/card-view');

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('the card', () => {
  it('shows kind, name, chain, claim and cue, with the page’s words as text, never as markup', () => {
    const attribution: Attribution = {
      cue: span('according to'),
      source: span('<img src=x onerror=alert(1)>'),
      content: span('The <b>vote</b> was postponed'),
      kind: 'media',
      mode: 'report',
      name: '<img src=x onerror=alert(1)>',
      resolved: true,
      via: 'The Washington Post',
      citedBy: null,
    };
    const card = document.createElement('div');
    card.append(...renderAttribution(document, attribution));
    expect(card.textContent).toContain('News outlet');
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.textContent).toContain('via The Washington Post');
    expect(card.textContent).toContain('The <b>vote</b> was postponed');
    expect(card.querySelector('img, b')).toBeNull();
  });

  it('marks the name and the claim with the article’s language when it is known', () => {
    const attribution: Attribution = {
      cue: span('selon'),
      source: span('le ministère'),
      content: span('le vote est reporté'),
      kind: 'organization',
      mode: 'report',
      name: 'le ministère',
      resolved: true,
      via: null,
      citedBy: null,
    };
    const langs = (language?: string) =>
      renderAttribution(document, attribution, language).map((part) => [
        part.className,
        part.getAttribute('lang'),
      ]);
    expect(langs('fr')).toEqual([
      ['kind', null],
      ['name', 'fr'],
      ['claim', 'fr'],
      ['cue', null],
    ]);
    expect(langs().every(([, lang]) => lang === null)).toBe(true);
  });

  it('says when the attribution is a belief, an intention or a stance', () => {
    const belief: Attribution = {
      cue: span('wants'),
      source: span('The mayor'),
      content: span('to close the pier'),
      kind: 'unnamed',
      mode: 'belief',
      name: 'The mayor',
      resolved: true,
      via: null,
      citedBy: null,
    };
    const card = document.createElement('div');
    card.append(...renderAttribution(document, belief));
    expect(card.textContent).toContain('A belief, intention or stance, not words reported');
    card.replaceChildren(...renderAttribution(document, { ...belief, mode: 'report' }));
    expect(card.textContent).not.toContain('A belief, intention or stance');
  });

  it('cuts a long claim at a word', () => {
    const long = 'word '.repeat(100).trim();
    const short = shorten(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('word…')).toBe(true);
  });
});
