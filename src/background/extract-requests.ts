/** Answers the page's extract requests with the engine, which stays warm here between pages. */
import { extract, LANGUAGES, type LanguageCode, languageOf } from '../engine';
import { type ExtractResponse, MAX_EXTRACT_CHARS } from '../shared/messages';

const isLanguage = (value: unknown): value is LanguageCode =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const stringOr = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The request is checked field by field: it crossed a boundary, from a content script. */
export function answerExtract(request: {
  texts?: unknown;
  extraCues?: unknown;
  beliefs?: unknown;
  language?: unknown;
  declaredLanguage?: unknown;
}): ExtractResponse {
  const { texts, extraCues } = request;
  if (!isStringList(texts)) return { error: 'extract: texts must be a list of strings' };
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  if (chars > MAX_EXTRACT_CHARS) {
    return {
      error: `extract: the texts hold ${chars} characters, more than the ${MAX_EXTRACT_CHARS} one request may carry`,
    };
  }
  if (!isStringList(extraCues)) return { error: 'extract: extraCues must be a list of strings' };
  try {
    // One article is read in one language: the one told already, else the one its text is in.
    const language = isLanguage(request.language)
      ? request.language
      : languageOf(texts.join('\n\n'), stringOr(request.declaredLanguage));
    if (!language) {
      return { attributions: texts.map(() => []), otherLanguage: texts.map(() => true), language };
    }
    const beliefs = request.beliefs === true;
    const attributions = texts.map((text) => extract(text, { extraCues, language, beliefs }));
    return { attributions, otherLanguage: texts.map(() => false), language };
  } catch (error) {
    return {
      error: `extract: the engine failed: ${error instanceof Error ? error.message : error}`,
    };
  }
}
