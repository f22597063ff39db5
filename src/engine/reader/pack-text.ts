/** A text read in a pack's language: its tokens, sentences and quotes, and each word's classes. */
import type { Pack } from '../packs/compile';
import type { WordClasses } from '../packs/word-classes';
import { ParsedText, type TextLexicon } from '../text/parse';
import { Int32Slot, type Scratch } from '../text/scratch';
import { type Tokens, TokenType } from '../text/tokens';

// Marks classes read from a word's hash alone, not yet told to be its own: a word that shares the
// hash is in them (the bit is above every `WordClass`).
const BY_HASH = 1 << 30;

export class PackText extends ParsedText<TextLexicon> {
  private readonly wordClasses: WordClasses;
  /**
   * Each token's classes, read from its hash in one pass and told its own when first asked: the
   * stages ask of most words several times whether they are an article, a preposition, a verb...,
   * and a word in no class is then told so by one read, a word in some by one lookup of its string.
   */
  private readonly known: Int32Array;

  constructor(raw: string, pack: Pack, scratch?: Scratch, tokens?: Tokens) {
    super(raw, pack.textLexicon, scratch, tokens);
    this.wordClasses = pack.wordClasses;
    const n = this.count;
    const known = scratch
      ? scratch.int32(Int32Slot.PackClasses, n).subarray(0, n)
      : new Int32Array(n);
    const { byHash } = pack.wordClasses;
    const { type, hash } = this.tokens;
    for (let i = 0; i < n; i++) {
      const classes = type[i] === TokenType.Word ? byHash.get(hash[i] as number) : 0;
      known[i] = classes === 0 ? 0 : classes | BY_HASH;
    }
    this.known = known;
  }

  /** The pack's word classes of the word at i (bits of `WordClass`), 0 for a word in no list. */
  classesOf(i: number): number {
    const known = this.known[i];
    if (known === undefined) return 0;
    return (known & BY_HASH) === 0 ? known : this.ownClasses(i, known);
  }

  /** The classes of the word at i itself, of those of its hash (`byHash`), kept once told. */
  private ownClasses(i: number, byHash: number): number {
    const { byHash: table, byWord } = this.wordClasses;
    // Most words of the lists are written in lower case in a text ("der", "que"), or with an
    // ASCII capital ("Polizei", "Selon"): told so, they need no lower-cased string of their own.
    const classes = this.writtenAs(i, table.soleWord(this.hash(i)))
      ? byHash & ~BY_HASH
      : (byWord.get(this.word(i)) ?? 0);
    this.known[i] = classes;
    return classes;
  }

  /** Whether the word at i is in any of the classes given: most words are told by their hash alone. */
  isWordOf(i: number, classes: number): boolean {
    const known = this.known[i];
    if (known === undefined || (known & classes) === 0) return false;
    return (known & BY_HASH) === 0 || (this.ownClasses(i, known) & classes) !== 0;
  }
}
