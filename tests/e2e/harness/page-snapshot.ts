import type { Page } from 'puppeteer-core';
import { waitInPage } from './waiting';

/** What a reader's page is made of: its text and its markup, without anything the extension added. */
export interface PageSnapshot {
  text: string;
  html: string;
}

/** The page's body as the page owns it; the extension's one card host (if any) is left out. */
export function snapshotPage(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const host of body.querySelectorAll('[data-sourcelight-host]')) host.remove();
    return { text: body.textContent ?? '', html: body.innerHTML };
  });
}

/** The page's body as its own HTML source parses, fetched again: what the page was before any script ran. */
export function pristineBody(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(source, 'text/html').body.innerHTML;
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

export function waitForHighlights(page: Page): Promise<void> {
  return waitInPage(page, () =>
    [...CSS.highlights.keys()].some((name) => name.startsWith('sourcelight')),
  );
}
