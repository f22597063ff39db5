/** Answers the page's extract requests with the engine, which stays warm here between pages. */
import { extract, readsLanguageOf } from '../engine';
import { type ExtractResponse, MAX_EXTRACT_CHARS } from '../shared/messages';

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The request is checked field by field: it crossed a boundary, from a content script. */
export function answerExtract(request: { texts?: unknown; extraCues?: unknown }): ExtractResponse {
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
    const attributions = texts.map((text) => extract(text, { extraCues }));
    // A text with attributions is read; only a silent one is asked what language it is in.
    const otherLanguage = texts.map(
      (text, index) => attributions[index]?.length === 0 && !readsLanguageOf(text),
    );
    return { attributions, otherLanguage };
  } catch (error) {
    return {
      error: `extract: the engine failed: ${error instanceof Error ? error.message : error}`,
    };
  }
}
