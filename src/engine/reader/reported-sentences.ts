/**
 * German "Der Minister sagte, die Lage sei ernst. Man müsse jetzt handeln.": a sentence in the
 * mood of reported speech, right after an attribution that ends its sentence, in the same
 * paragraph and with no cue of its own, goes on with what the same source said. The claim runs
 * on to its end, as it does over a quote that goes on after its tag (./continued-quotes.ts).
 */
import type { Pack } from '../packs/compile';
import { TokenType } from '../text/tokens';
import type { TokenRange } from './claims';
import { cueWithin } from './continued-quotes';
import type { PackCue } from './cue';
import { reportedOpening } from './cues';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { isBoundary } from './words';

export function continueReportedSpeech(
  text: PackText,
  pack: Pack,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  claims: (TokenRange | null)[],
): void {
  if (!pack.grammar.reportedMood) return;
  cues.forEach((cue, k) => {
    const claim = claims[k];
    if (!claim || text.quoteOf(claim.first) >= 0) return;
    const attribution = Math.max(claim.last, cue.last, cue.particle, sources[k]?.last ?? -1);
    let end = text.sentenceEnd(attribution);
    if (!onlyMarks(text, attribution + 1, end)) return;
    let last = claim.last;
    // A paragraph's break after the sentence is no sentence of it: the next paragraph is left.
    while (end < text.count && text.type(end) !== TokenType.Break) {
      const next = text.sentenceEnd(end);
      if (!reportedOpening(text, pack, end, next) || cueWithin(cues, end, next)) break;
      let j = next - 1;
      while (j > end && isBoundary(text, j) && !text.isQuoteMark(j)) j--;
      last = j;
      end = next;
    }
    if (last > claim.last) claims[k] = { first: claim.first, last };
  });
}

function onlyMarks(text: PackText, first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (!isBoundary(text, j)) return false;
  return true;
}
