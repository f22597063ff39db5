/** The language packs the engine reads, by language. English is read by its own stages (../*.ts). */
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
