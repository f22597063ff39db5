/**
 * The places a claim could end, as the claim-end model chooses among them: where the rules end
 * it, and every earlier word of its last sentence that a break follows — a mark, a coordinator
 * ("and", "but"), a relative ("which"), a preposition or a clause word. PolNeAR's annotators end
 * a claim at such a break when what follows is the writer's, not the source's.
 */

import { WordClass } from '../../../packs/en';
import { HashFilter } from '../../../packs/en/hash-filter';
import { hashWord, TokenType } from '../../../text/tokens';
import type { Cue } from '../../cues/cue';
import type { TokenRange } from '../../phrases';
import type { EnglishText } from '../../text';

/** The most places asked about for one claim, nearest the rules' end first. */
export const MOST_END_CANDIDATES = 48;

const BREAK_CLASSES = WordClass.ClauseWord | WordClass.Preposition | WordClass.TimeWord;

export function isWordOrNumber(text: EnglishText, k: number): boolean {
  const type = text.type(k);
  return type === TokenType.Word || type === TokenType.Number;
}

/** The claim's last word, before any closing marks: where the rules end it. */
export function lastWord(text: EnglishText, claim: TokenRange): number {
  let k = claim.last;
  while (k > claim.first && !isWordOrNumber(text, k)) k--;
  return k;
}

// The coordinators, relatives and subordinators as word hashes, made on first use: asked about
// for nearly every word of a claim's last sentence, so no string is made for the question.
let breakWords: HashFilter | null = null;

function isBreakWord(text: EnglishText, k: number): boolean {
  if (!breakWords) {
    const { coordinators, relatives, subordinators } = text.lexicon.grammar;
    breakWords = new HashFilter([...coordinators, ...relatives, ...subordinators].map(hashWord));
  }
  return breakWords.has(text.hash(k));
}

function breaksAfter(text: EnglishText, k: number): boolean {
  if (!isWordOrNumber(text, k + 1)) return true;
  return (text.classesAt(k + 1) & BREAK_CLASSES) !== 0 || isBreakWord(text, k + 1);
}

/**
 * Fills `out` with the places the claim could end (each its last word), the rules' own first,
 * and returns how many. A claim the cue interrupts ("X, he said, Y") cannot end before the cue.
 */
export function endCandidates(
  text: EnglishText,
  cue: Cue,
  claim: TokenRange,
  out: Int32Array,
): number {
  const ruleLast = lastWord(text, claim);
  let n = 0;
  out[n++] = ruleLast;
  let from = Math.max(claim.first, text.sentenceFirst(ruleLast));
  if (claim.first < cue.first && claim.last > cue.last) from = Math.max(from, cue.last + 1);
  for (let k = ruleLast - 1; k >= from && n < MOST_END_CANDIDATES; k--)
    if (isWordOrNumber(text, k) && breaksAfter(text, k)) out[n++] = k;
  return n;
}

/** The claim ended at word k, with a quote that closes right after it ('a disgrace,”'). */
export function endAt(text: EnglishText, claim: TokenRange, k: number): void {
  let last = k;
  if (text.is(last + 1, ',') && text.type(last + 2) === TokenType.CloseQuote) last += 2;
  else if (text.type(last + 1) === TokenType.CloseQuote) last++;
  claim.last = Math.min(claim.last, last);
}
