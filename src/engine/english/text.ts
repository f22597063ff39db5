import { ENGLISH, type Lexicon } from '../packs/en';
import { ParsedText } from '../text/parse';
import { Int32Slot, type Scratch } from '../text/scratch';
import type { Tokens } from '../text/tokens';

// No word is of every class: the mark of a word not looked up yet.
const NOT_LOOKED_UP = -1;

/**
 * An English text as its stages read it: tokens, sentences and quotes, with English's lexicon.
 * The names stage asks the classes of the same words many times over; each word's are looked up once.
 */
export class EnglishText extends ParsedText<Lexicon> {
  private readonly wordClasses: Int32Array;

  constructor(text: string, scratch?: Scratch, tokens?: Tokens) {
    super(text, ENGLISH, scratch, tokens);
    const n = this.count;
    const classes = scratch
      ? scratch.int32(Int32Slot.EnglishClasses, n).subarray(0, n)
      : new Int32Array(n);
    this.wordClasses = classes.fill(NOT_LOOKED_UP);
  }

  /** The classes of the word at i (`WordClass` bits): 0 for a word of none, or no word. */
  classesAt(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    let classes = this.wordClasses[i] as number;
    // NOT_LOOKED_UP written out: a module's constant is read from memory at each use in compiled
    // code, and this is asked of most tokens many times.
    if (classes === -1) {
      // A word written as its hash's one listed word ("the", "Said") is told its classes by the
      // hash alone, without its lower-cased string being made.
      const table = this.lexicon.classesByHash;
      const hash = this.hash(i);
      const byHash = this.isWord(i) ? table.get(hash) : 0;
      classes =
        byHash === 0 || this.writtenAs(i, table.soleWord(hash))
          ? byHash
          : (this.lexicon.classes.get(this.word(i)) ?? 0);
      this.wordClasses[i] = classes;
    }
    return classes;
  }
}
