import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/popup/export/file-name';
import {
  listedSources,
  openPopup,
  readExports,
  recordExports,
  screenshot,
  spoken,
  waitForState,
} from '../popup/browser-helpers';
import { readCsv } from '../popup/csv-reader';
import { BROWSERS } from './harness/browsers';
import { readHighlights, waitForHighlights } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';

const ARTICLE = 'ui-harbour.html';
const TITLE = 'Harbour Council Delays Vote on Ferry Contract';

/** The popup over a fixture article whose sources are unambiguous, in each real browser. */
describe.each(BROWSERS)('the popup in %s', (name) => {
  const suite = browserWithFixtures(name);
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    article = await suite.ext.browser.newPage();
    await article.goto(suite.server.url(ARTICLE));
    await waitForHighlights(article);
    tabId = await suite.ext.tabIdOf(article);
  });

  const withPopup = async (test: (popup: Page) => Promise<void>) => {
    const popup = await openPopup(suite.ext, tabId);
    try {
      await waitForState(popup, 'ready');
      await test(popup);
    } finally {
      await popup.close();
    }
  };

  it('sums up the page and lists each source with its kind and number of claims', () =>
    withPopup(async (popup) => {
      expect(await popup.$eval('h1', (h) => h.textContent)).toBe(TITLE);
      const counts = await popup.$$eval('.summary-counts > div', (items) =>
        items.map(
          (item) =>
            `${item.querySelector('dt')?.textContent} ${item.querySelector('dd')?.textContent}`,
        ),
      );
      expect(counts).toEqual(['Claims 5', 'Sources 3', 'Named sources 2', 'No source 1']);
      expect(await listedSources(popup)).toEqual([
        { name: 'Elena Ruiz', kind: 'person', claims: 2 },
        { name: 'Reuters', kind: 'media', claims: 1 },
        { name: 'Analysts', kind: 'unnamed', claims: 1 },
        { name: '', kind: 'none', claims: 1 },
      ]);
      const unsourced = await popup.$eval('.source-group.no-source', (g) => g.textContent ?? '');
      expect(unsourced).toContain('No source');
      expect(unsourced).toContain('reportedly');
      const legend = await popup.$$eval('.kind-filter', (labels) =>
        labels.map((l) => l.textContent),
      );
      expect(legend).toEqual(['Named person2', 'News outlet1', 'Unnamed source1', 'No source1']);
      await screenshot(popup, `popup-${name}`);
    }));

  it('filters by kind of source and finds claims by their words', () =>
    withPopup(async (popup) => {
      await popup.click('.kind-filters input[value="person"]');
      expect((await listedSources(popup)).map((s) => s.kind)).toEqual(['media', 'unnamed', 'none']);
      expect(await popup.$eval('.list-status', (s) => s.textContent)).toBe('3 of 5 claims shown');
      expect(await spoken(popup)).toBe('3 of 5 claims shown');

      await popup.click('.list-toolbar .button.link');
      await popup.type('input[type="search"]', 'subsidy');
      await popup.waitForFunction(() => document.querySelectorAll('.claim').length === 1, {
        timeout: 10_000,
      });
      expect(await listedSources(popup)).toEqual([{ name: '', kind: 'none', claims: 1 }]);
      expect(await popup.$eval('.claim', (c) => c.textContent)).toContain('sought a subsidy');
    }));

  it('copies the claims as Markdown and downloads them as CSV and JSON', () =>
    withPopup(async (popup) => {
      await recordExports(popup);
      await popup.click('.export-buttons button:nth-child(1)');
      await popup.waitForFunction(
        () =>
          document.querySelector('[aria-live]')?.textContent?.trim() ===
          'The claims are copied as Markdown.',
        { timeout: 10_000 },
      );
      await popup.click('.export-buttons button:nth-child(2)');
      await popup.click('.export-buttons button:nth-child(3)');
      const { copied, files } = await readExports(popup);

      const markdown = copied[0] ?? '';
      expect(markdown.startsWith(`# ${TITLE}\n\n<${suite.server.url(ARTICLE)}>\n`)).toBe(true);
      expect(markdown).toContain(`Exported with Sourcelight on ${isoDate(new Date())}`);
      expect(markdown).toContain('## Elena Ruiz · Named person · 2');
      expect(markdown).toContain('## No source · No source · 1');
      expect(markdown).toMatch(/- “the council needed more time to study the bids\.?” — said/);

      expect(files.map((f) => f.type)).toEqual(['text/csv;charset=utf-8', 'application/json']);
      const rows = readCsv(files[0]?.text ?? '');
      expect(rows[0]?.slice(0, 5)).toEqual(['number', 'source', 'kind', 'resolved', 'cue']);
      expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
        ['Elena Ruiz', 'person'],
        ['Reuters', 'media'],
        ['Analysts', 'unnamed'],
        ['', 'none'],
        ['Elena Ruiz', 'person'],
      ]);
      expect(rows[5]?.[5]).toContain('with fares, routes and timetables "set in public"');
      const json = JSON.parse(files[1]?.text ?? '{}');
      expect(json.claims).toHaveLength(5);
    }));

  it('switches highlights off everywhere, and back on for this site alone', () =>
    withPopup(async (popup) => {
      const checked = (id: string) => popup.$eval(id, (box) => (box as HTMLInputElement).checked);
      expect(await popup.$eval('label[for="switch-site"]', (l) => l.textContent)).toBe(
        'Highlights on 127.0.0.1',
      );
      expect([await checked('#switch-all'), await checked('#switch-site')]).toEqual([true, true]);

      await popup.click('#switch-all');
      await article.waitForFunction(
        () => ![...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight')),
        { timeout: 10_000 },
      );
      await popup.waitForFunction(
        () => !(document.querySelector('#switch-site') as HTMLInputElement).checked,
        {
          timeout: 10_000,
        },
      );

      await popup.click('#switch-site');
      await waitForHighlights(article);
      expect(
        Object.values(await readHighlights(article))
          .flat()
          .join(' '),
      ).toContain('according to');
      expect([await checked('#switch-all'), await checked('#switch-site')]).toEqual([false, true]);
    }));
});
