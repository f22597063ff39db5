import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, ExtensionPageOptions } from '../e2e/harness/browsers';
import { webTabIds } from '../e2e/harness/extension-api';
import { waitInPage } from '../e2e/harness/waiting';

/** Helpers for the real-browser tests of the popup, side panel and options page. */

/** Screenshots land here for people to look at (gitignored). */
export const TEST_OUTPUT = resolve('test-output');

/** A popup-sized viewport: browsers cap popups at 800 × 600. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** An extension page in a new tab (or window), once it shows something other than "loading". */
export async function openExtensionView(
  ext: ExtensionBrowser,
  path: string,
  options: ExtensionPageOptions = {},
): Promise<Page> {
  const page = await ext.openExtensionPage(path, options);
  await waitInPage(page, () => {
    const state = document.body?.dataset.state;
    return state !== undefined && state !== 'loading';
  });
  return page;
}

/** The popup for one tab, popup-sized. */
export function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  return openExtensionView(ext, `src/popup/index.html?tabId=${tabId}`, {
    viewport: POPUP_VIEWPORT,
  });
}

export function waitForState(page: Page, state: string): Promise<void> {
  return waitInPage(page, (wanted: string) => document.body.dataset.state === wanted, state);
}

/**
 * The tab id of a page opened by `open`, found by which tab is new: unlike ext.tabIdOf it works
 * when the extension may not see the page's address (no host permission).
 */
export async function openInNewTab(
  ext: ExtensionBrowser,
  open: () => Promise<Page>,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await webTabIds(ext));
  const page = await open();
  const tabId = (await webTabIds(ext)).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error('no new tab appeared');
  return { page, tabId };
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

export async function screenshot(page: Page, name: string, folder = TEST_OUTPUT): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`) as `${string}.png`;
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

/**
 * What does not fit: the page scrolling sideways, an element sticking out of the window, or a box
 * whose content is wider than itself (cut off, scrolled sideways, or spilling over its edge).
 * One function body with no inner functions: the bundler that runs the benchmarks would name them.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    for (const box of [root, document.body]) {
      if (box.scrollWidth > box.clientWidth) {
        problems.push(`${box.tagName} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
      }
    }
    for (const node of document.body.querySelectorAll('*')) {
      if (node.closest('.visually-hidden, [hidden], svg')) continue;
      const style = getComputedStyle(node);
      const rect = node.getBoundingClientRect();
      if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) continue;
      const label = `${node.tagName}.${node.className} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
      if (rect.left < -0.5 || rect.right > width + 0.5) {
        problems.push(
          `${label} sticks out: ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}`,
        );
      }
      // Inline boxes have no width of their own to measure against.
      if (style.display === 'inline' || node instanceof HTMLTextAreaElement) continue;
      if (node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${label} does not fit: ${node.scrollWidth} > ${node.clientWidth}`);
      }
    }
    return problems;
  });
}
