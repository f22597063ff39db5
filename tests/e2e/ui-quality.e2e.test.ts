import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AxeViolation,
  blocking,
  openExtensionView,
  openPopup,
  runAxe,
  TEST_OUTPUT,
  waitForState,
} from '../popup/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { inExtension, saveSettings, windowOf } from './harness/extension-api';
import { waitForHighlights } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';

/** Accessibility, reflow, network silence and the content security policy of the extension's pages. */
describe.each(BROWSERS)('the quality of the extension pages in %s', (name) => {
  const suite = browserWithFixtures(name);
  let article: Page;
  let tabId: number;
  let windowId: number;

  beforeAll(async () => {
    article = await suite.ext.browser.newPage();
    await article.goto(suite.server.url('ui-harbour.html'));
    await waitForHighlights(article);
    tabId = await suite.ext.tabIdOf(article);
    windowId = await windowOf(suite.ext, tabId);
  });

  const views = () => ({
    popup: () => openPopup(suite.ext, tabId),
    sidepanel: () =>
      openExtensionView(suite.ext, `src/sidepanel/index.html?windowId=${windowId}`, {
        window: true,
        viewport: { width: 360, height: 800 },
      }),
    options: () =>
      openExtensionView(suite.ext, 'src/options/index.html', {
        viewport: { width: 900, height: 800 },
      }),
  });

  it('has no serious or critical accessibility violations, in the light and the dark theme', async () => {
    const found: Record<string, AxeViolation[]> = {};
    for (const theme of ['light', 'dark'] as const) {
      await saveSettings(suite.ext, { theme });
      for (const [view, open] of Object.entries(views())) {
        const page = await open();
        try {
          if (view !== 'options') await waitForState(page, 'ready');
          await page.waitForFunction(
            (wanted) => document.documentElement.dataset.theme === wanted,
            {},
            theme,
          );
          found[`${view} ${theme}`] = await runAxe(page);
        } finally {
          await page.close();
        }
      }
    }
    await inExtension(suite.ext, (api) => api.storage.sync.remove('theme'), null);
    // Every finding, whatever its impact, is kept for people to read.
    mkdirSync(TEST_OUTPUT, { recursive: true });
    writeFileSync(join(TEST_OUTPUT, `axe-${name}.json`), `${JSON.stringify(found, null, 2)}\n`);
    const serious = Object.entries(found).flatMap(([view, violations]) =>
      blocking(violations).map(
        (v) => `${view}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`,
      ),
    );
    expect(serious).toEqual([]);
  });

  it('reflows without sideways scrolling at 200% zoom', async () => {
    // At 200% a 360-pixel side panel is 180 CSS pixels wide, and a 640-pixel window 320.
    const widths = { popup: 400, sidepanel: 180, options: 320 };
    for (const [view, open] of Object.entries(views())) {
      const page = await open();
      try {
        await page.setViewport({ width: widths[view as keyof typeof widths], height: 700 });
        if (view !== 'options') await waitForState(page, 'ready');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ view, overflow }).toEqual({ view, overflow: 0 });
      } finally {
        await page.close();
      }
    }
  });

  /** Opens an extension page recording its content security policy violations, from its first script on where the driver allows. */
  async function openWatched(
    path: string,
  ): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const install = () => {
      const scope = globalThis as unknown as { violations?: string[] };
      if (scope.violations) return;
      scope.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        scope.violations?.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    };
    // Chromium runs this before the page's own scripts; Firefox's driver cannot reach extension
    // pages that early, so there it starts watching once the page is up.
    const page = await openExtensionView(suite.ext, path, {
      viewport: { width: 400, height: 600 },
      prepare: async (fresh) => {
        if (name === 'chromium') await fresh.evaluateOnNewDocument(install);
      },
    });
    await page.evaluate(install);
    return {
      page,
      violations: () =>
        page.evaluate(() => (globalThis as unknown as { violations: string[] }).violations),
    };
  }

  it('breaks no rule of its content security policy while the reader uses it', async () => {
    const popup = await openWatched(`src/popup/index.html?tabId=${tabId}`);
    await waitForState(popup.page, 'ready');
    await popup.page.click('.kind-filters input[value="none"]');
    await popup.page.type('input[type="search"]', 'ruiz\n');
    await popup.page.click('.claim');
    await popup.page.click('.export-buttons button:nth-child(2)');
    expect(await popup.violations()).toEqual([]);

    const options = await openWatched('src/options/index.html');
    await options.page.type('#sites input[type="text"]', 'www.example.org\n');
    await options.page.waitForFunction(
      () => document.querySelectorAll('#sites .entries li').length === 1,
    );
    await options.page.click('#reset button');
    expect(await options.violations()).toEqual([]);
  });

  it('makes no network request from the page it reads', async () => {
    const requests: string[] = [];
    const page = await suite.ext.browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(suite.server.url('ui-harbour.html'));
    await waitForHighlights(page);
    const origin = new URL(suite.server.url('')).origin;
    // The page's own requests, and the content script's modules loading from the extension: nothing else.
    const elsewhere = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith(suite.ext.extensionOrigin),
    );
    expect(elsewhere).toEqual([]);
    expect(requests).toContain(suite.server.url('ui-harbour.html'));
  });

  // Firefox's WebDriver BiDi reports no network events for moz-extension pages; Chromium's
  // DevTools protocol sees every request of the extension's pages and of its service worker.
  it.skipIf(name === 'firefox')(
    'makes no network request from its own pages or its service worker',
    async () => {
      const requests: string[] = [];
      const record = async (session: CDPSession) => {
        session.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
        await session.send('Network.enable');
      };
      const worker = suite.ext.browser
        .targets()
        .find(
          (t) => t.type() === 'service_worker' && t.url().startsWith(suite.ext.extensionOrigin),
        );
      if (!worker) throw new Error('no service worker of the extension');
      await record(await worker.createCDPSession());

      for (const path of [`src/popup/index.html?tabId=${tabId}`, 'src/options/index.html']) {
        const page = await suite.ext.browser.newPage();
        await record(await page.createCDPSession());
        await page.goto(suite.ext.extensionOrigin + path);
        await waitForState(page, 'ready');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      }
      await article.reload();
      await waitForHighlights(article);

      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(suite.ext.extensionOrigin))).toEqual([]);
    },
  );
});
