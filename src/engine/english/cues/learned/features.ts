/**
 * What the belief model sees of a candidate cue word: the word, its neighbours, what opens after
 * it ("to", "that", a quote), who stands before it, and what the rules made of it. Each feature is
 * a number mixed from the tokenizer's word hashes, so that no string is built for it; the same
 * function serves training (src/cli/train/) and extraction, which is what keeps them in step.
 */

import { TokenType } from '../../../text/tokens';
import type { EnglishText } from '../../text';
import type { Cue } from '../cue';

/** How many features one candidate has at most: the length of the buffer `features` fills. */
export const MOST_FEATURES = 32;

/** The kinds of features, each mixed into its own part of the hashed weight table. */
enum Template {
  Bias = 1,
  Word,
  Previous,
  Previous2,
  Next,
  Next2,
  WordNext,
  PreviousWord,
  NextShape,
  WordNextShape,
  PreviousClasses,
  NextClasses,
  Rule,
  WordRule,
  RuleLength,
  Suffix,
  Capitalized,
  SentencePosition,
  PreviousShape,
  WordPreviousShape,
  WordNext2,
  NextNext2,
  WordPrevious2,
  WordPreviousClasses,
  Stem,
  StemNext,
}

/** The shapes a neighbouring token can have, as far as a cue's reading goes. */
enum Shape {
  None = 1,
  Word,
  CapitalizedWord,
  Number,
  Comma,
  Period,
  OpenQuote,
  CloseQuote,
  OtherPunctuation,
}

function shapeOf(text: EnglishText, k: number): Shape {
  const type = text.type(k);
  if (type === 0) return Shape.None;
  if (type === TokenType.Word) return text.isCapitalized(k) ? Shape.CapitalizedWord : Shape.Word;
  if (type === TokenType.Number) return Shape.Number;
  if (text.isQuoteMark(k))
    return type === TokenType.CloseQuote ? Shape.CloseQuote : Shape.OpenQuote;
  if (text.is(k, ',')) return Shape.Comma;
  if (text.is(k, '.')) return Shape.Period;
  return Shape.OtherPunctuation;
}

/** A well-spread 32-bit mix of a template and a value (a word hash or a small code). */
export function mix(template: number, value: number): number {
  let h = Math.imul(value ^ Math.imul(template, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Two values as one: a word and the next, a word and a shape. */
function pair(a: number, b: number): number {
  return Math.imul(a, 0x01000193) ^ b;
}

/** The rule cue as one small code: none, or its kind, class and whether it is passive. */
function ruleCode(rule: Cue | null): number {
  if (!rule) return 0;
  const verbClass = rule.verbClass ? rule.verbClass.charCodeAt(0) : 0;
  return (rule.kind << 8) | (verbClass << 1) | (rule.passive ? 1 : 0);
}

/** The last three letters of a word, as one number: "-ing", "-ed", "-ful", "-ous". */
function suffixCode(word: string): number {
  const n = word.length;
  if (n < 5) return 0;
  return (word.charCodeAt(n - 3) << 16) | (word.charCodeAt(n - 2) << 8) | word.charCodeAt(n - 1);
}

/** A word without its inflection ("plans", "planned", "planning": "plan"), as a hash. */
function stemHash(word: string): number {
  const n = word.length;
  let cut = 0;
  if (n > 5 && word.endsWith('ing')) cut = 3;
  else if (n > 4 && word.endsWith('ed')) cut = 2;
  else if (n > 3 && word.endsWith('s') && !word.endsWith('ss')) cut = 1;
  // Hashed from the letters where they stand: no shorter string is made.
  let h = 0x811c9dc5;
  for (let k = 0; k < n - cut; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * Fills `out` with the features of the candidate word at i (rule: the cue the rules found there,
 * or null) and returns how many it wrote.
 */
export function features(text: EnglishText, i: number, rule: Cue | null, out: Int32Array): number {
  const word = text.hash(i);
  const previous = text.hash(i - 1);
  const next = text.hash(i + 1);
  const nextShape = shapeOf(text, i + 1);
  const previousShape = shapeOf(text, i - 1);
  const code = ruleCode(rule);
  const position = Math.min(i - text.sentenceFirst(i), 8);
  const lower = text.word(i);
  const stem = stemHash(lower);
  let n = 0;
  out[n++] = mix(Template.Bias, 0);
  out[n++] = mix(Template.Word, word);
  out[n++] = mix(Template.Previous, previous);
  out[n++] = mix(Template.Previous2, text.hash(i - 2));
  out[n++] = mix(Template.Next, next);
  out[n++] = mix(Template.Next2, text.hash(i + 2));
  out[n++] = mix(Template.WordNext, pair(word, next));
  out[n++] = mix(Template.PreviousWord, pair(previous, word));
  out[n++] = mix(Template.NextShape, nextShape);
  out[n++] = mix(Template.WordNextShape, pair(word, nextShape));
  out[n++] = mix(Template.PreviousShape, previousShape);
  out[n++] = mix(Template.WordPreviousShape, pair(word, previousShape));
  out[n++] = mix(Template.PreviousClasses, text.classesAt(i - 1));
  out[n++] = mix(Template.NextClasses, text.classesAt(i + 1));
  out[n++] = mix(Template.Rule, code);
  out[n++] = mix(Template.WordRule, pair(word, code));
  out[n++] = mix(Template.RuleLength, rule ? Math.min(rule.last - rule.first, 4) + 1 : 0);
  out[n++] = mix(Template.Suffix, suffixCode(lower));
  out[n++] = mix(Template.WordNext2, pair(word, text.hash(i + 2)));
  out[n++] = mix(Template.NextNext2, pair(next, text.hash(i + 2)));
  out[n++] = mix(Template.WordPrevious2, pair(word, text.hash(i - 2)));
  out[n++] = mix(Template.WordPreviousClasses, pair(word, text.classesAt(i - 1)));
  out[n++] = mix(Template.Stem, stem);
  out[n++] = mix(Template.StemNext, pair(stem, next));
  out[n++] = mix(Template.Capitalized, text.isCapitalized(i) ? 1 : 0);
  out[n++] = mix(Template.SentencePosition, position);
  return n;
}
