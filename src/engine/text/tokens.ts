import { freshStrings, Int32Slot, type LazyStrings, type Scratch, Uint8Slot } from './scratch';
/**
 * The tokenizer: one pass over the text's char codes, writing token offsets and types into typed
 * arrays, so that every later stage works on token indices and never re-scans characters.
 */

export enum TokenType {
  Word = 1,
  Number = 2,
  /** Any other single mark: , . ; : ! ? ( ) — and symbols. */
  Punct = 3,
  /** “ or „ or « : always opens. */
  OpenQuote = 4,
  /** ” or » : always closes. */
  CloseQuote = 5,
  /** " or '' : opens or closes, decided by the quote stage. */
  StraightQuote = 6,
  /** ‘ or a lone ’ / ' not inside a word: single quotes, for nested quotes and headlines. */
  SingleQuote = 7,
  /** One or more line breaks: a paragraph boundary. */
  Break = 8,
}

/** Bits of `Tokens.shape`. */
export enum Shape {
  /** First letter upper case: "Reuters", "U.S.". */
  Capitalized = 1,
  /** Every letter upper case and more than one letter: "AP", "FBI". */
  Upper = 2,
  /** Ends in a possessive: "Maduro’s", "officials'". */
  Possessive = 4,
  /** Preceded by white space (or the start of the text). */
  SpaceBefore = 8,
  /** A word with no upper-case letter: its lower-cased text is its text. */
  LowerCase = 16,
  /** A word holding a ’ ("don’t", "Maduro’s"), which its lower-cased text writes '. */
  CurlyApostrophe = 32,
  /** A word holding an apostrophe, ' or ’: only such a word can be a contraction. */
  Apostrophe = 64,
  /** A word whose one upper-case letter is an ASCII capital at its start: "Trump", "Reuters". */
  TitleCase = 128,
}

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly type: Uint8Array;
  readonly shape: Uint8Array;
  /**
   * Lower-cased token text with ’ written as ' (a doubled-apostrophe quote is '"'), filled in on
   * first use (`lowerAt`): most words are only ever looked at through their hash.
   */
  readonly lower: LazyStrings;
  /** A hash of each word's lower-cased text (`hashWord`), to rule out lexicon lookups without a string. */
  readonly hash: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
// (The tokenizer writes the prime out: a module's constant is read from memory at every character of
// its compiled loop, and converted to an integer there each time.)
const FNV_PRIME = 16777619;
// Hashes are kept to 30 bits, the integers JavaScript engines store unboxed, so that looking one up
// in a Set allocates nothing.
const SMALL = 0x3fffffff;

/** The code of a character as `lowerAt` writes it: lower case, ’ as '. */
function foldedCode(c: number): number {
  if (c < LATIN) return LATIN_FOLDED[c] as number;
  if (c === 0x2019) return 39;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

// The Latin letters, accented ones included (Latin-1 and Latin Extended-A and -B): the letters of
// the languages read, told upper case and lower-cased by one read, not by making a string.
const LATIN = 0x250;
const LATIN_FOLDED = new Uint16Array(LATIN);
const LATIN_UPPER = new Uint8Array(LATIN);
for (let c = 0; c < LATIN; c++) {
  const s = String.fromCharCode(c);
  LATIN_FOLDED[c] = c < 0xc0 ? (c >= 65 && c <= 90 ? c + 32 : c) : s.toLowerCase().charCodeAt(0);
  LATIN_UPPER[c] = (c >= 65 && c <= 90) || (c >= 0xc0 && s !== s.toLowerCase()) ? 1 : 0;
}

/** The hash the tokenizer gives a word, for any lower-cased string: lexicons hash their words with it. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++)
    h = Math.imul(h ^ foldedCode(word.charCodeAt(k)), FNV_PRIME);
  return h & SMALL;
}

/** The lower-cased text of token i ('' out of range), made once and kept. */
export function lowerAt(tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.count) return '';
  const lower = tokens.lower;
  if (lower.stamps[i] === lower.generation) return lower.values[i] as string;
  const start = tokens.start[i] as number;
  const end = tokens.end[i] as number;
  let w: string;
  if (tokens.type[i] === TokenType.Word) {
    const shape = tokens.shape[i] as number;
    // A capitalised word is its lower-case capital and the rest as written: toLowerCase, on a text
    // of two bytes a character (one with a curly quote), went the slow way of every script.
    if (shape & Shape.TitleCase) {
      const capital = tokens.text.charCodeAt(start) + 32;
      w = String.fromCharCode(capital) + tokens.text.slice(start + 1, end);
    } else {
      w = tokens.text.slice(start, end);
      if (!(shape & Shape.LowerCase)) w = w.toLowerCase();
    }
    if (shape & Shape.CurlyApostrophe) w = w.replace(/’/g, "'");
  } else {
    w = tokens.text.slice(start, end);
    if (w === "''") w = '"';
  }
  lower.values[i] = w;
  lower.stamps[i] = lower.generation;
  return w;
}

/**
 * The marks of a string, asked about by code (`markAt`'s) for many tokens: told by one array read,
 * not by a lookup in a Set, which the stages made for every mark of a text.
 */
export class MarkSet {
  private readonly held: Uint8Array;

  constructor(marks: string) {
    const codes = [...marks].map((mark) => mark.charCodeAt(0));
    this.held = new Uint8Array(Math.max(...codes) + 1);
    for (const code of codes) this.held[code] = 1;
  }

  /** Whether a code is one of the marks (-1, `markAt`'s for a longer token, is none). */
  has(code: number): boolean {
    return code >= 0 && code < this.held.length && this.held[code] === 1;
  }
}

/** The codes of a string's characters, to compare with `markAt`'s. */
export function markCodes(marks: string): MarkSet {
  return new MarkSet(marks);
}

/** The code of a one-character token's character (a mark's: "." "(" "—"), or -1 for a longer token. */
export function markAt(tokens: Tokens, i: number): number {
  const start = tokens.start[i] ?? 0;
  return (tokens.end[i] ?? 0) - start === 1 ? tokens.text.charCodeAt(start) : -1;
}

enum Char {
  Other = 0,
  Space = 1,
  Newline = 2,
  Letter = 3,
  Digit = 4,
  Apostrophe = 5,
  Hyphen = 6,
}

// ASCII classes by code; anything above 0x7f is classified by `classOf`.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = Char.Letter;
  else if (c >= 48 && c <= 57) ASCII[c] = Char.Digit;
  else if (c === 10 || c === 13) ASCII[c] = Char.Newline;
  else if (c === 32 || c === 9 || c === 11 || c === 12) ASCII[c] = Char.Space;
  else if (c === 39) ASCII[c] = Char.Apostrophe;
  else if (c === 45) ASCII[c] = Char.Hyphen;
}

// Each ASCII letter and digit as a word's hash takes it (letters lower-cased); 0 for the rest.
const ASCII_WORD_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (ASCII[c] === Char.Letter || ASCII[c] === Char.Digit) ASCII_WORD_FOLD[c] = foldedCode(c);
}

function classOf(c: number): Char {
  if (c < 128) return ASCII[c] as Char;
  if (c === 0x2019) return Char.Apostrophe;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return Char.Newline;
  if (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x180e
  ) {
    return Char.Space;
  }
  if (c === 0x2010 || c === 0x2011 || c === 0xad) return Char.Hyphen;
  // General punctuation, symbols and surrogates are marks; the rest (accented letters, combining
  // marks, other scripts) is word material.
  if ((c >= 0x2012 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xa1 && c <= 0xbf)) {
    return Char.Other;
  }
  if (c === 0xd7 || c === 0xf7 || (c >= 0x3001 && c <= 0x303f) || (c >= 0xfe10 && c <= 0xfe6f)) {
    return Char.Other;
  }
  if (c >= 0xff01 && c <= 0xff0f) return Char.Other;
  return Char.Letter;
}

/**
 * `classOf` with ASCII told by one read: the tokenizer's loop is too large for `classOf` to be
 * compiled into it, and a call for the character after every comma and period cost more than the
 * read.
 */
function asciiOrClassOf(c: number): Char {
  return c < 128 ? (ASCII[c] as Char) : classOf(c);
}

/** Whether `classOf(c)` is `Char.Apostrophe`, without the call: ' or ’. */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

const isWordChar = (k: Char): boolean => k === Char.Letter || k === Char.Digit;

function quoteType(c: number): TokenType {
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0xab: // «
      return TokenType.OpenQuote;
    case 0x201d: // ”
    case 0xbb: // »
      return TokenType.CloseQuote;
    case 34: // "
      return TokenType.StraightQuote;
    case 0x2018: // ‘
    case 0x2019: // ’
    case 39: // '
      return TokenType.SingleQuote;
    default:
      return TokenType.Punct;
  }
}

function isUpper(c: number): boolean {
  if (c < LATIN) return LATIN_UPPER[c] === 1;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

// French elisions before a vowel: l’, d’, qu’, jusqu’, lorsqu’, puisqu’ (and s’, n’, j’, c’, m’, t’).
const ELIDED = new Set(['l', 'd', 's', 'n', 'j', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** Whether the letters from s to the apostrophe at i are an elided word ("l" of "l’Arcep"). */
function isElision(text: string, s: number, i: number): boolean {
  const length = i - s;
  if (length !== 1 && length !== 2 && length !== 5 && length !== 6) return false;
  // Most words before an apostrophe elide nothing ("it’s", "I’m", "Trump’s"), and an ASCII last
  // letter no elided word of their length ends in says so: the lower-cased string is not made, which
  // on a text of two bytes a character (one with a curly quote) goes the slow way of every script.
  const last = codeAt(text, i - 1);
  if (last < 128) {
    const lower = last >= 65 && last <= 90 ? last + 32 : last;
    if (length === 1 ? !ELIDED_LETTERS.has(lower) : lower !== 117) return false;
  }
  return ELIDED.has(text.slice(s, i).toLowerCase());
}

// The elided words of one letter; every longer one ends in "u" ("qu", "jusqu").
const ELIDED_LETTERS = markCodes('ldsnjcmt');

/**
 * The code of the character at i, read through `String.prototype.charCodeAt` itself rather than as
 * a method of the text: a text's method is looked up by the string's hidden class, and strings come
 * in many (interned, joined, sliced; one or two bytes a character). The packs' phrases, read by the
 * tokenizer at start-up, are of other kinds than pages' texts: the compiled loop then looked the
 * method up anew for every character, and read German and French texts at half its speed.
 */
function codeAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

/**
 * Which way a double quote mark faces, read from the spaces around it when they are clear: one
 * set against a word on its right only opens, on its left only closes. Languages turn the same
 * marks both ways (German „so“ and »so«, French « so »), so the glyph alone cannot say.
 */
function facing(text: string, i: number, type: TokenType, spaced: boolean): TokenType {
  if (type !== TokenType.OpenQuote && type !== TokenType.CloseQuote) return type;
  const before = spaced || codeAt(text, i - 1) === 40 || codeAt(text, i - 1) === 91;
  const after = i + 1 < text.length ? classOf(codeAt(text, i + 1)) : Char.Space;
  const wordAfter = isWordChar(after);
  if (before && wordAfter) return TokenType.OpenQuote;
  if (!before && !wordAfter && codeAt(text, i) !== 0x201e) return TokenType.CloseQuote;
  return type;
}

/** Splits a text into words, numbers, marks, quotes and paragraph breaks. */
export function tokenize(text: string, scratch?: Scratch): Tokens {
  const n = text.length;
  const columns = COLUMNS;
  columns.open(n, scratch);

  // The tables as locals: a module's constant is read anew at every use in the compiled loop.
  const ascii = ASCII;
  const wordFold = ASCII_WORD_FOLD;
  let i = 0;
  let spaceBefore = true;
  while (i < n) {
    const c = codeAt(text, i);
    const k = c < 128 ? (ascii[c] as Char) : classOf(c);
    if (k === Char.Space) {
      i++;
      spaceBefore = true;
      continue;
    }
    if (k === Char.Newline) {
      const s = i;
      while (i < n) {
        const kk = classOf(codeAt(text, i));
        if (kk !== Char.Newline && kk !== Char.Space) break;
        i++;
      }
      // Trailing spaces after the last newline belong to the break; the break ends at its last newline.
      let e = i;
      while (e > s && classOf(codeAt(text, e - 1)) === Char.Space) e--;
      columns.push(s, e, TokenType.Break, Shape.SpaceBefore, 0);
      spaceBefore = true;
      continue;
    }
    const before = spaceBefore ? Shape.SpaceBefore : 0;
    spaceBefore = false;
    if (isWordChar(k)) {
      const s = i;
      // A word of digits and joiners only ("1,000", "3:20") is a number.
      let letters = 0;
      let uppers = 0;
      // Capitals of an initialism after its first ("S" of "U.S."), which `uppers` leaves out.
      let otherUppers = 0;
      let apostrophe = false;
      let curly = false;
      let h = Math.imul(FNV_OFFSET ^ foldedCode(c), 16777619);
      i++;
      if (k === Char.Letter) {
        letters++;
        if (isUpper(c)) uppers++;
      }
      // The character at i when the word stopped before it, a mark or a space: a space is passed
      // over here, not read again as the next token's first character.
      let stop = 0;
      while (i < n) {
        const d = codeAt(text, i);
        // ASCII inline: most characters of most pages, a letter or digit told and folded by one read.
        if (d < 128) {
          const folded = wordFold[d] as number;
          if (folded !== 0) {
            if (d >= 65) {
              letters++;
              if (d <= 90) uppers++;
            }
            h = Math.imul(h ^ folded, 16777619);
            i++;
            continue;
          }
        }
        const kd = d < 128 ? (ascii[d] as Char) : classOf(d);
        if (kd === Char.Letter || kd === Char.Digit) {
          // Only letters above ASCII come here.
          letters++;
          if (isUpper(d)) uppers++;
          h = Math.imul(h ^ foldedCode(d), 16777619);
          i++;
          continue;
        }
        // Most words end at a space or a mark that joins nothing: the next character is read only
        // after a mark that may join.
        stop = d;
        if (kd !== Char.Apostrophe && kd !== Char.Hyphen && d !== 44 && d !== 46 && d !== 58) break;
        const next = i + 1 < n ? asciiOrClassOf(codeAt(text, i + 1)) : Char.Other;
        // An elided article or pronoun is a word of its own: l’Arcep, d’après, qu’il.
        if (kd === Char.Apostrophe && next === Char.Letter && isElision(text, s, i)) {
          apostrophe = true;
          curly ||= d === 0x2019;
          h = Math.imul(h ^ foldedCode(d), 16777619);
          i++;
          break;
        }
        // Joiners inside a word: don't, O’Brien, anti-Muslim, 1,000, 3.5, 3:20, U.S.
        if ((kd === Char.Apostrophe || kd === Char.Hyphen) && isWordChar(next)) {
          apostrophe ||= kd === Char.Apostrophe;
          curly ||= d === 0x2019;
          h = Math.imul(h ^ foldedCode(d), 16777619);
          i++;
          continue;
        }
        if ((d === 44 || d === 46 || d === 58) && letters === 0 && next === Char.Digit) {
          h = Math.imul(h ^ d, 16777619);
          i++;
          continue;
        }
        // Initialisms: U.S., D.C., a.m. (a single letter before each period).
        if (d === 46 && next === Char.Letter && i - s >= 1 && letters > 0) {
          const prev = classOf(codeAt(text, i - 1));
          const prev2 = i - 2 >= s ? classOf(codeAt(text, i - 2)) : Char.Space;
          const after = i + 2 < n ? codeAt(text, i + 2) : 32;
          if (prev === Char.Letter && prev2 !== Char.Letter && after === 46) {
            const letter = codeAt(text, i + 1);
            if (isUpper(letter)) otherUppers++;
            h = Math.imul(h ^ 46, 16777619);
            h = Math.imul(h ^ foldedCode(letter), 16777619);
            h = Math.imul(h ^ 46, 16777619);
            i += 3;
            continue;
          }
        }
        break;
      }
      const digitsOnly = letters === 0;
      let e = i;
      let sh = before;
      if (!digitsOnly) {
        if (isUpper(c)) sh |= Shape.Capitalized;
        if (uppers > 1 && uppers === letters) sh |= Shape.Upper;
        if (uppers === 0 && otherUppers === 0) sh |= Shape.LowerCase;
        if (uppers === 1 && otherUppers === 0 && c >= 65 && c <= 90) sh |= Shape.TitleCase;
      }
      // A possessive is part of its word: Maduro’s, Sanders’ (a final ’ after s followed by a space).
      // Its characters are read only for a word that may be one: one with an apostrophe inside,
      // met above, or a capitalised one followed by an apostrophe. Most words are neither, and
      // each was read twice more here.
      if (
        apostrophe &&
        // Read only inside the word: a read before the text's start, once met, compiles every
        // character read of the loop to allow for a missing one.
        e - s > 2 &&
        isApostrophe(codeAt(text, e - 2)) &&
        (codeAt(text, e - 1) === 115 || codeAt(text, e - 1) === 83)
      ) {
        sh |= Shape.Possessive;
      } else if (
        sh & Shape.Capitalized &&
        e < n &&
        isApostrophe(codeAt(text, e)) &&
        (codeAt(text, e - 1) === 115 || codeAt(text, e - 1) === 122) &&
        (e + 1 === n || !isWordChar(classOf(codeAt(text, e + 1))))
      ) {
        // Sanders’ campaign: only a capitalised name, so that a closing single quote after a plural stays a quote.
        sh |= Shape.Possessive;
        apostrophe = true;
        curly ||= codeAt(text, e) === 0x2019;
        h = Math.imul(h ^ 39, 16777619);
        e++;
        i++;
      }
      if (apostrophe) sh |= Shape.Apostrophe;
      if (curly) sh |= Shape.CurlyApostrophe;
      columns.push(s, e, digitsOnly ? TokenType.Number : TokenType.Word, sh, h);
      if (stop === 32) {
        i++;
        spaceBefore = true;
      }
      continue;
    }
    // Two apostrophes in a row are a double quote in some newsrooms' style: ''Like this.''
    if (c === 39 && i + 1 < n && codeAt(text, i + 1) === 39) {
      columns.push(i, i + 2, TokenType.StraightQuote, before, 0);
      i += 2;
      continue;
    }
    // A surrogate pair is one mark.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = codeAt(text, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        columns.push(i, i + 2, TokenType.Punct, before, 0);
        i += 2;
        continue;
      }
    }
    const t = quoteType(c);
    columns.push(i, i + 1, facing(text, i, t, before !== 0), before, 0);
    i++;
  }
  return columns.close(text, scratch);
}

const NO_INT32 = new Int32Array(0);
const NO_UINT8 = new Uint8Array(0);

/**
 * The arrays the tokenizer writes, with where it is in them: fields of one object, not variables a
 * closure shares, which the compiled loop would read and write through their context at every token.
 */
class TokenColumns {
  start: Int32Array = NO_INT32;
  end: Int32Array = NO_INT32;
  hash: Int32Array = NO_INT32;
  type: Uint8Array = NO_UINT8;
  shape: Uint8Array = NO_UINT8;
  count = 0;
  private scratch: Scratch | undefined = undefined;

  /** Ready to write the tokens of a text `length` characters long. */
  open(length: number, scratch: Scratch | undefined): void {
    this.scratch = scratch;
    this.count = 0;
    // A text has at most one token per character: kept arrays are that long and never grow; fresh
    // ones start at a guess (news has about one token per five characters) and grow.
    const capacity = scratch ? length + 1 : Math.max(16, Math.ceil(length / 4));
    this.start = this.int32(Int32Slot.TokenStart, capacity);
    this.end = this.int32(Int32Slot.TokenEnd, capacity);
    this.hash = this.int32(Int32Slot.TokenHash, capacity);
    this.type = this.uint8(Uint8Slot.TokenType, capacity);
    this.shape = this.uint8(Uint8Slot.TokenShape, capacity);
  }

  /** The text's tokens as written; the arrays are let go, so that a fresh text's are not kept here. */
  close(text: string, scratch: Scratch | undefined): Tokens {
    const count = this.count;
    const tokens: Tokens = {
      text,
      count,
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      type: this.type.subarray(0, count),
      shape: this.shape.subarray(0, count),
      lower: scratch ? scratch.lazyStrings(count) : freshStrings(count),
      hash: this.hash.subarray(0, count),
    };
    this.start = this.end = this.hash = NO_INT32;
    this.type = this.shape = NO_UINT8;
    this.scratch = undefined;
    return tokens;
  }

  push(s: number, e: number, t: TokenType, sh: number, h: number): void {
    const count = this.count;
    if (count === this.start.length) this.grow();
    this.start[count] = s;
    this.end[count] = e;
    this.type[count] = t;
    this.shape[count] = sh;
    this.hash[count] = h & SMALL;
    this.count = count + 1;
  }

  private int32(slot: number, capacity: number): Int32Array {
    return this.scratch ? this.scratch.int32(slot, capacity) : new Int32Array(capacity);
  }

  private uint8(slot: number, capacity: number): Uint8Array {
    return this.scratch ? this.scratch.uint8(slot, capacity) : new Uint8Array(capacity);
  }

  /** Twice as long, for a fresh array (a kept one is long enough). */
  private grow(): void {
    const capacity = this.start.length * 2;
    const grow32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(capacity);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.hash = grow32(this.hash);
    this.type = grow8(this.type);
    this.shape = grow8(this.shape);
  }
}

/**
 * The one writer every text's tokens are written with, never let go: a full garbage collection
 * that found no object of its shape alive would drop the shape, and with it the compiled tokenizer,
 * which then ran several times slower until compiled again (see ../kept.ts).
 */
const COLUMNS = new TokenColumns();

/** Whether a word token starts with a lower-case letter: "said", not "Said" or "3". */
export function startsLower(tokens: Tokens, i: number): boolean {
  return isLower(tokens.text.charCodeAt(tokens.start[i] ?? 0));
}
