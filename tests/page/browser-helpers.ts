/** Helpers for the page's real-browser tests: what is painted, and the card. */
import type { Page } from 'puppeteer-core';
import { readHighlights } from '../e2e/harness/page-snapshot';
import { waitInPage } from '../e2e/harness/waiting';

/** Every painted range's words, across all of Sourcelight's highlights. */
export async function paintedWords(page: Page): Promise<string[]> {
  return Object.values(await readHighlights(page)).flat();
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
