import { type FindOptions, findAttributions } from '../cli/find-attributions';
import { pageArticle } from '../cli/page-article';
import type { Attribution, LanguageCode } from '../engine';

/** A page as the extension reads it: its article text, and the attributions in that text. */
export interface PageReading {
  /** The article's blocks, joined by blank lines; '' when the page has none. */
  text: string;
  /** False when the page reads like no story (a search page, an app): then nothing is extracted. */
  isArticle: boolean;
  /** The language the engine read the text in; null when it is none the engine reads. */
  language: LanguageCode | null;
  /** As `extract` returns them, with offsets into `text`. */
  attributions: Attribution[];
}

/**
 * Reads a page's HTML in Node as the extension reads it in the browser: the article's text,
 * chosen by the content script's own code, on a DOM that runs no script and loads nothing.
 * `{ beliefs: true }` finds beliefs, intentions and stances too, as `extract` does.
 */
export async function readPage(html: string, options: FindOptions = {}): Promise<PageReading> {
  const document = await pageArticle(html);
  return {
    text: document.text,
    isArticle: document.isArticle,
    ...findAttributions(document, options),
  };
}
