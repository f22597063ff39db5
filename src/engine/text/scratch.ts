/**
 * Working arrays kept from one text to the next. Reading a page allocates a dozen arrays as long
 * as its tokens; getting them afresh for every text makes the garbage collector's work, and the
 * memory it gives back, the main cost of short texts. A text's arrays are valid until the next
 * text is read with the same scratch, so only `extract`, which reads one text at a time and keeps
 * nothing, uses one.
 */
/**
 * Every slot of the scratch's arrays, by what it holds: one table, so that no two stages write the
 * same slot (the pack reader's word classes once overwrote where sentences start).
 */
export const Int32Slot = {
  TokenStart: 0,
  TokenEnd: 1,
  TokenHash: 2,
  SentenceOf: 3,
  ParagraphOf: 4,
  QuoteOf: 5,
  EnglishClasses: 6,
  SentenceFirst: 7,
  SentenceEnd: 8,
  ParagraphEnd: 9,
  PackClasses: 10,
} as const;

export const Uint8Slot = { TokenType: 0, TokenShape: 1 } as const;

export class Scratch {
  private readonly int32s: Int32Array[] = [];
  private readonly uint8s: Uint8Array[] = [];
  private readonly strings: string[] = [];
  private generation = 0;
  private stamps: Int32Array = new Int32Array(0);

  /** The `slot`th Int32Array, at least `size` long (old contents: write before reading). */
  int32(slot: number, size: number): Int32Array {
    let a = this.int32s[slot];
    if (!a || a.length < size) {
      a = new Int32Array(grown(size));
      this.int32s[slot] = a;
    }
    return a;
  }

  /** The `slot`th Uint8Array, at least `size` long (old contents: write before reading). */
  uint8(slot: number, size: number): Uint8Array {
    let a = this.uint8s[slot];
    if (!a || a.length < size) {
      a = new Uint8Array(grown(size));
      this.uint8s[slot] = a;
    }
    return a;
  }

  /**
   * A string array for `size` lazily filled entries, with stamps telling this text's entries from
   * an earlier text's: an entry counts only where `stamps[i] === generation`.
   */
  lazyStrings(size: number): LazyStrings {
    if (this.stamps.length < size) {
      this.stamps = new Int32Array(grown(size));
      this.generation = 0;
      fillStrings(this.strings, this.stamps.length);
    }
    this.generation++;
    return { values: this.strings, stamps: this.stamps, generation: this.generation };
  }
}

/** Room to grow: half again the size asked for, so that slightly longer texts reuse it. */
function grown(size: number): number {
  return Math.max(64, Math.ceil(size * 1.5));
}

/**
 * Lengthens a string array to `size` with empty entries: an array written at scattered indices
 * past its end turns into a dictionary, ten times slower to read and write.
 */
function fillStrings(values: string[], size: number): void {
  while (values.length < size) values.push('');
}

/** Strings filled in on demand: entry i counts only where `stamps[i] === generation`. */
export interface LazyStrings {
  values: string[];
  stamps: Int32Array;
  generation: number;
}

/** A fresh `LazyStrings` for `size` entries, not kept. */
export function freshStrings(size: number): LazyStrings {
  const values: string[] = [];
  fillStrings(values, size);
  return { values, stamps: new Int32Array(size), generation: 1 };
}
