import { type Attribution, type LanguageCode, languageOf } from '../engine';
import { extractInPieces } from './extract-in-pieces';
import { readDocument } from './read-document';
import { readInputFile, readInputStream } from './read-input';

/** One input as the command line sees it: the text the engine read, and what it found there. */
export interface ScannedInput {
  text: string;
  /** False when no story was found in it: the engine, as in the extension, then reads nothing. */
  isArticle: boolean;
  /** The language the engine read it in; null when it is none the engine reads. */
  language: LanguageCode | null;
  attributions: Attribution[];
}

/** A file path, or `-` for stdin, read and scanned; unreadable input throws an InputError. */
export async function scanInput(
  input: string,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<ScannedInput> {
  const bytes = input === '-' ? await readInputStream(stdin) : await readInputFile(input);
  const { text, isArticle, declaredLanguage } = await readDocument(
    input === '-' ? null : input,
    bytes,
  );
  const language = languageOf(text, declaredLanguage);
  const attributions = isArticle && language ? extractInPieces(text, language) : [];
  return { text, isArticle, language, attributions };
}
