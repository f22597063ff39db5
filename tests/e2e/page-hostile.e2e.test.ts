import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOST_ATTRIBUTIONS } from '../../src/page/ceiling';
import { MOST_RANGES_AT_ONCE } from '../../src/page/paint-window';
import { denseShortParagraphs, saidSaidPage } from '../fixtures/hostile-pages';
import { type OfflineServer, serveOffline } from '../page/offline-server';
import { openPopup, waitForState } from '../popup/browser-helpers';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './harness/browsers';
import { badgeText, badgeTitle, reportOf } from './harness/extension-api';
import { until } from './harness/waiting';

const PAGES = new Map([
  ['said-said-said.html', saidSaidPage()],
  ['dense-short-paragraphs.html', denseShortParagraphs()],
]);

/** Ranges in our highlights now. */
const rangesPainted = (page: Page) =>
  page.evaluate(() => {
    let ranges = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('sourcelight')) ranges += highlight.size;
    });
    return ranges;
  });

/**
 * The longest gap between the page's 20 ms timer ticks over `ms`, while the reader scrolls down
 * the page: a page that answers keeps them under a fifth of a second.
 */
const longestGapWhileScrolling = (page: Page, ms: number) =>
  page.evaluate(
    (ms: number) =>
      new Promise<number>((done) => {
        let last = performance.now();
        let longest = 0;
        const ticks = setInterval(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          window.scrollBy(0, window.innerHeight);
        }, 20);
        setTimeout(() => {
          clearInterval(ticks);
          done(longest);
        }, ms);
      }),
    ms,
  );

/** The page's markup as our script found it: served again, parsed, beside what it is now. */
const markupUnchanged = (page: Page) =>
  page.evaluate(async () => {
    const served = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(served, 'text/html');
    return parsed.body.innerHTML === document.body.innerHTML;
  });

/** Issue 12's hostile pages, in each real browser: bounded work, a responsive page, its text untouched. */
describe.each(BROWSERS)('a hostile page in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: OfflineServer;

  beforeAll(async () => {
    server = await serveOffline(null, PAGES);
    ext = await launchWithExtension(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openReady = async (path: string) => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(path), { timeout: 60_000 });
    const tabId = await ext.tabIdOf(page);
    await until(async () => (await reportOf(ext, tabId)).state === 'ready', `${path} read`, 60_000);
    return { page, tabId };
  };

  it('reads megabytes of "said said said" as no attribution, and paints only the story above it', async () => {
    const { page, tabId } = await openReady('said-said-said.html');
    const report = await reportOf(ext, tabId);
    expect(report.attributions.map((a) => a.cue.text)).toEqual([
      'said',
      'reported',
      'according to',
    ]);
    expect(report.capped).toBeUndefined();
    expect(await rangesPainted(page)).toBeLessThanOrEqual(9);
    expect(await longestGapWhileScrolling(page, 2_000)).toBeLessThan(250);
    expect(await markupUnchanged(page)).toBe(true);
    await page.close();
  });

  it('lists the first attributions of 17,000 paragraphs up to the ceiling, paints those near the reader, and says so on the badge and in the popup', async () => {
    const { page, tabId } = await openReady('dense-short-paragraphs.html');
    const report = await reportOf(ext, tabId);
    expect(report.capped).toBe(true);
    expect(report.attributions).toHaveLength(MOST_ATTRIBUTIONS);
    const ranges = await rangesPainted(page);
    expect(ranges).toBeGreaterThan(0);
    expect(ranges).toBeLessThanOrEqual(MOST_RANGES_AT_ONCE);
    expect(await longestGapWhileScrolling(page, 2_000)).toBeLessThan(250);
    expect(await markupUnchanged(page)).toBe(true);

    await expect.poll(() => badgeText(ext, tabId)).toBe('10k+');
    expect(await badgeTitle(ext, tabId)).toBe(
      'Sourcelight: the first 10,000 attributed claims shown; this page holds more',
    );
    const popup = await openPopup(ext, tabId);
    await waitForState(popup, 'ready');
    expect(await popup.$eval('.list-status', (status) => status.textContent)).toBe(
      'The first 10,000 claims shown: this page holds more than Sourcelight lists',
    );
    await popup.close();
    await page.close();
  });
});
