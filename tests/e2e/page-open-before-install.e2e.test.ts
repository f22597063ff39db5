import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { extensionDir } from './harness/browsers';
import { readHighlights, waitForHighlights } from './harness/page-snapshot';
import { servedFixtures } from './harness/suite';

const CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * Chromium runs no content script in tabs opened before the extension was installed: there the
 * background injects it when the reader asks (Firefox injects into open tabs at install).
 */
describe('a page open before Sourcelight was installed, in chromium', () => {
  const fixtures = servedFixtures('chromium');

  it('is read when the reader asks, and the answer lists its claims', async () => {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: mkdtempSync(join(tmpdir(), 'sourcelight-chromium-')),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    try {
      const article = await browser.newPage();
      await article.goto(fixtures.server.url('clean-article.html'));
      const id = await browser.installExtension(extensionDir('chromium'));
      expect(await readHighlights(article)).toEqual({});

      const options = await browser.newPage();
      await options.goto(`chrome-extension://${id}/src/options/index.html`);
      const report = (await options.evaluate(async (address: string) => {
        type Api = {
          tabs: { query(q: object): Promise<{ id?: number }[]> };
          runtime: { sendMessage(message: object): Promise<unknown> };
        };
        const { chrome } = globalThis as unknown as { chrome: Api };
        const [tab] = await chrome.tabs.query({ url: address });
        return chrome.runtime.sendMessage({ type: 'run-on-tab', tabId: tab?.id });
      }, article.url())) as PageReport;

      expect(report.state).toBe('ready');
      expect(report.attributions.length).toBeGreaterThan(0);
      await waitForHighlights(article);
    } finally {
      await browser.close();
    }
  });
});
