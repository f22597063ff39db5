import { READERS } from './readers';
import { HashTable } from './text/hash-table';
import { type Tokens, TokenType, tokenize } from './text/tokens';
import type { LanguageCode } from './types';

// Below this many words a text is too short to judge alone: it is read as its page declares, or as English.
const FEWEST_WORDS = 40;
// Its first words are enough to tell a text's language.
const WORDS_JUDGED = 2000;
// A language's commonest words make up a fifth to a third of its prose, and a few hundredths of
// another language's.
const LEAST_SHARE = 0.12;
// A page's declared language is believed when its words are nearly as common as the best's: pages
// lie ("lang=en" on a French article), and a quote in another language does not change the article's.
const DECLARED_SHARE_OF_BEST = 0.8;

/** The languages read, in a fixed order, and each one's commonest words as bits by word hash. */
const READ: LanguageCode[] = [...READERS.keys()];

/** The languages the engine reads: English and every pack's. */
export function readLanguages(): readonly LanguageCode[] {
  return READ;
}
const COMMON = new Map<number, number>();
function addCommon(code: LanguageCode, hashes: ReadonlySet<number>): void {
  const bit = 1 << READ.indexOf(code);
  for (const hash of hashes) COMMON.set(hash, (COMMON.get(hash) ?? 0) | bit);
}
for (const [code, reader] of READERS) addCommon(code, reader.commonWords);
// Asked of every word of a text's start: a table of its own, not the Map it was gathered in.
const COMMON_BITS = new HashTable(COMMON);

/** "fr-CA" → "fr", when the engine reads it; null otherwise. */
function readCode(declared: string | undefined): LanguageCode | null {
  const code = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] as LanguageCode;
  return READ.includes(code) ? code : null;
}

/** The language of a text already split into tokens, or null when it is none the engine reads. */
export function languageOfTokens(tokens: Tokens, declared?: string): LanguageCode | null {
  const hits = new Array<number>(READ.length).fill(0);
  let words = 0;
  for (let i = 0; i < tokens.count && words < WORDS_JUDGED; i++) {
    if (tokens.type[i] !== TokenType.Word) continue;
    words++;
    const bits = COMMON_BITS.get(tokens.hash[i] ?? 0);
    if (!bits) continue;
    for (let k = 0; k < READ.length; k++) if (bits & (1 << k)) hits[k] = (hits[k] ?? 0) + 1;
  }
  let best = 0;
  for (let k = 1; k < READ.length; k++) if ((hits[k] ?? 0) > (hits[best] ?? 0)) best = k;
  const bestHits = hits[best] ?? 0;
  const page = readCode(declared);
  const pageHits = page ? (hits[READ.indexOf(page)] ?? 0) : 0;
  if (words < FEWEST_WORDS) {
    // Too few words to judge alone: the page's word is taken unless the text plainly disagrees,
    // and a short text with no clear language is read as English, as before other languages.
    const against = page ? pageHits : (hits[0] ?? 0);
    if (bestHits >= 3 && bestHits > against * 2) return READ[best] ?? 'en';
    return page ?? 'en';
  }
  if (bestHits < words * LEAST_SHARE) return null;
  if (page && pageHits >= words * LEAST_SHARE && pageHits >= bestHits * DECLARED_SHARE_OF_BEST) {
    return page;
  }
  return READ[best] ?? null;
}

/**
 * The language a text is written in, among those the engine reads, or null: a text in another
 * language yields no attribution, and the reader is told why. `declared` is what its page says
 * (`<html lang>`), believed only when the text agrees.
 */
export function languageOf(text: string, declared?: string): LanguageCode | null {
  return languageOfTokens(tokenize(typeof text === 'string' ? text : ''), declared);
}

/** Whether the engine reads the language a text is written in. */
export function readsLanguageOf(text: string): boolean {
  return languageOf(text) !== null;
}
