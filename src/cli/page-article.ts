import { type ArticleText, readArticle } from '../page/article-text';
import { flattenDeepNesting } from './flatten-deep-nesting';

/**
 * The article text of a page, by the content script's own block logic, on a Node DOM that runs
 * no script, loads no resource and follows no link: a saved page is read, never visited. Says,
 * as the extension does, whether that text reads like a story at all.
 *
 * happy-dom rather than a parser made for reading (linkedom reads the 18 saved pages of
 * ../shared/pages about four times faster): it applies the page's own style sheets, so text the
 * page hides (an ad-blocker notice, a paywall prompt) stays out of the article as in a browser.
 * On linkedom two of those 18 pages gain such text.
 */
export async function pageArticle(
  html: string,
): Promise<Pick<ArticleText, 'text' | 'isArticle'> & { declaredLanguage: string }> {
  // Loaded on the first page only: plain text, the usual input, starts without a DOM.
  const { Browser } = await import('happy-dom');
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: { interceptor: { beforeAsyncRequest: refuse, beforeSyncRequest: refuse } },
    },
  });
  try {
    const page = browser.newPage();
    page.content = html;
    const document = page.mainFrame.document as unknown as Document;
    flattenDeepNesting(document);
    const { text, isArticle } = readArticle(document);
    return { text, isArticle, declaredLanguage: document.documentElement?.lang ?? '' };
  } finally {
    await browser.close();
  }
}

/** Any request a page would make anyway (a preload, a beacon) stops here. */
function refuse(): never {
  throw new Error('Sourcelight reads saved pages offline and makes no network request');
}
