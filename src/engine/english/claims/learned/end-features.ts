/**
 * What the claim-end model sees of one place a claim could end: the words around the break
 * ("X, but Y", "X, which Y", "X in the Y"), how far it is from where the rules end the claim,
 * whether it is inside a quote, and what kind of cue the claim hangs on. Each feature is a number
 * mixed from the tokenizer's word hashes, no string built; the same function serves training
 * (src/cli/train/) and extraction.
 */

import { isBeliefClass, WordClass } from '../../../packs/en';
import { TokenType } from '../../../text/tokens';
import type { Cue } from '../../cues/cue';
import { mix } from '../../cues/learned/features';
import type { TokenRange } from '../../phrases';
import type { EnglishText } from '../../text';

/** How many features one place has at most: the length of the buffer `endFeatures` fills. */
export const MOST_END_FEATURES = 32;

/** The kinds of features, each mixed into its own part of the hashed weight table. */
enum Template {
  Rule = 1,
  RuleNext,
  RuleNextNext,
  Next,
  NextNext,
  Next2,
  Last,
  LastNext,
  NextClasses,
  Next2Classes,
  NextCue,
  NextBelief,
  NextSide,
  NextDistance,
  Distance,
  Length,
  NextLength,
  Commas,
  NextCommas,
  Quote,
  NextQuote,
  AfterRule,
  NextAfterRule,
  CueNextNext,
  LemmaNext,
  Resumes,
  NextResumes,
  Opener,
  NextEnding,
  VerbBefore,
}

/** A token as one number: a word's hash, or a mark's type and character (a word hash is 0 for marks). */
export function tokenCode(text: EnglishText, k: number): number {
  const type = text.type(k);
  if (type === 0) return 1;
  if (type === TokenType.Word) return text.hash(k);
  return (type << 16) | text.text.charCodeAt(text.start(k));
}

/** Two values as one: a word and the next, a word and a code. */
export function pair(a: number, b: number): number {
  return Math.imul(a, 0x01000193) ^ b;
}

/** A count as a small code that grows slower than it: 0, 1, 2, 3-4, 5-8, 9-16, 17+. */
export function bucket(n: number): number {
  if (n <= 2) return n;
  if (n <= 4) return 3;
  if (n <= 8) return 4;
  if (n <= 16) return 5;
  return 6;
}

/** The last two letters of a word as one number: "-ng" of "drawing", "-ed" of "ousted". */
function ending(text: EnglishText, k: number): number {
  if (!text.isWord(k)) return 0;
  const end = text.end(k);
  return (text.text.charCodeAt(end - 2) << 16) | text.text.charCodeAt(end - 1);
}

/**
 * What the sentence goes on with after the first comma or dash past the break: "X, who was ousted,
 * has been mapping" resumes with a verb, so the break is no end of the claim. The code holds the
 * resuming word's classes and ending.
 */
function resumes(text: EnglishText, k: number, ruleLast: number): number {
  for (let j = k + 2; j < ruleLast; j++) {
    if (text.is(j, ',') || text.is(j, '—') || text.is(j, '–'))
      return pair(text.classesAt(j + 1) | 0, ending(text, j + 1));
  }
  return 0;
}

/** Whether a verb or an auxiliary stands in the claim's sentence up to k: "that the chief" has none yet. */
function verbBefore(text: EnglishText, first: number, k: number): number {
  const verbs = WordClass.Auxiliary | WordClass.Verb;
  for (let j = Math.max(first, text.sentenceFirst(k)); j <= k; j++)
    if (text.classesAt(j) & verbs) return 1;
  return 0;
}

/** The cue as one small code: its kind and class. */
export function cueCode(cue: Cue): number {
  return (cue.kind << 8) | (cue.verbClass ? cue.verbClass.charCodeAt(0) : 0);
}

/** Where a quote stands to the place: none around it, the place inside one, or one closing right after it. */
function quoteCode(text: EnglishText, k: number): number {
  const inside = text.quoteOf(k) >= 0 ? 1 : 0;
  const closes =
    text.type(k + 1) === TokenType.CloseQuote || text.type(k + 2) === TokenType.CloseQuote;
  return inside * 2 + (closes ? 1 : 0);
}

/**
 * Fills `out` with the features of ending the claim at token k, the rules having ended it at
 * `ruleLast` (its last word), and returns how many it wrote.
 */
export function endFeatures(
  text: EnglishText,
  cue: Cue,
  claim: TokenRange,
  ruleLast: number,
  k: number,
  out: Int32Array,
): number {
  const next = tokenCode(text, k + 1);
  const next2 = tokenCode(text, k + 2);
  const nextNext = pair(next, next2);
  const isRule = k === ruleLast ? 1 : 0;
  const side = claim.last < cue.first ? 1 : claim.first > cue.last ? 2 : 3;
  const belief = isBeliefClass(cue.verbClass) ? 1 : 0;
  let commas = 0;
  for (let j = Math.min(k, ruleLast) + 1; j < Math.max(k, ruleLast); j++)
    if (text.is(j, ',')) commas++;
  const distance = bucket(Math.abs(ruleLast - k)) * (k > ruleLast ? -1 : 1);
  const length = bucket(k - claim.first + 1);
  const quote = quoteCode(text, k);
  const afterRule = tokenCode(text, ruleLast + 1);
  let n = 0;
  out[n++] = mix(Template.Rule, isRule);
  out[n++] = mix(Template.RuleNext, pair(isRule, next));
  out[n++] = mix(Template.RuleNextNext, pair(isRule, nextNext));
  out[n++] = mix(Template.Next, next);
  out[n++] = mix(Template.NextNext, nextNext);
  out[n++] = mix(Template.Next2, next2);
  out[n++] = mix(Template.Last, tokenCode(text, k));
  out[n++] = mix(Template.LastNext, pair(tokenCode(text, k), next));
  out[n++] = mix(Template.NextClasses, pair(next, text.classesAt(k + 2) | 0));
  out[n++] = mix(Template.Next2Classes, text.classesAt(k + 1) | 0);
  out[n++] = mix(Template.NextCue, pair(next, cueCode(cue)));
  out[n++] = mix(Template.NextBelief, pair(nextNext, belief));
  out[n++] = mix(Template.NextSide, pair(next, side));
  out[n++] = mix(Template.NextDistance, pair(next, distance));
  out[n++] = mix(Template.Distance, distance);
  out[n++] = mix(Template.Length, pair(length, isRule));
  out[n++] = mix(Template.NextLength, pair(next, length));
  out[n++] = mix(Template.Commas, pair(bucket(commas), isRule));
  out[n++] = mix(Template.NextCommas, pair(next, bucket(commas)));
  out[n++] = mix(Template.Quote, pair(quote, isRule));
  out[n++] = mix(Template.NextQuote, pair(next, quote));
  out[n++] = mix(Template.AfterRule, pair(afterRule, isRule));
  out[n++] = mix(Template.NextAfterRule, pair(next, afterRule));
  out[n++] = mix(Template.CueNextNext, pair(cueCode(cue), nextNext));
  out[n++] = mix(Template.LemmaNext, pair(text.hash(cue.head), next));
  const resumed = k === ruleLast ? 0 : resumes(text, k, ruleLast);
  out[n++] = mix(Template.Resumes, pair(resumed, isRule));
  out[n++] = mix(Template.NextResumes, pair(next, resumed));
  out[n++] = mix(Template.Opener, pair(next, text.hash(claim.first)));
  out[n++] = mix(Template.NextEnding, pair(next, ending(text, k + 2)));
  out[n++] = mix(Template.VerbBefore, pair(next, verbBefore(text, claim.first, k)));
  return n;
}
