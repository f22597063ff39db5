/**
 * Which of the cue finder's word lists a word may be in, by the tokenizer's hash of the word: one
 * array read passes over the nine words in ten that start no cue, and for the rest tells which
 * lists are worth asking, with no lower-case string made for the others.
 */

import type { Lexicon } from '../../packs/en';
import model from '../../packs/en/belief-model.json';
import { HashTable } from '../../text/hash-table';
import { hashWord } from '../../text/tokens';

/** The lists a word may be in, as bits: a hash can collide, so a set bit is confirmed by the list. */
export enum Start {
  /** The first word of an "according to" phrase. */
  According = 1 << 0,
  Per = 1 << 1,
  Hedge = 1 << 2,
  /** "it" of "it was reported". */
  Impersonal = 1 << 3,
  /** "said" of "is said to". */
  Raising = 1 << 4,
  /** A reporting verb's spelling. */
  Verb = 1 << 5,
  /** "understands" of "The BBC understands that". */
  OutletReport = 1 << 6,
  // The words read only when beliefs are asked for: the belief rules' and the belief model's.
  /** "is expected to", "seemed to". */
  BeliefRaising = 1 << 7,
  /** "worried that", "critical of". */
  BeliefAdjective = 1 << 8,
  /** A spelling of a verb of belief, intention or stance. */
  BeliefVerb = 1 << 9,
  /** A word the belief model is asked about beyond those. */
  ModelCandidate = 1 << 10,
}

/** The starts of reported speech, without beliefs. */
export const REPORT_STARTS = Start.BeliefRaising - 1;

/** Every start: with beliefs. */
export const ALL_STARTS = (Start.ModelCandidate << 1) - 1;

// Built on first use, for the one lexicon English reads with; asked about for every candidate word.
let built: { lexicon: Lexicon; table: HashTable } | null = null;

/** The lexicon's cue starts: each word's hash with the bits of the lists that hold it. */
export function cueStarts(lexicon: Lexicon): HashTable {
  if (built?.lexicon !== lexicon) built = { lexicon, table: startsOf(lexicon) };
  return built.table;
}

function startsOf(lexicon: Lexicon): HashTable {
  const bits = new Map<number, number>();
  const add = (words: Iterable<string>, bit: Start) => {
    for (const word of words) {
      const hash = hashWord(word);
      bits.set(hash, (bits.get(hash) ?? 0) | bit);
    }
  };
  add(lexicon.according.keys(), Start.According);
  add(lexicon.per, Start.Per);
  add(lexicon.hedges, Start.Hedge);
  add(lexicon.impersonalSubjects, Start.Impersonal);
  add(lexicon.raisingVerbs, Start.Raising);
  add(lexicon.verbs.keys(), Start.Verb);
  add(lexicon.outletReports, Start.OutletReport);
  add(lexicon.beliefs.raising, Start.BeliefRaising);
  add(lexicon.beliefs.adjectives, Start.BeliefAdjective);
  add(lexicon.beliefs.verbs.keys(), Start.BeliefVerb);
  add(model.candidates, Start.ModelCandidate);
  return new HashTable(bits);
}
