/** Answers the page's extract requests with the engine, which stays warm here between pages. */
import { extract } from '../engine';
import { type ExtractResponse, MAX_EXTRACT_CHARS } from '../shared/messages';

const isCueList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((cue) => typeof cue === 'string');

/** The request is checked field by field: it crossed a boundary, from a content script. */
export function answerExtract(request: { text?: unknown; extraCues?: unknown }): ExtractResponse {
  const { text, extraCues } = request;
  if (typeof text !== 'string') return { error: 'extract: text must be a string' };
  if (text.length > MAX_EXTRACT_CHARS) {
    return {
      error: `extract: text is ${text.length} characters, more than the ${MAX_EXTRACT_CHARS} one request may carry`,
    };
  }
  if (!isCueList(extraCues)) return { error: 'extract: extraCues must be a list of strings' };
  try {
    return { attributions: extract(text, { extraCues }) };
  } catch (error) {
    return {
      error: `extract: the engine failed: ${error instanceof Error ? error.message : error}`,
    };
  }
}
