import { describe, expect, it } from 'vitest';
import { openPopup, waitForState } from '../popup/browser-helpers';
import { BROWSERS, launchWithExtension } from './harness/browsers';
import { reportOf } from './harness/extension-api';
import {
  pristinePage,
  readHighlights,
  snapshotPage,
  waitForHighlights,
} from './harness/page-snapshot';
import { servedFixtures } from './harness/suite';
import { waitInPage } from './harness/waiting';

/** The whole path in each real browser: page → engine → highlights → popup, and the switch persists. */
describe.each(BROWSERS)('foundation in %s', (name) => {
  const fixtures = servedFixtures(name);

  it('highlights the attributions, leaves the page as it was, and the popup lists the sources', async () => {
    const ext = await launchWithExtension(name);
    try {
      const article = await ext.browser.newPage();
      await article.goto(fixtures.server.url('clean-article.html'));
      const before = await pristinePage(article);
      await waitForHighlights(article);
      const painted = Object.values(await readHighlights(article))
        .flat()
        .join(' | ');
      expect(painted).toContain('according to');
      expect(painted).toContain('reportedly');
      const after = await snapshotPage(article);
      expect(after.html.trim()).toBe(before.body.trim());
      expect(after.head.trim()).toBe(before.head.trim());

      const tabId = await ext.tabIdOf(article);
      const popup = await openPopup(ext, tabId);
      await waitForState(popup, 'ready');
      const sources = await popup.$$eval('.source-group', (groups) =>
        groups.map((g) => ({
          name: g.getAttribute('data-name'),
          kind: g.getAttribute('data-kind'),
        })),
      );
      expect(sources).toContainEqual({ name: 'Elena Ruiz', kind: 'person' });
      expect(sources).toContainEqual({ name: 'Reuters', kind: 'media' });
      expect(sources).toContainEqual({ name: 'Analysts', kind: 'unnamed' });
    } finally {
      await ext.close();
    }
  });

  it('keeps the highlights switch off after the browser restarts', async () => {
    const first = await launchWithExtension(name);
    let profile = first.profile;
    try {
      const article = await first.browser.newPage();
      await article.goto(fixtures.server.url('clean-article.html'));
      await waitForHighlights(article);
      const tabId = await first.tabIdOf(article);
      const popup = await openPopup(first, tabId);
      expect(await popup.$eval('#switch-all', (s) => (s as HTMLInputElement).checked)).toBe(true);
      await popup.click('#switch-all');
      await waitInPage(
        article,
        () => ![...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight')),
      );
      profile = first.profile;
    } finally {
      await first.close();
    }

    const second = await launchWithExtension(name, profile);
    try {
      const article = await second.browser.newPage();
      await article.goto(fixtures.server.url('clean-article.html'));
      const tabId = await second.tabIdOf(article);
      // The page is read as before; only the painting stays off.
      await expect.poll(async () => (await reportOf(second, tabId)).state).toBe('ready');
      const report = await reportOf(second, tabId);
      expect(report.highlightsOn).toBe(false);
      expect(report.attributions.length).toBeGreaterThan(0);
      expect(await readHighlights(article)).toEqual({});
      const popup = await openPopup(second, tabId);
      expect(await popup.$eval('#switch-all', (s) => (s as HTMLInputElement).checked)).toBe(false);
    } finally {
      await second.close();
    }
  });
});
