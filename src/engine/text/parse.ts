import { findQuotes, type Quotes } from './quotes';
import type { Scratch } from './scratch';
import { type Sentences, splitSentences } from './sentences';
import { hashWord, lowerAt, Shape, type Tokens, TokenType, tokenize } from './tokens';

/** What reading a text into sentences needs of a language: its abbreviations and contractions. */
export interface TextLexicon {
  /** Words written with a period that does not end a sentence: "mr", "dr", "sen". */
  abbreviations: ReadonlySet<string>;
  /** What a contraction's stem may be: "he" in "he’s", "they" in "they’ll". */
  contractionStems: ReadonlySet<string>;
  /** Nouns after which a number with a period is an ordinal: German "26. Februar" (see ./sentences). */
  ordinalNouns?: ReadonlySet<string>;
}

/** A word with its hash (`hashWord`), to ask of many tokens whether they are that word. */
export interface WordKey {
  readonly word: string;
  readonly hash: number;
}

export function wordKey(word: string): WordKey {
  return { word, hash: hashWord(word) };
}

/** A text read once into tokens, sentences and quotes, with the small questions every stage asks. */
export class ParsedText<L extends TextLexicon = TextLexicon> {
  readonly tokens: Tokens;
  readonly sentences: Sentences;
  readonly quotes: Quotes;
  // The token arrays the questions below read, held here: one read fewer for each question, and
  // they are asked of most tokens many times.
  private readonly types: Uint8Array;
  private readonly shapes: Uint8Array;
  // The token `contracted` last read and its stem: a possessive name is asked about several times
  // in a row (is it possessive, what is its word without the ending, what are that word's classes).
  private contractedAt = -1;
  private contractedStem = '';

  /**
   * With a `scratch`, the text's arrays are the scratch's: valid until it reads another text.
   * `tokens` are the text's own, when they were read already (to tell its language).
   */
  constructor(
    readonly text: string,
    readonly lexicon: L,
    scratch?: Scratch,
    tokens?: Tokens,
  ) {
    this.tokens = tokens ?? tokenize(text, scratch);
    this.types = this.tokens.type;
    this.shapes = this.tokens.shape;
    this.sentences = splitSentences(
      this.tokens,
      lexicon.abbreviations,
      lexicon.ordinalNouns,
      scratch,
    );
    this.quotes = findQuotes(this.tokens, scratch);
  }

  get count(): number {
    return this.tokens.count;
  }

  /** The lower-cased word at i, or '' when i is not a word (or out of range). */
  word(i: number): string {
    return this.types[i] === TokenType.Word ? lowerAt(this.tokens, i) : '';
  }

  /**
   * Whether the word at i is `key`'s word: a word of another hash is told apart without its
   * lower-cased string being made, as most words around a name are ("the" before it, "of" after).
   */
  wordIs(i: number, key: WordKey): boolean {
    return this.tokens.hash[i] === key.hash && this.word(i) === key.word;
  }

  /** The lower-cased token at i whatever its type ('' out of range). */
  lower(i: number): string {
    return lowerAt(this.tokens, i);
  }

  /** The hash of the word at i (see `hashWord`), 0 for other tokens. */
  hash(i: number): number {
    return this.tokens.hash[i] ?? 0;
  }

  /** Whether the word at i is written as `word` (in lower case), or so but for an ASCII capital first. */
  writtenAs(i: number, word: string | null): boolean {
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

  type(i: number): TokenType | 0 {
    return (this.types[i] ?? 0) as TokenType | 0;
  }

  isWord(i: number): boolean {
    return this.types[i] === TokenType.Word;
  }

  isCapitalized(i: number): boolean {
    return ((this.shapes[i] ?? 0) & Shape.Capitalized) !== 0;
  }

  isUpper(i: number): boolean {
    return ((this.shapes[i] ?? 0) & Shape.Upper) !== 0;
  }

  /** "Maduro’s", "Sanders’": a possessive, not a contraction like "he’s" or "there’s". */
  isPossessive(i: number): boolean {
    return ((this.shapes[i] ?? 0) & Shape.Possessive) !== 0 && this.contracted(i) === '';
  }

  /** The pronoun of a contraction ("he’s" → "he", "they’re" → "they"), or ''. */
  contracted(i: number): string {
    if (!((this.shapes[i] ?? 0) & Shape.Apostrophe)) return '';
    if (i === this.contractedAt) return this.contractedStem;
    const w = this.word(i);
    const q = w.lastIndexOf("'");
    const stem = q > 0 ? w.slice(0, q) : '';
    this.contractedAt = i;
    this.contractedStem = stem !== '' && this.lexicon.contractionStems.has(stem) ? stem : '';
    return this.contractedStem;
  }

  spaceBefore(i: number): boolean {
    return ((this.shapes[i] ?? 0) & Shape.SpaceBefore) !== 0;
  }

  /** Whether token i is the mark given ("," ":" ...). */
  is(i: number, mark: string): boolean {
    const type = this.types[i];
    if (type === undefined || type === TokenType.Word || type === TokenType.Number) return false;
    // Marks are one character but for "''": compare codes without making a string.
    const start = this.tokens.start[i] ?? 0;
    if (mark.length === 1) {
      if ((this.tokens.end[i] ?? 0) - start === 1) {
        return this.text.charCodeAt(start) === mark.charCodeAt(0);
      }
      // Of longer tokens (a paragraph break, a surrogate pair) only '' reads as one mark, ".
      if (mark !== '"') return false;
    }
    return lowerAt(this.tokens, i) === mark;
  }

  isQuoteMark(i: number): boolean {
    const t = this.types[i];
    return (
      t === TokenType.OpenQuote ||
      t === TokenType.CloseQuote ||
      t === TokenType.StraightQuote ||
      t === TokenType.SingleQuote
    );
  }

  /** The quote token i lies in, or -1. */
  quoteOf(i: number): number {
    return this.quotes.of[i] ?? -1;
  }

  /** The first token of i's sentence. */
  sentenceFirst(i: number): number {
    const s = this.sentences.of[i] ?? -1;
    return s < 0 ? i : (this.sentences.first[s] ?? i);
  }

  /** One past the last token of i's sentence. */
  sentenceEnd(i: number): number {
    const s = this.sentences.of[i] ?? -1;
    return s < 0 ? i + 1 : (this.sentences.end[s] ?? i + 1);
  }

  paragraphOf(i: number): number {
    return this.sentences.paragraph[i] ?? -1;
  }

  /** The first token of i's paragraph: the one after the break before it. */
  paragraphFirst(i: number): number {
    const p = this.paragraphOf(i);
    return p > 0 ? (this.sentences.paragraphEnd[p - 1] ?? -1) + 1 : 0;
  }

  /** One past the last token of i's paragraph. */
  paragraphEnd(i: number): number {
    return this.sentences.paragraphEnd[this.paragraphOf(i)] ?? this.count;
  }

  /** Whether token i opens its paragraph. */
  opensParagraph(i: number): boolean {
    return i === 0 || this.type(i - 1) === TokenType.Break;
  }

  start(i: number): number {
    return this.tokens.start[i] ?? this.text.length;
  }

  end(i: number): number {
    return this.tokens.end[i] ?? this.text.length;
  }

  /** Whether the words starting at i are exactly `words`. */
  matches(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      if (lowerAt(this.tokens, i + k) !== words[k]) return false;
    }
    return true;
  }

  /** The longest phrase of a table that starts at token i, as its length in tokens (0 if none). */
  phraseAt(i: number, table: ReadonlyMap<string, readonly (readonly string[])[]>): number {
    const list = table.get(lowerAt(this.tokens, i));
    if (!list) return 0;
    for (const words of list) if (this.matches(i, words)) return words.length;
    return 0;
  }
}
