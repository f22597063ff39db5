/**
 * "Der Angeklagte sagte, er sei unschuldig, erkannte aber an, dass …", "Dijo que no renunciará, y
 * agregó que …": a claim after its verb ends where the same speaker's next report in its sentence
 * begins, at the comma before that report's verb (and its conjunction), not at the sentence's end.
 */
import type { TokenRange } from './claims';
import type { PackCue } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { isBoundary } from './words';

export function endBeforeJoinedReports(
  text: PackText,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  claims: (TokenRange | null)[],
): void {
  cues.forEach((cue, k) => {
    const claim = claims[k];
    if (!claim || claim.first < cue.last) return;
    for (let m = k + 1; m < cues.length; m++) {
      const next = cues[m] as PackCue;
      if (next.first > claim.last) return;
      if (!sameSpeaker(sources[k] as PackSource, sources[m] as PackSource)) continue;
      const comma = commaBefore(text, next.first, claim.first);
      if (comma > claim.first) claims[k] = { first: claim.first, last: comma - 1 };
      return;
    }
  });
}

/** The next report's subject is left out, or is the same words as this report's. */
function sameSpeaker(source: PackSource, next: PackSource): boolean {
  if (next.dropped) return true;
  return next.first >= 0 && next.first === source.first && !next.tagAfterClaim;
}

/** The comma right before the verb at `verb`, past one word between ("aber", "und"), or -1. */
function commaBefore(text: PackText, verb: number, floor: number): number {
  for (let k = verb - 1; k > floor && k >= verb - 2; k--) {
    if (text.is(k, ',')) return k;
    if (isBoundary(text, k)) return -1;
  }
  return -1;
}
