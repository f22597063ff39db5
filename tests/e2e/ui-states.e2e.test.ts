import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  listedSources,
  openExtensionView,
  openInNewTab,
  openPopup,
  screenshot,
  waitForState,
} from '../popup/browser-helpers';
import { BROWSERS, ENGLISH, launchWithExtension } from './harness/browsers';
import { badgeText, badgeTitle, reportOf, windowOf } from './harness/extension-api';
import { servedFixtures } from './harness/suite';

/**
 * A page closed to Sourcelight: a browser page in Chromium; in Firefox, whose privileged pages
 * the driver cannot follow, a local file (Sourcelight never asks for file access).
 */
const CLOSED_PAGE = {
  chromium: 'chrome://version/',
  firefox: pathToFileURL(resolve('tests/fixtures/pages/ui-harbour.html')).href,
} as const;

describe.each(BROWSERS)('states and the side panel in %s', (name) => {
  const fixtures = servedFixtures(name);

  it('says the extension cannot run on a closed page', async () => {
    const ext = await launchWithExtension(name);
    try {
      const { tabId } = await openInNewTab(ext, async () => {
        const page = await ext.browser.newPage();
        await page.goto(CLOSED_PAGE[name]);
        return page;
      });
      const popup = await openPopup(ext, tabId);
      await waitForState(popup, 'unsupported');
      expect(await popup.$eval('.state h2', (h) => h.textContent)).toBe(
        'Sourcelight cannot run on this page',
      );
      expect(await popup.$('.source-group')).toBeNull();
    } finally {
      await ext.close();
    }
  });

  it('says a page without an article is not one', async () => {
    const ext = await launchWithExtension(name);
    try {
      const signIn = await ext.browser.newPage();
      await signIn.goto(fixtures.server.url('ui-not-article.html'));
      const popup = await openPopup(ext, await ext.tabIdOf(signIn));
      await waitForState(popup, 'not-article');
      expect(await popup.$eval('.state h2', (h) => h.textContent)).toBe(
        'This page is not an article',
      );
      expect(await popup.$eval('.export', (e) => (e as HTMLElement).hidden)).toBe(true);
    } finally {
      await ext.close();
    }
  });

  it('reads a French article whose page says it is English, and lists its sources', async () => {
    const ext = await launchWithExtension(name);
    try {
      const article = await ext.browser.newPage();
      await article.goto(fixtures.server.url('ui-french-article.html'));
      const tabId = await ext.tabIdOf(article);
      const popup = await openPopup(ext, tabId);
      await waitForState(popup, 'ready');
      const sources = await popup.$$eval('.source-group', (groups) =>
        groups.map((g) => ({
          name: g.getAttribute('data-name'),
          kind: g.getAttribute('data-kind'),
        })),
      );
      expect(sources).toContainEqual({ name: 'Elena Ruiz', kind: 'person' });
      expect(sources).toContainEqual({ name: 'des sources proches du dossier', kind: 'unnamed' });
      expect((await reportOf(ext, tabId)).language).toBe('fr');
      const painted = await article.evaluate(() =>
        [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0),
      );
      expect(painted).toBeGreaterThan(0);
      await screenshot(popup, `popup-french-article-${name}`);
    } finally {
      await ext.close();
    }
  });

  it('says an article in another language is not one it reads yet, and highlights nothing', async () => {
    const ext = await launchWithExtension(name);
    try {
      const article = await ext.browser.newPage();
      await article.goto(fixtures.server.url('ui-italian-article.html'));
      const tabId = await ext.tabIdOf(article);
      const popup = await openPopup(ext, tabId);
      await waitForState(popup, 'other-language');
      expect(await popup.$eval('.state h2', (h) => h.textContent)).toBe(
        'This page is not in a language Sourcelight reads yet',
      );
      expect(await popup.$eval('.state p', (p) => p.textContent)).toContain(
        'Sourcelight reads English, French, Spanish, German, and Portuguese for now.',
      );
      expect(await popup.$('.source-group')).toBeNull();
      expect(await popup.$eval('.export', (e) => (e as HTMLElement).hidden)).toBe(true);
      await screenshot(popup, `popup-other-language-${name}`);

      expect((await reportOf(ext, tabId)).attributions).toEqual([]);
      const painted = await article.evaluate(() =>
        [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0),
      );
      expect(painted).toBe(0);
      expect(await badgeText(ext, tabId)).toBe('');
      await expect
        .poll(() => badgeTitle(ext, tabId))
        .toBe('Sourcelight: this page is not in a language it reads yet');
    } finally {
      await ext.close();
    }
  });

  it('at first run, says what the grant to read every page is for and offers it', async () => {
    const ext = await launchWithExtension(name, undefined, ENGLISH, 'nothing');
    try {
      const { tabId } = await openInNewTab(ext, async () => {
        const page = await ext.browser.newPage();
        await page.goto(fixtures.server.url('ui-harbour.html'));
        return page;
      });
      const popup = await openPopup(ext, tabId);
      await waitForState(popup, 'no-permission');
      expect(await popup.$eval('.state h2', (h) => h.textContent)).toBe(
        'Sourcelight may not read this site',
      );
      expect(await popup.$eval('.state p', (p) => p.textContent)).toContain(
        'needs your browser’s permission to read the sites you visit',
      );
      expect(
        await popup.$$eval('.state-actions button', (b) => b.map((x) => x.textContent)),
      ).toEqual(['Allow on all sites', 'Find attributions on this page']);
      await screenshot(popup, `popup-no-permission-${name}`);
    } finally {
      await ext.close();
    }
  });

  // Firefox's sidebar is part of the browser window, which the driver cannot see.
  it.skipIf(name === 'firefox')(
    'opens the side panel from the popup, which then closes',
    async () => {
      const ext = await launchWithExtension(name);
      try {
        const article = await ext.browser.newPage();
        await article.goto(fixtures.server.url('ui-harbour.html'));
        const popup = await openPopup(ext, await ext.tabIdOf(article));
        await popup.click('.app-actions button:first-child');
        const panel = await ext.browser.waitForTarget(
          (t) => t.url().endsWith('src/sidepanel/index.html'),
          {
            timeout: 15_000,
          },
        );
        expect(panel.type()).toBe('page');
        await expect.poll(() => popup.isClosed(), { timeout: 10_000 }).toBe(true);
      } finally {
        await ext.close();
      }
    },
  );

  it('the side panel follows the active tab and the page it loads', async () => {
    const ext = await launchWithExtension(name);
    try {
      const open = async (file: string) => {
        const page = await ext.browser.newPage();
        await page.goto(fixtures.server.url(file));
        return page;
      };
      const harbour: Page = await open('ui-harbour.html');
      const port: Page = await open('ui-second-article.html');
      const tabId = await ext.tabIdOf(harbour);
      const windowId = await windowOf(ext, tabId);

      // A window of its own stands in for the panel: it follows whichever tab is active in the other.
      const panel = await openExtensionView(ext, `src/sidepanel/index.html?windowId=${windowId}`, {
        window: true,
        viewport: { width: 360, height: 800 },
      });
      const shows = (source: string) =>
        panel.waitForFunction(
          (wanted) =>
            [...document.querySelectorAll('.source-group')].some(
              (g) => g.getAttribute('data-name') === wanted,
            ),
          { timeout: 20_000 },
          source,
        );

      await harbour.bringToFront();
      await shows('Elena Ruiz');
      expect(await panel.$eval('h1', (h) => h.textContent)).toBe(
        'Harbour Council Delays Vote on Ferry Contract',
      );
      await screenshot(panel, `sidepanel-${name}`);

      await port.bringToFront();
      await shows('Interfax');
      expect(await panel.$eval('h1', (h) => h.textContent)).toBe(
        'Port of Aldmouth to Reopen After Storm Repairs',
      );

      await port.goto(fixtures.server.url('ui-harbour.html'));
      await panel.waitForFunction(
        () => !document.querySelector('.source-group[data-name="Interfax"]'),
        { timeout: 20_000 },
      );
      await shows('Elena Ruiz');
      expect((await listedSources(panel))[0]).toEqual({
        name: 'Elena Ruiz',
        kind: 'person',
        claims: 2,
      });
    } finally {
      await ext.close();
    }
  });
});
