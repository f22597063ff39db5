/**
 * The language packs read by the one pack reader (../reader/), by language. English's pack (en/)
 * is read by its own stages (../english/); ../readers.ts names the reader of every language.
 */
import type { LanguageCode } from '../types';
import type { Pack } from './compile';
import { GERMAN } from './de';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { PORTUGUESE } from './pt';

export const PACKS: Partial<Record<LanguageCode, Pack>> = {
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
  pt: PORTUGUESE,
};
