/**
 * What a speaker goes on saying after the tag, with no tag of its own, is the same speaker's
 * claim, which runs on to its end, the tag inside, as the English reader draws a quote its tag
 * splits:
 * - a quote that follows in the paragraph: «Es una vergüenza», dijo la diputada. «No lo vamos a
 *   permitir».
 * - a dialogue line's words after a tag a dash closes or that a dash follows: —No vamos a
 *   rendirnos —dijo el ministro—. Seguiremos luchando. (A tag closed by its sentence's period
 *   alone ends the line's words: what follows may be the narrator's.)
 */
import type { TokenRange } from './claims';
import type { PackCue } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { isBoundary, isDash } from './words';

export function continueQuotes(
  text: PackText,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  claims: (TokenRange | null)[],
): void {
  cues.forEach((cue, k) => {
    const claim = claims[k];
    const source = sources[k];
    if (!claim || !source?.tagAfterClaim) return;
    const tagEnd = Math.max(cue.last, source.last);
    if (text.quoteOf(claim.first) < 0) {
      const line = dialogueGoesOn(text, cues, claim, tagEnd);
      if (line > claim.last) claims[k] = { first: claim.first, last: line };
      return;
    }
    let last = claim.last;
    let next = text.sentenceEnd(tagEnd);
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

/** Whether a cue starts from `first` to before `end`. */
export function cueWithin(cues: readonly PackCue[], first: number, end: number): boolean {
  return cues.some((cue) => cue.first >= first && cue.first < end);
}

/**
 * Where a dialogue line's words go on after a tag its dash closes, the last word of the line;
 * else -1. The line opens on a dash, and no other cue stands after the tag.
 */
function dialogueGoesOn(
  text: PackText,
  cues: readonly PackCue[],
  claim: TokenRange,
  tagEnd: number,
): number {
  // The line's words start right after its dash (a mark may stand between).
  const opening = text.paragraphFirst(claim.first);
  if (!isDash(text, opening) || claim.first - opening > 2) return -1;
  // "—dijo el ministro—. Seguiremos", "— disse o ministro. — Vamos": a dash goes back to them.
  if (!isDash(text, tagEnd + 1) && !isDash(text, text.sentenceEnd(tagEnd))) return -1;
  const end = text.paragraphEnd(tagEnd);
  if (cueWithin(cues, tagEnd + 1, end)) return -1;
  let last = end - 1;
  while (last > tagEnd && isBoundary(text, last)) last--;
  return last > tagEnd + 1 ? last : -1;
}
