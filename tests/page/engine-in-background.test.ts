// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { answerExtract } from '../../src/background/extract-requests';
import { extract } from '../../src/engine';
import { readArticle } from '../../src/page/article-text';
import type { AskBackground } from '../../src/page/extraction';
import type { Found } from '../../src/page/found';
import { ArticleSession } from '../../src/page/session';
import type { ExtractRequest } from '../../src/shared/messages';
import { recordingPainter } from './session-helpers';

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

function startSession(askBackground: AskBackground, html = ARTICLE) {
  document.body.innerHTML = html;
  const { painter, painted } = recordingPainter();
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

/** What the engine finds in the whole article at once: the page, reading it passage by passage, must agree. */
const engineClaims = () =>
  extract(readArticle(document).text)
    .map((attribution) => attribution.content?.text)
    .sort();

/** Everything logged as an error, as one string. */
const logged = (error: { mock: { calls: unknown[][] } }) =>
  error.mock.calls.map((call) => call.map(String).join(' ')).join('\n');

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
  it('paints what the engine finds, over the words it found', async () => {
    const { ask, asked } = workingBackground();
    const { session, painted } = startSession(ask);
    await session.start();
    expect(asked[0]?.texts[0]).toContain('according to minutes');
    expect(paintedCues(painted)).toEqual(
      expect.arrayContaining(['according to', 'reportedly', 'said']),
    );
    for (const found of painted) {
      expect(found.ranges.cue?.toString()).toBe(found.attribution.cue.text);
    }
  });

  it('paints a long article of many passages asked for together as the engine reads it whole', async () => {
    const { ask, asked } = workingBackground();
    const { session, painted } = startSession(ask, LONG_ARTICLE);
    await session.start();
    expect(asked.some((request) => request.texts.length > 1)).toBe(true);
    const claims = [...painted].map((found) => found.ranges.claim?.toString()).sort();
    expect(claims).toEqual(engineClaims());
    expect(claims).toContain('the tide tables were wrong');
    expect(claims).toContain(
      'Her crew had reportedly waited 41 hours at the quay before the ferry left',
    );
    expect(session.attributions()).toHaveLength(180);
  });

  it('says it could not read the page when no background answers, and reads it once one does', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let answering = false;
    const ask: AskBackground = async (request) => {
      if (!answering)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return answerExtract(request);
    };
    const { session, painted } = startSession(ask);
    await session.start();
    expect(session.state).toBe('failed');
    expect(painted.size).toBe(0);
    expect(logged(error)).toContain('Receiving end does not exist');

    answering = true;
    await session.rereadAll();
    expect(session.state).toBe('ready');
    expect(paintedCues(painted)).toEqual(
      expect.arrayContaining(['according to', 'reportedly', 'said']),
    );
    error.mockRestore();
  });

  it('says it could not read the page when the background answers with an error, and why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { session, painted } = startSession(async () => ({
      error: 'extract: the engine failed',
    }));
    await session.start();
    expect(session.state).toBe('failed');
    expect(painted.size).toBe(0);
    expect(logged(error)).toContain('extract: the engine failed');
    error.mockRestore();
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
