/**
 * A set of word hashes asked about for nearly every word of a text ("can a cue start here?"),
 * with a table of their low bits in front: most words are ruled out by one array read, and only
 * the few whose bits are in the table are looked up in the set.
 */
export class HashFilter {
  private readonly set: ReadonlySet<number>;
  private readonly bits = new Uint8Array(LOW_BITS + 1);

  constructor(hashes: Iterable<number>) {
    this.set = new Set(hashes);
    for (const h of this.set) this.bits[h & LOW_BITS] = 1;
  }

  has(hash: number): boolean {
    return this.bits[hash & LOW_BITS] === 1 && this.set.has(hash);
  }
}

// 64K entries: a lexicon's few thousand words fill a few percent of them.
const LOW_BITS = 0xffff;
