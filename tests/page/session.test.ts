// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../src/page/article-text';
import { AttributionCeiling } from '../../src/page/ceiling';
import { ArticleSession } from '../../src/page/session';
import { askTheBackground, recordingPainter } from './session-helpers';

// The background's answers come with the message module, which brings the browser API: none is needed.
vi.mock('webextension-polyfill', () => ({ default: {} }));

function startSession(html: string, ceiling?: AttributionCeiling) {
  document.body.innerHTML = html;
  const { painter, painted } = recordingPainter();
  const session = new ArticleSession(
    document,
    painter,
    { extraCues: () => [], askBackground: askTheBackground, onReportChanged: () => {} },
    new AbortController().signal,
    ceiling,
  );
  return { session, painted };
}

const ARTICLE = `<article>
  <p>The council postponed its vote, according to minutes published by the Coastal Gazette.</p>
  <p>Mayor <a href="#">Elena Ruiz</a> said the council needed more time to study the bids.</p>
  <p>The operator had reportedly asked for a subsidy twice as large as the current one.</p>
</article>`;

// Italian: a language the engine does not read yet.
const ITALIAN_ARTICLE = `<article>
  <p>Il consiglio comunale ha rinviato il voto sul contratto del traghetto, secondo il verbale pubblicato dalla Gazzetta del litorale.</p>
  <p>La sindaca Elena Ruiz ha dichiarato che il consiglio aveva bisogno di più tempo per studiare le offerte delle due compagnie.</p>
  <p>Il gestore avrebbe chiesto una sovvenzione due volte più grande di quella che viene versata oggi, secondo fonti vicine al dossier.</p>
</article>`;

describe('ArticleSession', () => {
  it('reports attributions whose offsets point into the article text the command line reads', async () => {
    const { session, painted } = startSession(ARTICLE);
    await session.start();
    expect(session.state).toBe('ready');
    const text = readArticle(document).text;
    const attributions = session.attributions().map((entry) => entry.attribution);
    expect(attributions.map((a) => a.cue.text)).toEqual(
      expect.arrayContaining(['according to', 'said', 'reportedly']),
    );
    for (const attribution of attributions) {
      for (const span of [attribution.cue, attribution.source, attribution.content]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(painted.size).toBe(attributions.length);
  });

  it('anchors each part of an attribution to the same words in the page', async () => {
    const { session } = startSession(ARTICLE);
    await session.start();
    for (const { attribution, found } of session.attributions()) {
      expect(found.ranges.cue?.toString()).toBe(attribution.cue.text);
      if (attribution.source) expect(found.ranges.source?.toString()).toBe(attribution.source.text);
    }
  });

  it('calls a page without an article so, and paints nothing', async () => {
    const { session, painted } = startSession('<div><p>Inbox</p><ul><li>Mail</li></ul></div>');
    await session.start();
    expect(session.state).toBe('not-article');
    expect(session.attributions()).toEqual([]);
    expect(painted.size).toBe(0);
  });

  it('says an article in a language the engine does not read is so, whatever its lang, and paints nothing', async () => {
    document.documentElement.lang = 'en';
    const { session, painted } = startSession(ITALIAN_ARTICLE);
    await session.start();
    expect(session.state).toBe('other-language');
    expect(session.attributions()).toEqual([]);
    expect(painted.size).toBe(0);
  });

  it('keeps an article in another language so when a paragraph is added to it', async () => {
    const { session } = startSession(ITALIAN_ARTICLE);
    await session.start();
    const added = document.createElement('p');
    added.textContent =
      'Aggiornamento: il consiglio si riunirà di nuovo lunedì prossimo in seduta pubblica.';
    document.querySelector('article')?.append(added);
    await session.apply({ touched: new Set(), added: new Set([added]), removals: false });
    expect(session.state).toBe('other-language');
  });

  it('reads an English article that quotes a paragraph in German', async () => {
    const german =
      '<blockquote><p>Die Regierung hat am Dienstag angekündigt, dass die neuen Regeln ab dem nächsten Jahr gelten sollen.</p></blockquote>';
    const { session, painted } = startSession(ARTICLE.replace('</article>', `${german}</article>`));
    await session.start();
    expect(session.state).toBe('ready');
    expect(painted.size).toBeGreaterThan(0);
  });

  it('drops the highlights over a changed paragraph at once, and reads it again', async () => {
    const { session, painted } = startSession(ARTICLE);
    await session.start();
    const paragraph = document.querySelectorAll('p')[2] as HTMLParagraphElement;
    const before = session.attributions().find((e) => e.attribution.cue.text === 'reportedly');
    expect(before && painted.has(before.found)).toBe(true);

    paragraph.textContent = 'Nobody has said a word about the subsidy since.';
    session.forgetBlockHighlights(paragraph);
    expect(before && painted.has(before.found)).toBe(false);

    await session.apply({ touched: new Set([paragraph]), added: new Set(), removals: false });
    const cues = session.attributions().map((e) => e.attribution.cue.text);
    expect(cues).not.toContain('reportedly');
    expect(cues).toContain('according to');
  });

  it('reads paragraphs added to the page in their place, and forgets removed ones', async () => {
    const { session } = startSession(ARTICLE);
    await session.start();
    const article = document.querySelector('article') as HTMLElement;
    const first = document.createElement('div');
    first.innerHTML = '<p>Analysts say the delay could push fares up by next summer.</p>';
    article.prepend(first);
    await session.apply({ touched: new Set(), added: new Set([first]), removals: false });
    const entries = session.attributions();
    expect(entries[0]?.attribution.source?.text).toBe('Analysts');
    const text = readArticle(document).text;
    for (const { attribution } of entries) {
      expect(text.slice(attribution.cue.start, attribution.cue.end)).toBe(attribution.cue.text);
    }

    document.querySelectorAll('p')[2]?.remove();
    await session.apply({ touched: new Set(), added: new Set(), removals: true });
    expect(session.attributions().map((e) => e.attribution.cue.text)).not.toContain('said');
  });
});

describe('a page past the ceiling', () => {
  /** `count` paragraphs of 2,500 characters, each with three attributions. */
  const paragraphs = (count: number) =>
    `<article>${Array.from(
      { length: count },
      (_, i) =>
        `<p>Elena Ruiz said ferry ${i} would sail. Tomas Berg told reporters that it would not. Fares will rise, according to Ana Lopes. ${'The boat crossed the bay once more. '.repeat(65)}</p>`,
    ).join('')}</article>`;

  it('lists and paints the first attributions up to the ceiling, says it is capped, and reads no further', async () => {
    const ask = vi.fn(askTheBackground);
    document.body.innerHTML = paragraphs(24);
    const { painter, painted } = recordingPainter();
    const session = new ArticleSession(
      document,
      painter,
      { extraCues: () => [], askBackground: ask, onReportChanged: () => {} },
      new AbortController().signal,
      new AttributionCeiling(5),
    );
    await session.start();
    expect(session.state).toBe('ready');
    expect(session.capped).toBe(true);
    expect(session.attributionCount()).toBe(5);
    expect(painted.size).toBe(5);
    expect(session.attributions()[0]?.attribution.cue.text).toBe('said');
    // 60,000 characters are asked for in two requests: the second, after the ceiling was met, is never sent.
    const sent = ask.mock.calls.flatMap(([request]) => request.texts).join('');
    expect(sent).not.toContain('ferry 23 ');
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('is not capped when everything fits', async () => {
    const { session } = startSession(paragraphs(3), new AttributionCeiling(9));
    await session.start();
    expect(session.attributionCount()).toBe(9);
    expect(session.capped).toBe(false);
  });
});
