// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { answerExtract } from '../../src/background/extract-requests';
import type { AskBackground } from '../../src/page/extraction';
import type { Found } from '../../src/page/found';
import type { HighlightPainter } from '../../src/page/highlights';
import { ArticleSession } from '../../src/page/session';
import type { ExtractRequest } from '../../src/shared/messages';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const ARTICLE = `<article>
  <p>The council postponed its vote, according to minutes published by the Coastal Gazette.</p>
  <p>Mayor <a href="#">Elena Ruiz</a> said the council needed more time to study the bids.</p>
  <p>The operator had reportedly asked for a subsidy twice as large as the current one.</p>
</article>`;

/** Long enough for many passages, each holding other words, so that answers swapped between them show. */
const LONG_ARTICLE = `<article>${Array.from(
  { length: 60 },
  (_, i) =>
    `<p>Harbour pilot number ${i} said the tide tables were wrong, according to the port authority. Her crew had reportedly waited ${i} hours at the quay before the ferry left.</p>`,
).join('')}</article>`;

function startSession(askBackground?: AskBackground, html = ARTICLE) {
  document.body.innerHTML = html;
  const painted = new Set<Found>();
  const painter = {
    replace: (old: readonly Found[], fresh: readonly Found[]) => {
      for (const found of old) painted.delete(found);
      for (const found of fresh) painted.add(found);
    },
    remove: (found: Found) => painted.delete(found),
    flush: () => {},
  } as unknown as HighlightPainter;
  const session = new ArticleSession(
    document,
    painter,
    { extraCues: () => [], askBackground, onReportChanged: () => {} },
    new AbortController().signal,
  );
  return { session, painted };
}

const paintedCues = (painted: Set<Found>) =>
  [...painted].map((found) => found.ranges.cue?.toString()).sort();

/** A background that answers as the real one does, and remembers what it was asked. */
function workingBackground() {
  const asked: ExtractRequest[] = [];
  const ask: AskBackground = async (request) => {
    asked.push(request);
    return answerExtract(request);
  };
  return { ask, asked };
}

describe('the engine in the background', () => {
  it('paints what the engine in the page would paint', async () => {
    const inPage = startSession();
    await inPage.session.start();
    const expected = paintedCues(inPage.painted);

    const { ask, asked } = workingBackground();
    const { session, painted } = startSession(ask);
    await session.start();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]?.texts[0]).toContain('according to minutes');
    expect(paintedCues(painted)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['according to', 'said', 'reportedly']));
  });

  it('paints a long article of many passages asked for together as the page would paint it', async () => {
    const inPage = startSession(undefined, LONG_ARTICLE);
    await inPage.session.start();
    const expected = [...inPage.painted].map((found) => found.ranges.claim?.toString()).sort();

    const { ask, asked } = workingBackground();
    const { session, painted } = startSession(ask, LONG_ARTICLE);
    await session.start();
    expect(asked.some((request) => request.texts.length > 1)).toBe(true);
    const claims = [...painted].map((found) => found.ranges.claim?.toString()).sort();
    expect(claims).toEqual(expected);
    expect(claims).toContain('the tide tables were wrong');
    expect(claims).toContain(
      'Her crew had reportedly waited 41 hours at the quay before the ferry left',
    );
    expect(session.attributions()).toHaveLength(180);
  });

  it('reads the page in the page when no background answers, and stops asking', async () => {
    const ask = vi.fn<AskBackground>(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    const { session, painted } = startSession(ask);
    await session.start();
    expect(session.state).toBe('ready');
    expect(paintedCues(painted)).toEqual(expect.arrayContaining(['according to', 'said']));
    await session.rereadAll();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('reads a passage in the page when the background answers with an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { session, painted } = startSession(async () => ({ error: 'extract: too long' }));
    await session.start();
    expect(paintedCues(painted)).toEqual(expect.arrayContaining(['according to', 'reportedly']));
    expect(warn).toHaveBeenCalledWith(expect.any(String), 'extract: too long');
    warn.mockRestore();
  });

  it('does not paint an answer about words the page changed while the engine read them', async () => {
    const pending: (() => void)[] = [];
    const slowAsk: AskBackground = (request) =>
      new Promise((resolve) => pending.push(() => resolve(answerExtract(request))));
    const { session, painted } = startSession(slowAsk);
    const reading = session.start();
    await vi.waitFor(() => expect(pending).toHaveLength(1));

    const paragraph = document.querySelectorAll('p')[2] as HTMLParagraphElement;
    paragraph.textContent = 'Nobody has a word to add about the subsidy since.';
    session.forgetBlockHighlights(paragraph);
    await vi.waitFor(() => {
      pending.shift()?.();
      expect(session.state).toBe('ready');
    });
    await reading;

    expect(paintedCues(painted)).not.toContain('reportedly');
    expect(paintedCues(painted)).toEqual(expect.arrayContaining(['according to', 'said']));
    for (const found of painted) {
      expect(found.ranges.cue?.toString()).toBe(found.attribution.cue.text);
    }
  });
});
