import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './harness/browsers';
import {
  badgeText,
  registeredFor,
  reportOf,
  saveSettings,
  sendToBackground,
} from './harness/extension-api';
import { readHighlights, waitForHighlights } from './harness/page-snapshot';
import { type FixtureServer, serveFolder } from './harness/server';

/** The controls a reader uses outside the popup: the toolbar badge and the run modes. */
describe.each(BROWSERS)('controls in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFolder('tests/fixtures/pages');
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    ext = await launchWithExtension(name);
  });
  afterEach(() => ext?.close());

  it('counts the attributed claims on the toolbar badge, and forgets them on another page', async () => {
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    await waitForHighlights(article);
    const tabId = await ext.tabIdOf(article);
    const report = await reportOf(ext, tabId);
    expect(report.attributions.length).toBeGreaterThan(0);
    const count = String(report.attributions.length);
    await expect.poll(() => badgeText(ext, tabId)).toBe(count);

    // A jump within the same document (a footnote link) keeps the page and its count.
    await article.evaluate(() => {
      location.hash = '#footnote';
    });
    await expect.poll(() => article.evaluate(() => location.hash)).toBe('#footnote');
    await reportOf(ext, tabId);
    expect(await badgeText(ext, tabId)).toBe(count);

    await article.goto(server.url('no-article.html'));
    await expect.poll(() => badgeText(ext, tabId)).toBe('');
  });

  it('leaves pages alone in the on-request mode, then runs when asked', async () => {
    await saveSettings(ext, { runMode: 'on-request' });
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    const tabId = await ext.tabIdOf(article);
    // No page script at all until the reader asks: nothing answers for the page.
    await expect(reportOf(ext, tabId)).rejects.toThrow();
    expect(await readHighlights(article)).toEqual({});
    expect(await badgeText(ext, tabId)).toBe('');

    const report = await sendToBackground<PageReport>(ext, { type: 'run-on-tab', tabId });
    await waitForHighlights(article);
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(report.attributions.length));
  });

  it('runs only where the reader allowed it in the allowed-sites mode', async () => {
    await saveSettings(ext, { runMode: 'allowed-sites' });
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    const tabId = await ext.tabIdOf(article);
    await expect(reportOf(ext, tabId)).rejects.toThrow();

    // The page script is registered for the site turned on: its pages run it from the next load.
    await saveSettings(ext, { sites: { '127.0.0.1': true } });
    await expect
      .poll(() => registeredFor(ext))
      .toEqual([['http://127.0.0.1/*', 'https://127.0.0.1/*']]);
    await article.reload();
    await waitForHighlights(article);
  });
});
