import { decode } from './decode';
import { type DocumentKind, declaredCharset, documentKind } from './document-kind';
import { pageArticleText } from './page-article';

/** What the engine reads from one input: the text as read, or a page's article text. */
export interface ReadDocument {
  kind: DocumentKind;
  text: string;
}

/** Bytes of a file (named, for its extension) or of stdin (`null`) to the text to scan. */
export async function readDocument(name: string | null, bytes: Uint8Array): Promise<ReadDocument> {
  const kind = documentKind(name, bytes);
  if (kind === 'text') return { kind, text: decode(bytes) };
  return { kind, text: await pageArticleText(decode(bytes, declaredCharset(bytes))) };
}
