/**
 * How fast the popup opens and answers, in real Chromium and Firefox with the built extension:
 * first content with 200 attributions (budget: 100 ms from opening), and with 2,000 the time to
 * draw the whole list, to filter by kind and to search. Figures are printed and written to
 * reports/bench-popup.json; nothing here passes or fails on a time.
 *
 *   npm run bench:popup [-- --runs 7 --browser chromium]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../e2e/harness/browsers';
import { serveFolder } from '../../e2e/harness/server';
import { until } from '../../e2e/harness/waiting';
import { openExtensionView } from '../../popup/browser-helpers';
import { articleWithClaims } from './article-with-claims';

const BUDGET_MS = 100;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, browser: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
const browsers = BROWSERS.filter((name) => !values.browser || name === values.browser);

/** What the popup itself recorded on the performance timeline, in ms since its navigation began. */
interface Timeline {
  firstContent: number | null;
  listDrawn: number | null;
  /** The longest task of 50 ms or more since the popup opened; null where the browser has no longtask entries (Firefox). */
  longestTask: number | null;
  claims: number;
  sources: number;
}

function readTimeline(popup: Page): Promise<Timeline> {
  return popup.evaluate(async () => {
    const mark = performance.getEntriesByName('sourcelight:first-content')[0];
    const drawn = performance.getEntriesByName('sourcelight:draw:report')[0];
    let longestTask: number | null = null;
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      const tasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
      observer.observe({ type: 'longtask', buffered: true });
      await new Promise((done) => setTimeout(done, 50));
      tasks.push(...observer.takeRecords());
      observer.disconnect();
      longestTask = Math.max(0, ...tasks.map((task) => task.duration));
    }
    return {
      firstContent: mark ? mark.startTime : null,
      listDrawn: drawn ? drawn.startTime + drawn.duration : null,
      longestTask,
      claims: document.querySelectorAll('.claim').length,
      sources: document.querySelectorAll('.source-group').length,
    };
  });
}

/**
 * Time from a reader's action to the next frame painted after the list is redrawn: the action
 * runs inside the page, the popup's own measure says when the list was complete.
 */
function timeAction(
  popup: Page,
  action: 'kinds' | 'search',
): Promise<{ total: number; draw: number }> {
  return popup.evaluate(async (cause) => {
    const name = `sourcelight:draw:${cause}`;
    const before = performance.getEntriesByName(name).length;
    const start = performance.now();
    if (cause === 'kinds') {
      document.querySelector<HTMLInputElement>('.kind-filters input[value="person"]')?.click();
    } else {
      const search = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (search) {
        search.value = 'ruiz subsidy';
        // Enter searches at once, so the measure leaves out the typing pause.
        search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }
    while (performance.getEntriesByName(name).length === before) {
      await new Promise((done) => setTimeout(done, 1));
    }
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const measure = performance.getEntriesByName(name).at(-1);
    return { total: performance.now() - start, draw: measure?.duration ?? Number.NaN };
  }, action);
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const summary = (xs: number[]) => ({
  median: Math.round(median(xs) * 10) / 10,
  min: Math.round(Math.min(...xs) * 10) / 10,
  max: Math.round(Math.max(...xs) * 10) / 10,
  runs: xs.length,
});

async function popupOf(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await openExtensionView(ext, `src/popup/index.html?tabId=${tabId}`, {
    viewport: { width: 400, height: 600 },
  });
  // The list is drawn in chunks after the first content: wait for the last one. A popup opened
  // while the page is still read draws its list on the live update that brings the claims.
  await until(
    () =>
      popup.evaluate(
        () =>
          document.body.dataset.state === 'ready' &&
          performance
            .getEntriesByType('measure')
            .some((entry) => /^sourcelight:draw:(report|update)$/.test(entry.name)),
      ),
    'the popup to draw its whole list',
    60_000,
  ).catch(async (error: unknown) => {
    const state = await popup.evaluate(() => document.body.dataset.state).catch(() => '?');
    throw new Error(`the popup stayed "${state}"`, { cause: error });
  });
  return popup;
}

async function measure(name: BrowserName, url: (file: string) => string) {
  const ext = await launchWithExtension(name);
  try {
    const results: Record<string, unknown> = {};
    for (const count of [200, 2000]) {
      const article = await ext.browser.newPage();
      await article.goto(url(`claims-${count}.html`));
      const tabId = await ext.tabIdOf(article);
      // The first popup waits for the page to finish reading; it is not counted.
      await (await popupOf(ext, tabId)).close();

      const timelines: Timeline[] = [];
      const filters: { total: number; draw: number }[] = [];
      const searches: { total: number; draw: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const popup = await popupOf(ext, tabId);
        timelines.push(await readTimeline(popup));
        if (count === 2000) {
          filters.push(await timeAction(popup, 'kinds'));
          searches.push(await timeAction(popup, 'search'));
        }
        await popup.close();
      }
      await article.close();
      const firstContent = timelines.map((t) => t.firstContent ?? Number.NaN);
      results[`claims${count}`] = {
        claims: timelines[0]?.claims,
        sources: timelines[0]?.sources,
        firstContentMs: summary(firstContent),
        firstContentToBudget: Math.round((median(firstContent) / BUDGET_MS) * 100) / 100,
        wholeListDrawnMs: summary(timelines.map((t) => t.listDrawn ?? Number.NaN)),
        longestTaskMs:
          timelines[0]?.longestTask === null
            ? null
            : summary(timelines.map((t) => t.longestTask ?? Number.NaN)),
        ...(count === 2000 && {
          filterByKindMs: summary(filters.map((f) => f.total)),
          filterByKindDrawMs: summary(filters.map((f) => f.draw)),
          searchMs: summary(searches.map((s) => s.total)),
          searchDrawMs: summary(searches.map((s) => s.draw)),
        }),
      };
    }
    return results;
  } finally {
    await ext.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'sourcelight-bench-popup-'));
for (const count of [200, 2000])
  writeFileSync(join(folder, `claims-${count}.html`), articleWithClaims(count));
const server = await serveFolder(folder);
// Other programs slow the browsers down on a shared machine: the load before and after frames the figures.
const report: Record<string, unknown> = {
  budgetMs: BUDGET_MS,
  runs,
  when: new Date().toISOString(),
  loadAverageBefore: loadavg()[0],
};
try {
  for (const name of browsers) {
    report[name] = await measure(name, server.url);
    console.log(`\n${name}`);
    console.log(JSON.stringify(report[name], null, 2));
  }
} finally {
  await server.close();
}
report.loadAverageAfter = loadavg()[0];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-popup.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwritten to reports/bench-popup.json');
