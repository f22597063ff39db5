/** Helpers for the page's real-browser tests: settings, messages and badge through the extension's own pages. */
import type { Page } from 'puppeteer-core';
import type { PageReport, PageRequest } from '../../src/shared/messages';
import type { Settings } from '../../src/shared/settings-schema';
import type { ExtensionBrowser } from '../e2e/harness/browsers';

type Api = {
  storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { executeScript(details: object): Promise<unknown> };
  runtime: { getManifest(): { content_scripts?: { js?: string[] }[] } };
} & { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/** Runs a function with the extension's API in one of its pages (the options page). */
export async function inExtension<T, A>(
  ext: ExtensionBrowser,
  run: (api: Api, arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await openExtensionPage(ext, 'src/options/index.html');
  try {
    return (await page.evaluate(
      `(${run.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`,
    )) as T;
  } finally {
    await page.close();
  }
}

/**
 * Opens a page of the extension and waits until its API is there. Polls with evaluate, like
 * waitInPage: Firefox's driver may fail a wait while the page is still about:blank.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  void page.goto(ext.extensionOrigin + path).catch(() => undefined);
  await waitInPage(
    page,
    (origin: string) => {
      const scope = globalThis as { browser?: { storage?: object }; chrome?: { storage?: object } };
      return (
        location.href.startsWith(origin) &&
        document.readyState !== 'loading' &&
        !!(scope.browser ?? scope.chrome)?.storage
      );
    },
    ext.extensionOrigin,
  );
  return page;
}

/** The browser's tab id of a page, as the extension's APIs know it. */
export async function tabOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const id = await inExtension(
    ext,
    async (api, url) => (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? -1,
    page.url(),
  );
  if (id < 0) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

export function saveSettings(ext: ExtensionBrowser, settings: Partial<Settings>): Promise<void> {
  return inExtension(ext, (api, values) => api.storage.sync.set(values), settings);
}

export function resetSettings(ext: ExtensionBrowser): Promise<void> {
  return inExtension(ext, (api) => api.storage.sync.clear(), null);
}

export function askTab<T>(ext: ExtensionBrowser, tabId: number, request: PageRequest): Promise<T> {
  return inExtension(
    ext,
    (api, { tabId, request }) => api.tabs.sendMessage(tabId, request) as Promise<T>,
    { tabId, request },
  );
}

export function reportOf(ext: ExtensionBrowser, tabId: number): Promise<PageReport> {
  return askTab<PageReport>(ext, tabId, { type: 'get-report' });
}

/** The toolbar badge of a tab (Chromium: read through action.getBadgeText). */
export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return inExtension(ext, (api, tabId) => api.action.getBadgeText({ tabId }), tabId);
}

/** Injects the content script once more, as the background does for pages loaded before install. */
export function injectAgain(ext: ExtensionBrowser, tabId: number): Promise<unknown> {
  return inExtension(
    ext,
    (api, tabId) =>
      api.scripting.executeScript({
        target: { tabId },
        files: api.runtime.getManifest().content_scripts?.[0]?.js ?? [],
      }),
    tabId,
  );
}

/**
 * Waits until a condition holds in the page, asking every 100 ms. Unlike waitForFunction it rides
 * out a failed evaluation (Firefox's driver sometimes loses one while tabs switch).
 */
export async function waitInPage<A extends unknown[]>(
  page: Page,
  condition: (...args: A) => boolean,
  ...args: A
): Promise<void> {
  const deadline = Date.now() + 20_000;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const holds = await page.evaluate(
        condition as (...args: unknown[]) => boolean,
        ...(args as unknown[]),
      );
      if (holds) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`waited 20 s for ${condition.toString().slice(0, 200)}`, { cause: lastError });
}

/** Every painted range's words, across all of Sourcelight's highlights. */
export function paintedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('sourcelight'))
        highlight.forEach((range) => {
          words.push(range.toString());
        });
    });
    return words;
  });
}

/** Waits until some painted range reads exactly `words` (or, with `present: false`, none does). */
export async function waitForPainted(page: Page, words: string, present = true): Promise<void> {
  await waitInPage(
    page,
    (words: string, present: boolean) => {
      let found = false;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sourcelight')) return;
        highlight.forEach((range) => {
          if (range.toString() === words) found = true;
        });
      });
      return found === present;
    },
    words,
    present,
  );
}

/** The centre of the first line of the first painted range that reads `words`, in viewport pixels. */
export function pointOver(page: Page, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate((words: string) => {
    let point: { x: number; y: number } | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('sourcelight')) return;
      highlight.forEach((range) => {
        const rect = (range as Range).getClientRects()[0];
        if (!point && rect && range.toString() === words) {
          point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      });
    });
    if (!point) throw new Error(`nothing painted reads “${words}”`);
    return point;
  }, words);
}

export const cardShown = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[data-sourcelight-host]').length > 0);

/** The card's text as assistive technology reads it (the closed shadow root hides it from scripts). */
export async function cardText(page: Page): Promise<string | null> {
  const host = await page.$('[data-sourcelight-host]');
  if (!host) return null;
  type Node = { name?: string; children?: Node[] };
  const snapshot = (await page.accessibility.snapshot({
    root: host,
    interestingOnly: false,
  })) as Node | null;
  const names: string[] = [];
  const walk = (node: Node | null | undefined) => {
    if (!node) return;
    if (node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk(snapshot);
  return names.join(' | ');
}

/** Waits until a painted range inside the element matching `selector` reads exactly `words`. */
export async function waitForPaintedIn(page: Page, selector: string, words: string): Promise<void> {
  await waitInPage(
    page,
    (selector: string, words: string) => {
      const elements = [...document.querySelectorAll(selector)];
      let found = false;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sourcelight')) return;
        highlight.forEach((range) => {
          if (range.toString() !== words) return;
          if (elements.some((element) => (range as Range).intersectsNode(element))) found = true;
        });
      });
      return found;
    },
    selector,
    words,
  );
}
