import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './harness/browsers';
import { type ExtensionApi, extensionApi } from './harness/extension-api';
import { readHighlights, waitForHighlights } from './harness/page-snapshot';
import { type FixtureServer, serveFolder } from './harness/server';

/** The controls a reader uses outside the popup: the toolbar badge and the run modes. */
describe.each(BROWSERS)('controls in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let api: ExtensionApi;

  beforeAll(async () => {
    server = await serveFolder('tests/fixtures/pages');
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    ext = await launchWithExtension(name);
    api = await extensionApi(ext);
  });
  afterEach(() => ext?.close());

  it('counts the attributed claims on the toolbar badge, and forgets them on another page', async () => {
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    await waitForHighlights(article);
    const tabId = await ext.tabIdOf(article);
    const report = (await api.askPage(tabId, { type: 'get-report' })) as {
      attributions: unknown[];
    };
    expect(report.attributions.length).toBeGreaterThan(0);
    const count = String(report.attributions.length);
    await expect.poll(() => api.badgeText(tabId)).toBe(count);

    // A jump within the same document (a footnote link) keeps the page and its count.
    await article.evaluate(() => {
      location.hash = '#footnote';
    });
    await expect.poll(() => article.evaluate(() => location.hash)).toBe('#footnote');
    await api.askPage(tabId, { type: 'get-report' });
    expect(await api.badgeText(tabId)).toBe(count);

    await article.goto(server.url('no-article.html'));
    await expect.poll(() => api.badgeText(tabId)).toBe('');
  });

  it('waits for the reader in the on-request mode, then runs when asked', async () => {
    await api.setSettings({ runMode: 'on-request' });
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    const tabId = await ext.tabIdOf(article);
    await expect
      .poll(
        async () => ((await api.askPage(tabId, { type: 'get-report' })) as { state: string }).state,
      )
      .toBe('idle');
    expect(await readHighlights(article)).toEqual({});
    expect(await api.badgeText(tabId)).toBe('');

    const report = (await api.sendToBackground({ type: 'run-on-tab', tabId })) as {
      attributions: unknown[];
    };
    await waitForHighlights(article);
    await expect.poll(() => api.badgeText(tabId)).toBe(String(report.attributions.length));
  });

  it('runs only where the reader allowed it in the allowed-sites mode', async () => {
    await api.setSettings({ runMode: 'allowed-sites' });
    const article = await ext.browser.newPage();
    await article.goto(server.url('clean-article.html'));
    const tabId = await ext.tabIdOf(article);
    await expect
      .poll(
        async () => ((await api.askPage(tabId, { type: 'get-report' })) as { state: string }).state,
      )
      .toBe('idle');

    await api.setSettings({ sites: { '127.0.0.1': true } });
    await waitForHighlights(article);
  });
});
