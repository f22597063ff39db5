/**
 * «Es una vergüenza», dijo la diputada. «No lo vamos a permitir». A quote that follows a tagged
 * quote in its paragraph, with no tag of its own, goes on with what the same speaker said. The
 * claim runs on to its end, the tag inside, as the English reader draws a quote its tag splits.
 */
import type { TokenRange } from './claims';
import type { PackCue } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { isBoundary } from './words';

export function continueQuotes(
  text: PackText,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  claims: (TokenRange | null)[],
): void {
  cues.forEach((cue, k) => {
    const claim = claims[k];
    const source = sources[k];
    if (!claim || !source?.tagAfterClaim || text.quoteOf(claim.first) < 0) return;
    let last = claim.last;
    let next = text.sentenceEnd(Math.max(cue.last, source.last));
    for (;;) {
      // (A paragraph's break after the tag is no quote: the next paragraph is not gone on to.)
      const quote = text.quoteOf(next);
      if (quote < 0 || text.quotes.open[quote] !== next) break;
      const close = text.quotes.close[quote] as number;
      const end = text.sentenceEnd(close);
      // "«No lo vamos a permitir», añadió": a quote with its own tag is its own attribution.
      if (!wholeSentence(text, close, end) || cueWithin(cues, next, end)) break;
      last = text.quotes.closed[quote] ? close - 1 : close;
      next = end;
    }
    if (last > claim.last) claims[k] = { first: claim.first, last };
  });
}

/** Whether only marks stand after the quote's closing mark to its sentence's end. */
function wholeSentence(text: PackText, close: number, end: number): boolean {
  for (let j = close + 1; j < end; j++) if (!isBoundary(text, j)) return false;
  return true;
}

function cueWithin(cues: readonly PackCue[], first: number, end: number): boolean {
  return cues.some((cue) => cue.first >= first && cue.first < end);
}
