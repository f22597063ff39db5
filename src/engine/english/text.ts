import type { Lexicon } from '../packs/en';
import type { ParsedText } from '../text/parse';

/** An English text as its stages read it: tokens, sentences and quotes, with English's lexicon. */
export type EnglishText = ParsedText<Lexicon>;
