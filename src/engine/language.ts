import { ENGLISH } from './lexicon';
import { ParsedText } from './text/parse';
import { TokenType } from './text/tokens';

// Below this many words a text is too short to judge; it is read as the lexicon's language.
const FEWEST_WORDS = 40;
// Its first words are enough to tell a text's language.
const WORDS_JUDGED = 2000;
// The lexicon's commonest words make up a fifth to a third of its prose, and a few hundredths of
// another language's ("in", "a", "was" are words in other languages too).
const LEAST_SHARE = 0.12;

/**
 * Whether a text is written in the lexicon's language: an English lexicon read over a German page
 * finds only false cues ("Ratgeber: ..."), so such a text yields nothing.
 */
export function inLexiconLanguage(text: ParsedText): boolean {
  const common = text.lexicon.commonWords;
  let words = 0;
  let hits = 0;
  for (let i = 0; i < text.count && words < WORDS_JUDGED; i++) {
    if (text.type(i) !== TokenType.Word) continue;
    words++;
    if (common.has(text.hash(i))) hits++;
  }
  return words < FEWEST_WORDS || hits >= words * LEAST_SHARE;
}

/**
 * Whether the engine reads the language a text is written in (English for now), by the same
 * judgement `extract` makes: a text it does not read yields no attribution, and the reader is told why.
 */
export function readsLanguageOf(text: string): boolean {
  return inLexiconLanguage(new ParsedText(text, ENGLISH));
}
