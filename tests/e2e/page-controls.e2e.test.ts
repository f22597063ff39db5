import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema';
import { paintedWords, waitForPainted } from '../page/browser-helpers';
import { BROWSERS } from './harness/browsers';
import {
  badgeText,
  reportOf,
  resetSettings,
  saveSettings,
  sendToBackground,
} from './harness/extension-api';
import { browserWithFixtures } from './harness/suite';
import { waitInPage } from './harness/waiting';

const registered = (page: Page) =>
  page.evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((_highlight, name) => {
      if (name.startsWith('sourcelight')) names.push(name);
    });
    return names;
  });

async function waitForNoHighlights(page: Page): Promise<void> {
  await waitInPage(page, () => {
    let any = false;
    CSS.highlights.forEach((_highlight, name) => {
      if (name.startsWith('sourcelight')) any = true;
    });
    return !any;
  });
}

/** The page follows the reader's switches, run mode and kinds; the badge counts its claims. */
describe.each(BROWSERS)('controls in %s', (name) => {
  const suite = browserWithFixtures(name);

  afterEach(() => resetSettings(suite.ext));

  it('hides and shows highlights with the global switch, the site switch and the kinds', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'reportedly');
    const tabId = await suite.ext.tabIdOf(page);

    await saveSettings(suite.ext, { highlightsOn: false });
    await waitForNoHighlights(page);
    expect((await reportOf(suite.ext, tabId)).highlightsOn).toBe(false);
    // Off hides; the claims are still listed.
    expect((await reportOf(suite.ext, tabId)).attributions.length).toBeGreaterThan(0);

    await saveSettings(suite.ext, { highlightsOn: true });
    await waitForPainted(page, 'reportedly');

    await saveSettings(suite.ext, { sites: { '127.0.0.1': false } });
    await waitForNoHighlights(page);
    await saveSettings(suite.ext, { highlightsOn: false, sites: { '127.0.0.1': true } });
    await waitForPainted(page, 'reportedly');

    await saveSettings(suite.ext, {
      highlightsOn: true,
      sites: {},
      kinds: { ...DEFAULT_SETTINGS.kinds, none: false },
    });
    await waitForPainted(page, 'reportedly', false);
    const names = await registered(page);
    expect(names).not.toContain('sourcelight-cue-none');
    expect(names).toContain('sourcelight-cue-person');
    expect(await paintedWords(page)).toContain('Mayor Elena Ruiz');
    await page.close();
  });

  it('turns highlights off from the popup switch', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'reportedly');
    const tabId = await suite.ext.tabIdOf(page);
    const popup = await suite.ext.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await waitInPage(popup, () => !!document.querySelector('#switch-all'));
    await popup.click('#switch-all');
    await waitForNoHighlights(page);
    await popup.close();
    await page.close();
  });

  it('leaves the page alone in the "on request" run mode, then runs when asked', async () => {
    await saveSettings(suite.ext, { runMode: 'on-request' });
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    const tabId = await suite.ext.tabIdOf(page);
    await expect(reportOf(suite.ext, tabId)).rejects.toThrow();
    expect(await registered(page)).toEqual([]);

    const ran = await sendToBackground<PageReport>(suite.ext, { type: 'run-on-tab', tabId });
    expect(ran.state).toBe('ready');
    expect(ran.attributions.length).toBeGreaterThan(0);
    await waitForPainted(page, 'reportedly');
    await page.close();
  });

  it('counts the claims on the badge, and shows nothing on a page without an article', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'reportedly');
    const tabId = await suite.ext.tabIdOf(page);
    const count = (await reportOf(suite.ext, tabId)).attributions.length;
    if (name === 'chromium') {
      await expect.poll(() => badgeText(suite.ext, tabId), { timeout: 15_000 }).toBe(String(count));
    }

    const other = await suite.ext.browser.newPage();
    await other.goto(suite.server.url('search-results.html'));
    const otherTab = await suite.ext.tabIdOf(other);
    await expect
      .poll(async () => (await reportOf(suite.ext, otherTab)).state, { timeout: 15_000 })
      .toBe('not-article');
    expect((await reportOf(suite.ext, otherTab)).attributions).toEqual([]);
    expect(await paintedWords(other)).toEqual([]);
    if (name === 'chromium') expect(await badgeText(suite.ext, otherTab)).toBe('');
    await other.close();
    await page.close();
  });
});
