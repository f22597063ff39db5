/**
 * What the claim-start model sees of one place a claim could start: the words on either side of
 * it, how far it is from the cue and from where the rules start the claim, and which cue it is
 * ("told" skips whom it was told, "asked" does not). Mixed from word hashes like the end's.
 */

import type { Cue } from '../../cues/cue';
import { mix } from '../../cues/learned/features';
import type { EnglishText } from '../../text';
import { bucket, cueCode, pair, tokenCode } from './end-features';

/** How many features one place has at most: the length of the buffer `startFeatures` fills. */
export const MOST_START_FEATURES = 32;

/** The kinds of features, each mixed into its own part of the hashed weight table. */
enum Template {
  Rule = 101,
  RulePrevious,
  Previous,
  Word,
  PreviousWord,
  WordNext,
  Distance,
  DistanceWord,
  LemmaWord,
  LemmaPrevious,
  CueWord,
  CuePrevious,
  Gap,
  GapWord,
  Previous2,
  Classes,
  ClassesPrevious,
  LemmaDistance,
  RuleWord,
  RuleBefore,
  Quote,
  LemmaGap,
}

/**
 * Fills `out` with the features of starting the claim at token k, the rules having started it
 * at `ruleFirst` (its first word), and returns how many it wrote.
 */
export function startFeatures(
  text: EnglishText,
  cue: Cue,
  ruleFirst: number,
  k: number,
  out: Int32Array,
): number {
  const isRule = k === ruleFirst ? 1 : 0;
  const previous = tokenCode(text, k - 1);
  const word = tokenCode(text, k);
  const distance = bucket(Math.abs(k - ruleFirst)) * (k < ruleFirst ? -1 : 1);
  const lemma = text.hash(cue.head);
  const code = cueCode(cue);
  const gap = bucket(k - cue.last - 1);
  const classes = text.classesAt(k) | 0;
  let n = 0;
  out[n++] = mix(Template.Rule, isRule);
  out[n++] = mix(Template.RulePrevious, pair(isRule, previous));
  out[n++] = mix(Template.Previous, previous);
  out[n++] = mix(Template.Word, word);
  out[n++] = mix(Template.PreviousWord, pair(previous, word));
  out[n++] = mix(Template.WordNext, pair(word, tokenCode(text, k + 1)));
  out[n++] = mix(Template.Distance, distance);
  out[n++] = mix(Template.DistanceWord, pair(distance, word));
  out[n++] = mix(Template.LemmaWord, pair(lemma, word));
  out[n++] = mix(Template.LemmaPrevious, pair(lemma, previous));
  out[n++] = mix(Template.CueWord, pair(code, word));
  out[n++] = mix(Template.CuePrevious, pair(code, previous));
  out[n++] = mix(Template.Gap, gap);
  out[n++] = mix(Template.GapWord, pair(gap, word));
  out[n++] = mix(Template.Previous2, pair(tokenCode(text, k - 2), previous));
  out[n++] = mix(Template.Classes, classes);
  out[n++] = mix(Template.ClassesPrevious, pair(classes, previous));
  out[n++] = mix(Template.LemmaDistance, pair(lemma, distance));
  out[n++] = mix(Template.RuleWord, pair(isRule, tokenCode(text, ruleFirst)));
  out[n++] = mix(Template.RuleBefore, pair(isRule, tokenCode(text, ruleFirst - 1)));
  out[n++] = mix(Template.Quote, text.quoteOf(k) >= 0 ? 1 : 0);
  out[n++] = mix(Template.LemmaGap, pair(lemma, gap));
  return n;
}
