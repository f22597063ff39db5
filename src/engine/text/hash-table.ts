/**
 * Numbers by word hash (`hashWord`'s non-negative 30-bit integers), asked about for nearly every
 * word of a text: an open-addressed table, so that a word is found or ruled out in one or two
 * array reads, with no call into a Map.
 */
export class HashTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** Each hash with its value; a value must not be 0, which `get` answers for a hash not held. */
  constructor(entries: ReadonlyMap<number, number>) {
    // At most a quarter full, so that a hash not held meets an empty slot at once.
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [hash, value] of entries) {
      let slot = hash & this.mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.values[slot] = value;
    }
  }

  /** The value held for a hash, 0 when none is. */
  get(hash: number): number {
    let slot = hash & this.mask;
    // -1 is EMPTY written out: a module's constant is read from memory at every step of a compiled loop.
    for (let held = this.keys[slot]; held !== -1; held = this.keys[slot]) {
      if (held === hash) return this.values[slot] as number;
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }
}

// No word's hash is negative.
const EMPTY = -1;
