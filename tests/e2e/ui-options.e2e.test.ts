import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExtensionView, openPopup, waitForState } from '../popup/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { storedSettings, storedSites } from './harness/extension-api';
import { browserWithFixtures } from './harness/suite';

/** The options page in each real browser: validation, storage.sync, and the popup seeing the change. */
describe.each(BROWSERS)('the options page in %s', (name) => {
  const suite = browserWithFixtures(name);
  let options: Page;

  beforeAll(async () => {
    options = await openExtensionView(suite.ext, 'src/options/index.html', {
      viewport: { width: 900, height: 900 },
    });
  });

  const stored = () => storedSettings(suite.ext);
  const clear = (selector: string) =>
    options.$eval(selector, (input) => {
      (input as HTMLInputElement).value = '';
    });

  it('refuses a bad cue phrase with its reason, keeps the text, and stores a good one', async () => {
    await options.type('#cues input[type="text"]', '= sum(A1)');
    await options.keyboard.press('Enter');
    await options.waitForSelector('#cues .field-error:not([hidden])');
    expect(await options.$eval('#cues .field-error', (e) => e.textContent)).toContain(
      'starts with a letter',
    );
    expect(
      await options.$eval('#cues input[type="text"]', (i) => (i as HTMLInputElement).value),
    ).toBe('= sum(A1)');
    expect((await stored()).extraCues).toBeUndefined();

    await clear('#cues input[type="text"]');
    await options.type('#cues input[type="text"]', 'sources close to');
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      () => document.querySelector('#cues .entry-name')?.textContent === 'sources close to',
    );
    expect((await stored()).extraCues).toEqual(['sources close to']);
    expect(await options.$eval('#cues .field-error', (e) => (e as HTMLElement).hidden)).toBe(true);
  });

  it('turns a site off, and the popup on that site shows it off', async () => {
    await options.type('#sites input[type="text"]', suite.server.url('ui-harbour.html'));
    await options.select('#sites .add-form select', 'off');
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      () => document.querySelector('#sites .entry-name')?.textContent === '127.0.0.1',
    );
    expect(await storedSites(suite.ext)).toEqual({ '127.0.0.1': false });

    const article = await suite.ext.browser.newPage();
    await article.goto(suite.server.url('ui-harbour.html'));
    const popup = await openPopup(suite.ext, await suite.ext.tabIdOf(article));
    await waitForState(popup, 'ready');
    expect(await popup.$eval('#switch-site', (box) => (box as HTMLInputElement).checked)).toBe(
      false,
    );
    expect(await popup.$eval('#switch-all', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await popup.close();
    await article.close();
  });

  it('resets every setting after the reader confirms', async () => {
    await options.click('#theme input[value="dark"]');
    await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await options.click('#reset .button');
    await options.waitForSelector('dialog[open]');
    await options.click('dialog .button.primary');
    await options.waitForFunction(
      () => document.querySelectorAll('#sites .entries li').length === 0,
    );
    const settings = await stored();
    expect([settings.sites, settings.extraCues, settings.theme]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});
