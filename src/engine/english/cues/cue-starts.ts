/**
 * Which of the cue finder's word lists a word may be in, by the tokenizer's hash of the word: one
 * array read passes over the nine words in ten that start no cue, and for the rest tells which
 * lists are worth asking, with no lower-case string made for the others.
 */

import type { Lexicon } from '../../packs/en';
import { HashTable } from '../../text/hash-table';
import { hashWord } from '../../text/tokens';
import { beliefHeads } from './learned/model-cues';

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
  /** A word the belief rules or the belief model read: looked at only when beliefs are asked for. */
  Belief = 1 << 6,
}

/** The starts of reported speech, without beliefs. */
export const REPORT_STARTS = Start.Belief - 1;

const tables = new WeakMap<Lexicon, HashTable>();

/** The lexicon's cue starts: each word's hash with the bits of the lists that hold it. */
export function cueStarts(lexicon: Lexicon): HashTable {
  let table = tables.get(lexicon);
  if (!table) {
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
    add(beliefHeads(lexicon), Start.Belief);
    table = new HashTable(bits);
    tables.set(lexicon, table);
  }
  return table;
}
