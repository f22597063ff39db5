/**
 * Embedded posts: the signature line under a quoted tweet or post ("— Harbour Authority
 * (@harbourauth) March 3, 2024", "A post shared by Ana Lind (@analind)") credits the paragraph
 * above it to the author the signature names.
 */

import { markAt, markCodes, TokenType } from '../../text/tokens';
import type { TokenRange } from '../phrases';
import type { EnglishText } from '../text';
import { type Cue, CueKind, singleWordCue } from './cue';

// As character codes, asked of every mark and capitalised word with no string made for it.
const DASHES = markCodes('—–-');
// A quote's credit may also use the horizontal bar of epigraphs and pull quotes.
const CREDIT_DASHES = markCodes('―—–-');
const SHARED_BY = ['a', 'post', 'shared', 'by'];

// An author's name in a signature is a few words; a post above it a few dozen.
const LONGEST_AUTHOR = 6;
const LONGEST_POST = 200;

/** The signature's handle, "(@harbourauth)", as a cue, when a signature line opens at i. */
export function signatureCue(text: EnglishText, i: number): Cue | null {
  if (!text.opensParagraph(i) || text.type(i - 1) !== TokenType.Break) return null;
  let first = -1;
  if (DASHES.has(markAt(text.tokens, i))) first = i + 1;
  else if (text.matches(i, SHARED_BY)) first = i + SHARED_BY.length;
  if (first < 0 || !text.isCapitalized(first)) return null;
  let k = first;
  while (k < first + LONGEST_AUTHOR && (text.isWord(k) || text.is(k, '.'))) k++;
  if (!text.is(k, '(') || !text.is(k + 1, '@') || !text.is(k + 3, ')')) return null;
  return { ...singleWordCue(CueKind.Signature, k), last: k + 3 };
}

/** The author a signature names: the words before its handle. */
export function signatureAuthor(text: EnglishText, cue: Cue): TokenRange | null {
  let first = cue.first;
  while (first - 1 >= 0 && (text.isWord(first - 1) || text.is(first - 1, '.'))) first--;
  if (text.matches(first, SHARED_BY)) first += SHARED_BY.length;
  return first < cue.first ? { first, last: cue.first - 1 } : null;
}

/** The post above a signature: the paragraph before the signature's line. */
export function postAbove(text: EnglishText, cue: Cue): TokenRange | null {
  let line = cue.first;
  while (line > 0 && !text.opensParagraph(line)) line--;
  let last = line - 2;
  // The post's last full stop is no part of it, as with every claim.
  while (last > 0 && text.is(last, '.')) last--;
  let first = last;
  while (first > 0 && first > last - LONGEST_POST && text.type(first - 1) !== TokenType.Break)
    first--;
  if (last < 0 || (first > 0 && text.type(first - 1) !== TokenType.Break)) return null;
  return { first, last };
}

/** The quote that closes right before token i (on its line or the line above), or -1. */
function quoteClosingBefore(text: EnglishText, i: number): number {
  let k = i - 1;
  if (text.type(k) === TokenType.Break) k--;
  const q = text.quoteOf(k);
  return q >= 0 && text.isQuoteMark(k) && text.quotes.close[q] === k && text.quotes.closed[q]
    ? q
    : -1;
}

/**
 * The dash of a quote's credit, when one follows a closing quote at i: "“...” ― Ana Lind",
 * "“...” — Ana Lind, Harbor resident", or "- Ana Lind." on the line under the quote. The name
 * ends the line or is followed by a comma and a role: "“...” — and she did" names no one.
 */
export function creditCue(text: EnglishText, i: number): Cue | null {
  if (!CREDIT_DASHES.has(markAt(text.tokens, i)) || quoteClosingBefore(text, i) < 0) return null;
  const first = i + 1;
  if (!text.isCapitalized(first)) return null;
  const k = creditNameEnd(text, first);
  // "- Reuters." under an article's last quote credits the article, not the quote.
  if (text.phraseAt(first, text.lexicon.sources.outlets) === k - first) return null;
  const ends =
    k >= text.count ||
    text.type(k) === TokenType.Break ||
    text.is(k, ',') ||
    (text.is(k, '.') && (k + 1 >= text.count || text.type(k + 1) === TokenType.Break));
  return ends ? singleWordCue(CueKind.Credit, i) : null;
}

/** The name a credit gives: the capitalized words after its dash. */
export function creditAuthor(text: EnglishText, cue: Cue): TokenRange | null {
  const end = creditNameEnd(text, cue.last + 1);
  return end > cue.last + 1 ? { first: cue.last + 1, last: end - 1 } : null;
}

/** One past a credit's name: capitalized words and initials ("Edwin G. Monroy"). */
function creditNameEnd(text: EnglishText, first: number): number {
  let k = first;
  while (k < first + LONGEST_AUTHOR && text.isCapitalized(k)) {
    const initial = text.word(k).length === 1 && text.is(k + 1, '.') && text.isCapitalized(k + 2);
    k += initial ? 2 : 1;
  }
  return k;
}

/** The quote a credit is for, with its marks. */
export function quoteCredited(text: EnglishText, cue: Cue): TokenRange | null {
  const q = quoteClosingBefore(text, cue.first);
  if (q < 0) return null;
  return { first: text.quotes.open[q] ?? cue.first, last: text.quotes.close[q] ?? cue.first };
}
