/**
 * The lexicon's tables of names (outlets, organisations, places), each with the lengths of the
 * names every first word starts, by that word's hash: a run is asked of each table at several
 * starts and lengths ("BBC Africa Live", "BBC Africa", "BBC"), and nearly every such question is
 * answered by one array read, without the run's first word being looked up as a string.
 */

import type { Lexicon, PhraseTable } from '../../packs/en';
import { HashTable } from '../../text/hash-table';
import { hashWord } from '../../text/tokens';

export interface NameTable {
  readonly names: PhraseTable;
  /** By a first word's hash, a bit for each length of the names it starts (`lengthBit`). */
  readonly lengthsByStart: HashTable;
}

export interface NameTables {
  readonly outlets: NameTable;
  readonly organizations: NameTable;
  readonly places: NameTable;
}

/** The bit of a name's length in words: 31 stands for every length from 31 on. */
export function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

function nameTable(names: PhraseTable): NameTable {
  const lengths = new Map<number, number>();
  for (const [first, list] of names) {
    const hash = hashWord(first);
    for (const words of list) lengths.set(hash, (lengths.get(hash) ?? 0) | lengthBit(words.length));
  }
  return { names, lengthsByStart: new HashTable(lengths) };
}

// Built on first use, for the one lexicon English reads with.
let built: { lexicon: Lexicon; tables: NameTables } | null = null;

export function nameTables(lexicon: Lexicon): NameTables {
  if (built?.lexicon !== lexicon) {
    const s = lexicon.sources;
    const tables = {
      outlets: nameTable(s.outlets),
      organizations: nameTable(s.organizations),
      places: nameTable(s.places),
    };
    built = { lexicon, tables };
  }
  return built.tables;
}
