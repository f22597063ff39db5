import { HashTable } from '../../text/hash-table';

/**
 * A set of word hashes asked about for nearly every word of a text ("can a cue start here?"):
 * a `HashTable` holding 1 for each, so that most words are ruled out in one array read.
 */
export class HashFilter {
  private readonly table: HashTable;

  constructor(hashes: Iterable<number>) {
    this.table = new HashTable(new Map([...hashes].map((hash) => [hash, 1])));
  }

  has(hash: number): boolean {
    return this.table.get(hash) !== 0;
  }
}
