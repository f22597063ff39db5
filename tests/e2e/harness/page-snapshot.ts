import type { Page } from 'puppeteer-core';
import { waitInPage } from './waiting';

/** What a reader's page is made of: its text and its markup, without anything the extension added. */
export interface PageSnapshot {
  text: string;
  /** The body's markup. */
  html: string;
  /** The head's markup: scripts that load modules may add preload links there. */
  head: string;
}

/** The page as the page owns it; the extension's one card host (if any) is left out. */
export function snapshotPage(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const host of body.querySelectorAll('[data-sourcelight-host]')) host.remove();
    return { text: body.textContent ?? '', html: body.innerHTML, head: document.head.innerHTML };
  });
}

/** The page's head and body as its own HTML source parses, fetched again: what the page was before any script ran. */
export function pristinePage(page: Page): Promise<{ head: string; body: string }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return { head: parsed.head.innerHTML, body: parsed.body.innerHTML };
  });
}

/** The words painted under each highlight name that starts with "sourcelight". */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('sourcelight')) continue;
      painted[name] = [...highlight].map((range) => range.toString());
    }
    return painted;
  });
}

/** Waits until some range is painted: a highlight may be registered before its ranges are added. */
export function waitForHighlights(page: Page): Promise<void> {
  return waitInPage(page, () =>
    [...CSS.highlights].some(
      ([name, highlight]) => name.startsWith('sourcelight') && highlight.size > 0,
    ),
  );
}
