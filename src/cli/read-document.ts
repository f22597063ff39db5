import { decode } from './decode';
import { declaredCharset, documentKind } from './document-kind';
import { pageArticleText } from './page-article';

/** Bytes of a file (named, for its extension) or of stdin (`null`) to the text the engine reads: the text as read, or a page's article text. */
export async function readDocument(name: string | null, bytes: Uint8Array): Promise<string> {
  if (documentKind(name, bytes) === 'text') return decode(bytes);
  return await pageArticleText(decode(bytes, declaredCharset(bytes)));
}
