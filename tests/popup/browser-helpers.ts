import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../e2e/harness/browsers';

/** Helpers for the real-browser tests of the popup, side panel and options page. */

/** Screenshots land here for people to look at (gitignored). */
export const TEST_OUTPUT = resolve('test-output');

/** A popup-sized viewport: browsers cap popups at 800 × 600. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * An extension page in a new tab (or window), once it shows something other than "loading".
 * Asked by polling, as an evaluation that lands mid-navigation can fail in Firefox's driver.
 */
export async function openExtensionView(
  ext: ExtensionBrowser,
  path: string,
  options: {
    window?: boolean;
    viewport?: { width: number; height: number };
    /** Runs on the new page before it navigates (scripts to run before the page's own). */
    prepare?: (page: Page) => Promise<void>;
  } = {},
): Promise<Page> {
  const page = await ext.browser.newPage(options.window ? { type: 'window' } : undefined);
  if (options.viewport) await page.setViewport(options.viewport);
  await options.prepare?.(page);
  // Firefox may never report an extension page's load event: wait for the page's own state.
  void page.goto(ext.extensionOrigin + path).catch(() => undefined);
  await until(async () => {
    const state = await page.evaluate(() => document.body?.dataset.state).catch(() => undefined);
    return state !== undefined && state !== 'loading';
  }, `${path} to show something other than "loading"`);
  return page;
}

/** Polls `check` until it holds; usable outside Vitest too (the benchmark shares these helpers). */
async function until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The popup for one tab, popup-sized. */
export function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  return openExtensionView(ext, `src/popup/index.html?tabId=${tabId}`, {
    viewport: POPUP_VIEWPORT,
  });
}

export async function waitForState(page: Page, state: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.body.dataset.state === wanted,
    { timeout: 20_000 },
    state,
  );
}

/**
 * The tab id of a page opened by `open`, found by which tab is new: unlike the harness's tabIdOf
 * it works when the extension may not see the page's address (no host permission).
 */
export async function openInNewTab(
  ext: ExtensionBrowser,
  open: () => Promise<Page>,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ext));
  const page = await open();
  const after = await tabIds(ext);
  const tabId = after.find((id) => !before.has(id));
  if (tabId === undefined) throw new Error('no new tab appeared');
  return { page, tabId };
}

/** The tab id of a page the extension may read (its address is visible to the extension). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const id = await inExtension<number | undefined>(
    ext,
    `api.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(page.url())})?.id)`,
  );
  if (id === undefined) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

/** Every tab's id except the extension's own pages. */
function tabIds(ext: ExtensionBrowser): Promise<number[]> {
  return inExtension(
    ext,
    `api.tabs.query({}).then((tabs) => tabs.filter((t) => !t.url?.startsWith('${ext.extensionOrigin}')).map((t) => t.id))`,
  );
}

/** The value of a WebExtension API expression (`api` is browser or chrome) run in an extension page. */
export async function inExtension<T>(ext: ExtensionBrowser, expression: string): Promise<T> {
  const page = await openExtensionView(ext, 'src/options/index.html');
  try {
    return (await page.evaluate(
      `(async () => { const api = globalThis.browser ?? globalThis.chrome; return ${expression}; })()`,
    )) as T;
  } finally {
    await page.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on an extension page. Its source is evaluated through the driver, which
 * the page's CSP (script-src 'self') does not govern, so the page itself stays as shipped.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    const axe = (
      globalThis as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Violations that fail the tests: serious and critical ones. */
export const blocking = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = join(TEST_OUTPUT, `${name}.png`) as `${string}.png`;
  // The whole page in the viewport, painted: groups off screen are only painted once in view.
  const viewport = page.viewport() ?? POPUP_VIEWPORT;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ ...viewport, height });
  await page.evaluate(
    () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
  );
  await page.screenshot({ path });
  await page.setViewport(viewport);
  return path;
}

/**
 * Keeps a copy of what the popup copies and downloads, while the real clipboard and download
 * calls still run: the tests read the exported text back from here.
 */
export async function recordExports(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = globalThis as unknown as { exported: { copied: string[]; files: Blob[] } };
    record.exported = { copied: [], files: [] };
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      record.exported.copied.push(text);
      return write(text);
    };
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) record.exported.files.push(blob);
      return createObjectURL(blob);
    };
  });
}

export function readExports(
  page: Page,
): Promise<{ copied: string[]; files: { type: string; text: string }[] }> {
  return page.evaluate(async () => {
    const record = globalThis as unknown as { exported: { copied: string[]; files: Blob[] } };
    const files = await Promise.all(
      record.exported.files.map(async (blob) => ({ type: blob.type, text: await blob.text() })),
    );
    return { copied: record.exported.copied, files };
  });
}

/** The source groups the popup lists: name, kind, and how many claims each shows. */
export function listedSources(
  page: Page,
): Promise<{ name: string; kind: string; claims: number }[]> {
  return page.$$eval('.source-group', (groups) =>
    groups.map((group) => ({
      name: group.getAttribute('data-name') ?? '',
      kind: group.getAttribute('data-kind') ?? '',
      claims: group.querySelectorAll('.claim').length,
    })),
  );
}

/** The text of the popup's polite live region: what a screen reader was last told. */
export function spoken(page: Page): Promise<string> {
  return page.$eval('[aria-live]', (region) => region.textContent?.trim() ?? '');
}
