import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { waitForPainted, waitForPaintedIn } from '../page/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { reportOf } from './harness/extension-api';
import { browserWithFixtures } from './harness/suite';
import { until, waitInPage } from './harness/waiting';

/** Words painted inside one element of the page, as ranges read them now. */
function paintedIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector: string) => {
    const element = document.querySelector(selector);
    const words: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('sourcelight')) return;
      highlight.forEach((range) => {
        if (element && (range as Range).intersectsNode(element)) words.push(range.toString());
      });
    });
    return words;
  }, selector);
}

/** Live pages in each real browser: new text is read, changed text repainted, navigation starts fresh. */
describe.each(BROWSERS)('a live page in %s', (name) => {
  const suite = browserWithFixtures(name);

  it('highlights paragraphs that "load more" adds, and repaints a paragraph whose text is replaced', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('infinite-scroll.html'));
    await waitForPainted(page, 'Mayor Elena Ruiz');
    expect(await paintedIn(page, '#changing')).toContain('Officials');

    await page.click('#more');
    await page.click('#more');
    await waitForPainted(page, 'reportedly');

    await page.evaluate(() => {
      const changing = document.getElementById('changing') as HTMLElement;
      changing.textContent = 'Nobody knows yet when the first talks will begin, or where.';
    });
    await waitForPainted(page, 'Officials', false);
    // Nothing painted in the replaced paragraph: no range was left over other words.
    expect(await paintedIn(page, '#changing')).toEqual([]);

    await page.evaluate(() => {
      const changing = document.getElementById('changing') as HTMLElement;
      changing.firstChild?.replaceWith(
        'Union leader Tomas Berg said the talks would begin at noon.',
      );
    });
    await waitInPage(page, () => {
      let inside = false;
      const changing = document.getElementById('changing') as HTMLElement;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sourcelight-cue')) return;
        highlight.forEach((range) => {
          if ((range as Range).intersectsNode(changing) && range.toString() === 'said')
            inside = true;
        });
      });
      return inside;
    });
    await page.close();
  });

  it('paints every attribution of a 260,000-character live blog, gathered into few paints, and its new posts', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('huge-live-blog.html'));
    const tabId = await suite.ext.tabIdOf(page);
    await until(
      async () => (await reportOf(suite.ext, tabId)).state === 'ready',
      'the live blog read',
    );
    const report = await reportOf(suite.ext, tabId);
    // Every third of the 2,400 posts is attributed; each attribution's cue is painted.
    expect(report.attributions).toHaveLength(800);
    await waitInPage(page, () => {
      let cues = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('sourcelight-cue')) cues += highlight.size;
      });
      return cues === 800;
    });
    expect(report.attributions.at(-1)?.name).toBe('Tomas Berg');

    await page.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        'Harbour master Maria Okafor said the first ferry would sail at dawn.',
      ),
    );
    await waitForPaintedIn(page, '#newest', 'Harbour master Maria Okafor');
    await page.close();
  });

  it('highlights an article that a client-rendered site fills in after the page loaded', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('late-article.html'));
    await waitForPaintedIn(page, 'article', 'said');
    await waitForPaintedIn(page, 'article', 'according to');
    const report = await reportOf(suite.ext, await suite.ext.tabIdOf(page));
    expect(report.state).toBe('ready');
    await page.close();
  });

  it('starts fresh on a client-side navigation to another article', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('client-navigation.html'));
    await waitForPainted(page, 'Mayor Elena Ruiz');
    await page.click('#to-second');
    // The address changes first and the second story arrives 150 ms later: wait for its words.
    await waitForPainted(page, 'Curator Ana Lopes');
    await waitForPainted(page, 'Mayor Elena Ruiz', false);
    const tabId = await suite.ext.tabIdOf(page);
    const report = await reportOf(suite.ext, tabId);
    expect(report.url).toContain('?story=second');
    const sources = report.attributions.map((a) => a.source?.text ?? '');
    expect(sources.join(' ')).not.toContain('Elena Ruiz');
    expect(report.attributions.some((a) => a.cue.text === 'according to')).toBe(true);
    await page.close();
  });
});
