import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import {
  cardShown,
  cardText,
  paintedWords,
  pointOver,
  waitForPainted,
} from '../page/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { askTab, injectAgain, reportOf } from './harness/extension-api';
import { pristinePage, snapshotPage } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';
import { waitInPage } from './harness/waiting';

/** Highlights, card and claims on articles in each real browser; the page itself stays as it was. */
describe.each(BROWSERS)('the page in %s', (name) => {
  const suite = browserWithFixtures(name);

  it('paints cue, source and claim by source kind, across inline markup, and changes nothing in the page', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('inline-markup.html'));
    const before = await pristinePage(page);
    await waitForPainted(page, 'reportedly');

    const painted = await page.evaluate(() => {
      const byName: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight, name) => {
        const words: string[] = [];
        highlight.forEach((range) => {
          words.push(range.toString());
        });
        if (words.length > 0) byName[name] = words;
      });
      return byName;
    });
    // A source split by a link and emphasis, and one split by three inline elements, read whole.
    expect(painted['sourcelight-source-document'] ?? painted['sourcelight-source-media']).toContain(
      'documents reviewed by The Coastal Gazette',
    );
    expect(painted['sourcelight-source-person']).toContain('Mayor Elena Ruiz');
    expect(painted['sourcelight-cue-person']).toContain('said');
    expect(painted['sourcelight-cue-none']).toContain('reportedly');
    expect(painted['sourcelight-source-unnamed']).toContain('Analysts');
    expect(Object.keys(painted).every((n) => n.startsWith('sourcelight-'))).toBe(true);

    const after = await snapshotPage(page);
    expect(after.html.trim()).toBe(before.body.trim());
    expect(after.head.trim()).toBe(before.head.trim());
    await page.close();
  });

  it('shows a card with the source beside a highlight under the pointer, and Esc closes it', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'Mayor Elena Ruiz');
    const before = await snapshotPage(page);

    const point = await pointOver(page, 'Mayor Elena Ruiz');
    await page.mouse.move(point.x - 30, point.y);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await waitInPage(page, () => !!document.querySelector('[data-sourcelight-host]'));
    if (name === 'chromium') {
      const text = await cardText(page);
      expect(text).toContain('Elena Ruiz');
      expect(text?.toLowerCase()).toContain('person');
    }
    // The card sits above the page at its place: the topmost element there is the card's host.
    const onTop = await page.evaluate(() => {
      const host = document.querySelector('[data-sourcelight-host]');
      return (
        host !== null && document.elementsFromPoint(innerWidth / 2, innerHeight / 2).length > 0
      );
    });
    expect(onTop).toBe(true);

    await page.keyboard.press('Escape');
    await waitInPage(page, () => !document.querySelector('[data-sourcelight-host]'));
    expect((await snapshotPage(page)).html).toBe(before.html);
    await page.close();
  });

  it('opens the card on a click and closes it on a click elsewhere', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'reportedly');
    const point = await pointOver(page, 'reportedly');
    await page.mouse.click(point.x, point.y);
    await waitInPage(page, () => !!document.querySelector('[data-sourcelight-host]'));
    if (name === 'chromium')
      expect((await cardText(page))?.toLowerCase()).toContain('no named source');
    await page.mouse.click(5, 5);
    await waitInPage(page, () => !document.querySelector('[data-sourcelight-host]'));
    expect(await cardShown(page)).toBe(false);
    await page.close();
  });

  it('shows the card to a keyboard reader: focus on a link in a claim, Tab into the card, Esc back', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('inline-markup.html'));
    await waitForPainted(page, 'reportedly');
    await page.focus('a[href="#docs"]');
    await waitInPage(page, () => !!document.querySelector('[data-sourcelight-host]'));
    await page.keyboard.press('Tab');
    await waitInPage(
      page,
      () => document.activeElement?.hasAttribute('data-sourcelight-host') === true,
    );
    if (name === 'chromium')
      expect((await cardText(page))?.toLowerCase()).toContain('according to');
    await page.keyboard.press('Escape');
    await waitInPage(page, () => !document.querySelector('[data-sourcelight-host]'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#docs');
    await page.close();
  });

  it('reports every claim, jumps to one on request, and stays one instance when injected again', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForPainted(page, 'reportedly');
    const tabId = await suite.ext.tabIdOf(page);

    const report = await reportOf(suite.ext, tabId);
    expect(report.state).toBe('ready');
    expect(report.highlightsOn).toBe(true);
    const names = report.attributions.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Elena Ruiz', 'Reuters', 'Analysts']));
    const reportedly = report.attributions.findIndex((a) => a.cue.text === 'reportedly');

    expect(await askTab(suite.ext, tabId, { type: 'jump-to-claim', index: reportedly })).toBe(true);
    await waitInPage(page, () => {
      const focus = CSS.highlights.get('sourcelight-focus');
      let words = '';
      focus?.forEach((range) => {
        words += `${range.toString()}|`;
      });
      return words.includes('reportedly');
    });
    expect(await askTab(suite.ext, tabId, { type: 'jump-to-claim', index: 999 })).toBe(false);

    // The emphasis lasts 2.5 s, about as long as the steps below: counted only once it is over.
    await waitInPage(page, () => !CSS.highlights.has('sourcelight-focus'));
    const paintedBefore = (await paintedWords(page)).length;
    await injectAgain(suite.ext, tabId);
    const again: PageReport = await reportOf(suite.ext, tabId);
    expect(again.attributions.length).toBe(report.attributions.length);
    expect((await paintedWords(page)).length).toBe(paintedBefore);
    await page.close();
  });
});
