// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ExtractOptions } from '../../src/engine/types';
import type { HighlightPainter } from '../../src/page/highlights';

// The background's answers come with the message module, which brings the browser API: none is needed.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const calls: ExtractOptions[] = [];
vi.mock('../../src/engine', () => ({
  extract: (_text: string, options: ExtractOptions = {}) => {
    calls.push(options);
    return [];
  },
  // Every passage is read as English: this test is about the reader's cue phrases alone.
  languageOf: () => 'en',
  LANGUAGES: ['en'],
}));

const { ArticleSession } = await import('../../src/page/session');
const { askTheBackground } = await import('./session-helpers');

describe('the reader’s own cue phrases', () => {
  it('reach the engine, and a change has every passage read again', async () => {
    document.body.innerHTML = `<article>
      <p>Sources close to the council expect a vote on the ferry contract next week.</p>
      <p>The council has delayed the vote twice already this year, to the anger of islanders.</p>
    </article>`;
    let cues = ['sources close to'];
    const painter = {
      replace: () => {},
      remove: () => {},
      flush: () => {},
    } as unknown as HighlightPainter;
    const session = new ArticleSession(
      document,
      painter,
      { extraCues: () => cues, askBackground: askTheBackground, onReportChanged: () => {} },
      new AbortController().signal,
    );
    await session.start();
    expect(calls.at(-1)?.extraCues).toEqual(['sources close to']);

    const before = calls.length;
    cues = ['sources close to', 'people briefed on'];
    await session.rereadAll();
    expect(calls.length).toBeGreaterThan(before);
    expect(calls.at(-1)?.extraCues).toEqual(['sources close to', 'people briefed on']);
  });
});
