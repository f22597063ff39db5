import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { waitForState } from '../popup/browser-helpers';
import { extensionDir } from './harness/browsers';
import { readHighlights, waitForHighlights } from './harness/page-snapshot';
import { servedFixtures } from './harness/suite';

const CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * Chromium runs no page script in tabs opened before the extension was installed, and right after
 * install Sourcelight may read no site at all: the reader presses the toolbar button (which grants
 * activeTab) and asks the popup to read the page.
 */
describe('a page open before Sourcelight was installed, in chromium', () => {
  const fixtures = servedFixtures('chromium');

  it('is read when the reader asks from the toolbar button, and the popup lists its claims', async () => {
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

      const extension = (await browser.extensions()).get(id);
      if (!extension) throw new Error('Sourcelight is not installed');
      const popupOpens = browser.waitForTarget((target) =>
        target.url().startsWith(`chrome-extension://${id}/src/popup/index.html`),
      );
      await article.triggerExtensionAction(extension);
      const popup = await (await popupOpens).asPage();
      await waitForState(popup, 'no-permission');
      const buttons = await popup.$$('.state-actions button');
      const readOnce = buttons.at(-1);
      expect(await readOnce?.evaluate((button) => button.textContent)).toBe(
        'Find attributions on this page',
      );
      await readOnce?.click();
      await waitForState(popup, 'ready');
      expect(await popup.$$('.source-group')).not.toHaveLength(0);
      await waitForHighlights(article);
    } finally {
      await browser.close();
    }
  });
});
