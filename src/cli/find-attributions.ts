import { type Attribution, type LanguageCode, languageOf } from '../engine';
import { extractInPieces } from './extract-in-pieces';
import type { DocumentText } from './read-document';

/** What the engine finds in a document's text, as the extension reads it. */
export interface Findings {
  /** The language the engine read it in; null when it is none the engine reads. */
  language: LanguageCode | null;
  /** Empty when the text is no story, or in no language the engine reads. */
  attributions: Attribution[];
}

/** What a caller may ask of the engine beyond reported speech. */
export interface FindOptions {
  /** Also find beliefs, intentions and stances ("thinks", "wants to", "endorsed"). */
  beliefs?: boolean;
}

/** The engine over a document's text: a story only, in the language its text (or page) says. */
export function findAttributions(
  { text, isArticle, declaredLanguage }: DocumentText,
  options: FindOptions = {},
): Findings {
  const language = languageOf(text, declaredLanguage);
  const attributions =
    isArticle && language ? extractInPieces(text, { language, beliefs: options.beliefs }) : [];
  return { language, attributions };
}
