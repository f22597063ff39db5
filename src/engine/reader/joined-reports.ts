/**
 * "Der Angeklagte sagte, er sei unschuldig, erkannte aber an, dass …", "Dijo que no renunciará, y
 * agregó que …", "afirmou que … e acrescentou que …": a claim after its verb ends where the same
 * speaker's next report in its sentence begins, at the comma or the conjunction before that
 * report's verb, not at the sentence's end; and before a tag after it that claims the report.
 */
import type { Pack } from '../packs/compile';
import type { TokenRange } from './claims';
import type { PackCue } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { isBoundary } from './words';

export function endBeforeJoinedReports(
  text: PackText,
  pack: Pack,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  claims: (TokenRange | null)[],
): void {
  const found = claims.slice();
  cues.forEach((cue, k) => {
    const claim = claims[k];
    if (!claim || claim.first < cue.last) return;
    for (let m = k + 1; m < cues.length; m++) {
      const next = cues[m] as PackCue;
      if (next.first > claim.last) return;
      // "a assuré que l'hôpital « ne sera pas sacrifié », selon un communiqué", "…, a-t-on
      // appris de source policière": a tag whose claim is the report before it.
      const tag = found[m];
      const nested = tag && tag.last < next.first && tag.first <= cue.first;
      // "aseguró que no habrá recortes, aunque la oposición denunció que …": another speaker's
      // report joined after a comma is no part of the claim.
      const joined = joinedClause(text, pack, sources[m] as PackSource, next, claim.first);
      if (joined > claim.first) {
        claims[k] = { first: claim.first, last: joined - 1 };
        return;
      }
      if (!nested && !sameSpeaker(sources[k] as PackSource, sources[m] as PackSource)) continue;
      const comma = commaBefore(text, next.first, claim.first);
      if (comma > claim.first) claims[k] = { first: claim.first, last: comma - 1 };
      // "afirmou que não vai renunciar e acrescentou que": the same speaker's verb after "e"; not
      // one of another number, whose subject is inside the claim ("disse que o presidente e o
      // vice discordaram e anunciaram que").
      else if (!nested && plural(text, pack, cue) === plural(text, pack, next)) {
        const and = conjunctionBefore(text, pack, next.first, claim.first);
        if (and > claim.first) claims[k] = { first: claim.first, last: and - 1 };
      }
      return;
    }
  });
}

/**
 * The comma before the conjunction that opens another speaker's report with its subject
 * (", aunque la oposición denunció", ", mas a defesa nega", ", tandis que le rapporteur a
 * assuré"), or -1.
 */
function joinedClause(
  text: PackText,
  pack: Pack,
  source: PackSource,
  cue: PackCue,
  floor: number,
): number {
  if (source.first < 0 || source.first > cue.first || source.tagAfterClaim) return -1;
  let k = source.first - 1;
  // ", tandis que le rapporteur a assuré": a conjunction that takes its own "que".
  if (pack.complementizers.has(text.word(k)) && pack.queConjunctions.has(text.word(k - 1))) k--;
  const joins = (j: number) =>
    pack.conjunctions.has(text.word(j)) || pack.queConjunctions.has(text.word(j));
  if (!joins(k)) return -1;
  while (k > floor && joins(k)) k--;
  return text.is(k, ',') ? k : -1;
}

/** The conjunction right before the verb at `verb`, past one word between ("y luego"), or -1. */
function conjunctionBefore(text: PackText, pack: Pack, verb: number, floor: number): number {
  for (let k = verb - 1; k > floor && k >= verb - 2; k--) {
    if (isBoundary(text, k)) return -1;
    if (!pack.conjunctions.has(text.word(k))) continue;
    while (k - 1 > floor && pack.conjunctions.has(text.word(k - 1))) k--;
    return k;
  }
  return -1;
}

/** Whether a verb cue is plural, where the grammar tells ("afirmaram", "ont affirmé"). */
function plural(text: PackText, pack: Pack, cue: PackCue): boolean {
  const pluralVerb = pack.grammar.pluralVerb;
  if (!pluralVerb) return false;
  return pluralVerb(text.word(cue.first)) || pluralVerb(text.word(cue.last));
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
