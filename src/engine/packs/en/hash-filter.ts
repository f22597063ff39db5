/**
 * A set of word hashes asked about for nearly every word of a text ("can a cue start here?"),
 * held in an open-addressed table of its own: a word is ruled out or found in one or two array
 * reads, with no call into a Set.
 */
export class HashFilter {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `hashes` are `hashWord`'s: non-negative 30-bit integers. */
  constructor(hashes: Iterable<number>) {
    const unique = new Set(hashes);
    // At most a quarter full, so that a word not in the set meets an empty slot at once.
    let size = 64;
    while (size < unique.size * 4) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (const hash of unique) {
      let slot = hash & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = hash;
    }
  }

  has(hash: number): boolean {
    let slot = hash & this.mask;
    for (let held = this.slots[slot]; held !== EMPTY; held = this.slots[slot]) {
      if (held === hash) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

// No word's hash is negative.
const EMPTY = -1;
