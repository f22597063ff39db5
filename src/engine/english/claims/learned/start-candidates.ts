/**
 * The places a claim after its cue could start, as the claim-start model chooses among them:
 * where the rules start it; every word the rules skipped between the cue and it, after the last
 * colon they skipped (whom it was told, where it was said: "ask | the former secretary of state |
 * to"); and, in its first words,
 * every word after a mark or that opens a clause ("said Thursday during a town hall | that").
 */

import { HashFilter } from '../../../packs/en/hash-filter';
import { hashWord } from '../../../text/tokens';
import type { Cue } from '../../cues/cue';
import type { TokenRange } from '../../phrases';
import type { EnglishText } from '../../text';
import { isWordOrNumber } from './end-candidates';

/** The most places asked about for one claim. */
export const MOST_START_CANDIDATES = 48;

// How far into the claim a later start is looked for: the settings the rules leave are short.
const LATEST_START = 15;

// The words that open a claim's clause ("that", "whether", "how"), as hashes made on first use.
// Not "about" or "to": a later start there would drop the cue's own noun ("expressed concern
// about the dam"), which is the cue's reading to mend, not the claim's.
let claimOpeners: HashFilter | null = null;

function opensClaim(text: EnglishText, k: number): boolean {
  claimOpeners ??= new HashFilter([...text.lexicon.grammar.claimOpeners].map(hashWord));
  return claimOpeners.has(text.hash(k));
}

/** The claim's first word, after any opening marks: where the rules start it. */
export function firstWord(text: EnglishText, claim: TokenRange): number {
  let k = claim.first;
  while (k < claim.last && !isWordOrNumber(text, k)) k++;
  return k;
}

/**
 * Fills `out` with the places the claim could start (each its first word), the rules' own first,
 * and returns how many. Only a claim after its cue has any other.
 */
export function startCandidates(
  text: EnglishText,
  cue: Cue,
  claim: TokenRange,
  out: Int32Array,
): number {
  const ruleFirst = firstWord(text, claim);
  let n = 0;
  out[n++] = ruleFirst;
  if (claim.first <= cue.last) return n;
  // A colon the rules skipped to ("posted to Facebook: “...”") ends what an earlier start may take.
  let earliest = cue.last + 1;
  for (let k = earliest; k < claim.first; k++) if (text.is(k, ':')) earliest = k + 1;
  for (let k = earliest; k < ruleFirst && n < MOST_START_CANDIDATES; k++)
    if (isWordOrNumber(text, k)) out[n++] = k;
  const latest = Math.min(claim.last, text.sentenceEnd(ruleFirst) - 1, ruleFirst + LATEST_START);
  for (let k = ruleFirst + 1; k <= latest && n < MOST_START_CANDIDATES; k++)
    if (isWordOrNumber(text, k) && (!isWordOrNumber(text, k - 1) || opensClaim(text, k)))
      out[n++] = k;
  return n;
}

/** The claim started at word k, with a quote that opens right before it. */
export function startAt(text: EnglishText, claim: TokenRange, k: number): void {
  const q = text.quoteOf(k - 1);
  claim.first = q >= 0 && text.quotes.open[q] === k - 1 ? k - 1 : k;
}
