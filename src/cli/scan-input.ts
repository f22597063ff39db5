import type { Attribution, LanguageCode } from '../engine';
import { type FindOptions, findAttributions } from './find-attributions';
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
  options: FindOptions = {},
): Promise<ScannedInput> {
  const bytes = input === '-' ? await readInputStream(stdin) : await readInputFile(input);
  const document = await readDocument(input === '-' ? null : input, bytes);
  return {
    text: document.text,
    isArticle: document.isArticle,
    ...findAttributions(document, options),
  };
}
