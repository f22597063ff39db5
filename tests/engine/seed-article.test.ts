import { describe, expect, it } from 'vitest';
import { read } from './helpers';

// The project's example article, told again about a different country and different outlets:
// each construction of the seed page, in the same order, with the same traps around it.
const article = [
  'This handout picture released by the Arvanian Presidency shows Arvania’s President Teo Malik waving at a rally in Port Sel on June 2, 2025. (Source: Northlight Images)',
  'Arvanian President Teodor Malik has appealed to Beijing for naval support as foreign fleets gather off the coast, according to papers reviewed by The Coastal Herald on June 3.',
  'In a note written for Chinese officials, Malik reportedly requested patrol boats, sonar systems and repairs for Arvania’s aging frigates. He also asked for loans through the state-owned shipbuilder Norvik to refit two harbours.',
  'The papers suggest that Malik’s government is also courting Ankara and Delhi, to shore up its navy against what it calls foreign “piracy,” according to The Coastal Herald.',
  'Analysts say that while China remains a close partner, its appetite for a naval commitment is limited by its other disputes, The Coastal Herald wrote.',
  'Earlier, it was reported that the Chinese premier has signed a decree approving the maritime pact with Arvania, according to Chinese state news agency Xinhua, citing the official portal of state law.',
  'Help Us Keep the Lights On',
  'Your support carries verified reporting to millions of readers. Donate today.',
].join('\n\n');

describe('the seed article, in other words', () => {
  const found = read(article);
  const row = (cue: string, index = 0) => found.filter((a) => a.cue.text === cue)[index];

  it('finds every attribution a reader should see, with its kind and name', () => {
    expect(found.map((a) => [a.cue.text, a.source?.text ?? null, a.name, a.kind])).toEqual([
      ['according to', 'papers reviewed by The Coastal Herald', 'The Coastal Herald', 'document'],
      ['reportedly', null, null, 'none'],
      ['also asked', 'He', 'Teodor Malik', 'person'],
      ['suggest', 'The papers', 'The papers', 'document'],
      ['according to', 'The Coastal Herald', 'The Coastal Herald', 'media'],
      ['say', 'Analysts', 'Analysts', 'unnamed'],
      ['wrote', 'The Coastal Herald', 'The Coastal Herald', 'media'],
      ['it was reported', null, null, 'none'],
      ['according to', 'Chinese state news agency Xinhua', 'Xinhua', 'media'],
      [
        'citing',
        'the official portal of state law',
        'the official portal of state law',
        'document',
      ],
    ]);
  });

  it('carries each claim', () => {
    expect(row('according to')?.content?.text).toContain(
      'has appealed to Beijing for naval support',
    );
    expect(row('reportedly')?.content?.text).toContain('requested patrol boats');
    expect(row('suggest')?.content?.text).toContain('courting Ankara and Delhi');
    expect(row('according to', 1)?.content?.text).toContain('courting Ankara and Delhi');
    expect(row('say')?.content?.text).toContain('its appetite for a naval commitment is limited');
    expect(row('say')?.content?.text).not.toContain('wrote');
    expect(row('wrote')?.content?.text).toContain('its appetite for a naval commitment is limited');
    expect(row('it was reported')?.content?.text).toContain(
      'the Chinese premier has signed a decree',
    );
    expect(row('according to', 2)?.content?.text).toContain(
      'the Chinese premier has signed a decree',
    );
  });

  it('keeps the chains: via the outlet that reviewed the papers, cited by the agency', () => {
    expect(row('according to')?.via).toBe('The Coastal Herald');
    expect(row('citing')?.citedBy).toBe('Xinhua');
  });

  it('reports nothing from the caption, its credit or the donation box', () => {
    const paragraphs = article.split('\n\n');
    const caption = paragraphs[0] ?? '';
    const donation = paragraphs.slice(-2).join('\n\n');
    const cueAt = (a: (typeof found)[number]) => a.cue.start;
    expect(found.filter((a) => cueAt(a) < caption.length)).toEqual([]);
    expect(found.filter((a) => cueAt(a) >= article.length - donation.length)).toEqual([]);
  });
});
