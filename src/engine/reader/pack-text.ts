/** A text read in a pack's language: its tokens, sentences and quotes, and each word's classes. */
import type { Pack } from '../packs/compile';
import type { WordClasses } from '../packs/word-classes';
import { ParsedText, type TextLexicon } from '../text/parse';
import type { Scratch } from '../text/scratch';
import type { Tokens } from '../text/tokens';

// A token's classes not looked up yet.
const UNKNOWN = -1;

export class PackText extends ParsedText<TextLexicon> {
  private readonly wordClasses: WordClasses;
  /**
   * Each token's classes, kept once looked up: the stages ask of most words several times whether
   * they are an article, a preposition, a verb..., and a word's lower-cased string and its lookup
   * then cost once.
   */
  private readonly known: Int32Array;

  constructor(raw: string, pack: Pack, scratch?: Scratch, tokens?: Tokens) {
    super(raw, pack.textLexicon, scratch, tokens);
    this.wordClasses = pack.wordClasses;
    this.known = new Int32Array(this.count).fill(UNKNOWN);
  }

  /** The pack's word classes of the word at i (bits of `WordClass`), 0 for a word in no list. */
  classesOf(i: number): number {
    const known = this.known[i];
    if (known === undefined) return 0;
    if (known !== UNKNOWN) return known;
    const { byHash, byWord } = this.wordClasses;
    const hash = this.hash(i);
    let classes = byHash.get(hash);
    // Most words of the lists are written in lower case in a text ("der", "que"), or with an
    // ASCII capital ("Polizei", "Selon"): told so, they need no lower-cased string of their own.
    if (classes !== 0 && !this.writtenAs(i, byHash.soleWord(hash))) {
      classes = byWord.get(this.word(i)) ?? 0;
    }
    this.known[i] = classes;
    return classes;
  }

  /** Whether the word at i is written as `word` (in lower case), or so but for an ASCII capital first. */
  private writtenAs(i: number, word: string | null): boolean {
    if (word === null || !this.isWord(i)) return false;
    const start = this.start(i);
    if (this.end(i) - start !== word.length) return false;
    const first = this.text.charCodeAt(start);
    const lowered = first >= 65 && first <= 90 ? first + 32 : first;
    if (lowered !== word.charCodeAt(0)) return false;
    for (let k = 1; k < word.length; k++) {
      if (this.text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether the word at i is in any of the classes given: most words are told by their hash alone. */
  isWordOf(i: number, classes: number): boolean {
    const known = this.known[i];
    if (known === undefined) return false;
    if (known !== UNKNOWN) return (known & classes) !== 0;
    if ((this.wordClasses.byHash.get(this.hash(i)) & classes) === 0) return false;
    return (this.classesOf(i) & classes) !== 0;
  }

  /**
   * Whether a word with the hash of token i is in any of the classes given: the token's own word
   * or, rarely, another that shares its hash.
   */
  hashIsOf(i: number, classes: number): boolean {
    return (this.wordClasses.byHash.get(this.hash(i)) & classes) !== 0;
  }
}
