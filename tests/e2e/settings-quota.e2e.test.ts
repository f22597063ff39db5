import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/shared/settings-migrations';
import { spreadSites } from '../../src/shared/site-items';
import { openExtensionView } from '../popup/browser-helpers';
import { inExtension, storedLocally, storedSites } from './harness/extension-api';
import { browserWithFixtures } from './harness/suite';
import { waitInPage } from './harness/waiting';

/** `count` sites with addresses of an ordinary length, all but every third one turned off. */
const manySites = (count: number): Record<string, boolean> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, n) => [
      `www.news-${String(n).padStart(5, '0')}.example.com`,
      n % 3 === 0,
    ]),
  );

/**
 * Chrome's synced storage allows 8 KB an item and 100 KB in all. This finds, in the real browser,
 * how many sites each layout holds, then lets the reader add one past the limit.
 */
describe('a long list of sites in Chromium', () => {
  const suite = browserWithFixtures('chromium');

  /** Whether synced storage takes these items, written afresh; the browser's refusal otherwise. */
  const takes = (items: Record<string, unknown>) =>
    inExtension(
      suite.ext,
      async (api, items) => {
        await api.storage.sync.clear();
        try {
          await api.storage.sync.set(items);
          return 'stored';
        } catch (error) {
          return String(error);
        }
      },
      items,
    );

  /** The most sites a layout holds: doubling until refused, then halving the gap. */
  async function capacity(layout: (count: number) => Record<string, unknown>, guess: number) {
    let fits = 0;
    let refused = guess;
    let refusal = '';
    for (let answer = await takes(layout(refused)); answer === 'stored'; ) {
      fits = refused;
      refused *= 2;
      answer = await takes(layout(refused));
      refusal = answer;
    }
    refusal ||= await takes(layout(refused));
    while (refused - fits > 1) {
      const middle = Math.floor((fits + refused) / 2);
      const answer = await takes(layout(middle));
      if (answer === 'stored') fits = middle;
      else [refused, refusal] = [middle, answer];
    }
    return { fits, refusal };
  }

  const oneItem = (count: number) => ({ schemaVersion: 1, sites: manySites(count) });
  const spread = (count: number) => ({
    schemaVersion: SCHEMA_VERSION,
    ...spreadSites(manySites(count)),
  });

  async function addSite(options: Page, host: string) {
    await options.type('#sites input[type="text"]', host);
    await options.keyboard.press('Enter');
  }

  const status = (options: Page) =>
    options.$eval('.status-line', (line) => line.textContent?.trim() ?? '');

  it('holds sites past one item’s 8 KB, and past 100 KB keeps them on this device, saying so', async () => {
    const started = Date.now();
    const before = await capacity(oneItem, 128);
    // Chromium names its quotas in its own words ("Resource::kQuotaBytesPerItem quota exceeded").
    expect(before.refusal).toMatch(/QuotaBytesPerItem|QUOTA_BYTES_PER_ITEM/);
    const after = await capacity(spread, 2048);
    expect(after.refusal).toMatch(/QuotaBytes quota|QUOTA_BYTES quota/);
    console.info(
      `sites before synced storage refuses: ${before.fits} in one item, ${after.fits} spread (${Date.now() - started} ms)`,
    );
    expect(after.fits).toBeGreaterThan(10 * before.fits);

    // The reader's list is full: one more site, added as a reader would.
    expect(await takes(spread(after.fits))).toBe('stored');
    const options = await openExtensionView(suite.ext, 'src/options/index.html');
    const [last = ''] = Object.keys(manySites(after.fits + 1)).slice(-1);
    await addSite(options, last);
    await waitInPage(options, () =>
      /^Saved on this device only/.test(document.querySelector('.status-line')?.textContent ?? ''),
    );
    expect(await options.$$eval('#sites .entries li', (items) => items.length)).toBe(
      after.fits + 1,
    );
    expect((await storedLocally(suite.ext)).keptOnThisDevice).toEqual({
      sites: { ...manySites(after.fits), [last]: true },
    });

    // Nothing lost on the next visit either; removing a site makes room, and it syncs again.
    await options.reload();
    await waitInPage(options, () => document.body.dataset.state === 'ready');
    expect(await options.$$eval('#sites .entries li', (items) => items.length)).toBe(
      after.fits + 1,
    );
    await options.click(`#sites button[aria-label="Remove ${last}"]`);
    await waitInPage(
      options,
      () => document.querySelector('.status-line')?.textContent === 'Saved.',
    );
    expect(await status(options)).toBe('Saved.');
    expect(await storedLocally(suite.ext)).toEqual({});
    expect(await storedSites(suite.ext)).toEqual(manySites(after.fits));
    // About 40 writes find the limits; the two lists of some 3,000 sites take their time to draw.
  }, 240_000);
});
