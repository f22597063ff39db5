import { decode } from './decode';
import { declaredCharset, documentKind } from './document-kind';
import { pageArticle } from './page-article';

/** The text the engine reads, and whether it is a story: plain text is, whenever it holds any words. */
export interface DocumentText {
  text: string;
  isArticle: boolean;
  /** What a page declares its language to be (`<html lang>`); '' for plain text. */
  declaredLanguage: string;
}

/** Bytes of a file (named, for its extension) or of stdin (`null`) to the text the engine reads: the text as read, or a page's article text. */
export async function readDocument(name: string | null, bytes: Uint8Array): Promise<DocumentText> {
  if (documentKind(name, bytes) === 'text') {
    const text = decode(bytes);
    return { text, isArticle: text.trim() !== '', declaredLanguage: '' };
  }
  return await pageArticle(decode(bytes, declaredCharset(bytes)));
}
