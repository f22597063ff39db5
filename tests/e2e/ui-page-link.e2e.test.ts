import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openPopup, waitForState } from '../popup/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { waitForHighlights } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';

/** Whether the paragraph with this id is scrolled into the reader's view. */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const rect = document.getElementById(target)?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
  }, id);
}

/** The popup and the page together: the jump to a claim, and what an article without claims says. */
describe.each(BROWSERS)('the popup and its page in %s', (name) => {
  const suite = browserWithFixtures(name);

  const open = async (file: string) => {
    const page = await suite.ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(suite.server.url(file));
    return page;
  };

  it('takes the page to a chosen claim, and on to the next with the arrow key', async () => {
    const article = await open('ui-harbour.html');
    await waitForHighlights(article);
    const popup = await openPopup(suite.ext, await suite.ext.tabIdOf(article));
    await waitForState(popup, 'ready');
    expect(await inView(article, 'last-claim')).toBe(false);

    // Elena Ruiz's claims come first: the first at the top of the story, the second far below.
    await popup.click('.claim[data-index="0"]');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(
      '4',
    );
    await article.waitForFunction(() => window.scrollY > 0, { timeout: 10_000, polling: 100 });
    await expect
      .poll(() => inView(article, 'last-claim'), { timeout: 10_000, interval: 100 })
      .toBe(true);

    await popup.keyboard.press('Home');
    await article.waitForFunction(() => window.scrollY < 200, { timeout: 10_000, polling: 100 });
    await popup.close();
    await article.close();
  });

  it('says an article has no attributed claims', async () => {
    const quiet = await open('ui-quiet-article.html');
    const popup = await openPopup(suite.ext, await suite.ext.tabIdOf(quiet));
    await waitForState(popup, 'empty');
    expect(await popup.$eval('.state h2', (h) => h.textContent)).toBe('No attributed claims found');
    expect(await popup.$('.export')).not.toBeNull();
    expect(await popup.$eval('.export', (e) => (e as HTMLElement).hidden)).toBe(true);
  });
});
