/** Huge pages: a generated million-character live blog, and yahoo-1 when ../shared is there. */
import type { Browser } from 'puppeteer-core';
import { reportOf } from '../../../e2e/harness/extension-api';
import type { Figure, Scenario } from '../scenario';
import { pause, sinceStart } from '../scenario';
import { describeHotspots, type PageTasks, traced } from '../trace';

/** The page's tasks after its DOM was ready in a browser without the extension: what it costs on its own. */
async function withoutExtension(browser: Browser, address: string): Promise<PageTasks> {
  const page = await browser.newPage();
  try {
    const { time } = await traced(page, async () => {
      await page.goto(address, { timeout: 60_000 });
      // As long as the page with the extension is watched: its painting and the pause after.
      await pause(1_500);
    });
    return time.afterDomReady;
  } finally {
    await page.close();
  }
}

export const hugePages: Scenario = {
  name: 'huge pages',
  async run({ ext, url, sharedPage, names, plain }) {
    const pages: [string, string | null][] = [
      ['live blog, 1 million characters', url('huge-live-blog.html')],
      ['yahoo-1.html', sharedPage('yahoo-1.html')],
    ];
    const figures: Figure[] = [];
    for (const [scenario, address] of pages) {
      if (!address) {
        console.log(`  ${scenario}: skipped, ../shared/pages is absent`);
        continue;
      }
      const page = await ext.browser.newPage();
      const { result, time } = await traced(
        page,
        async () => {
          await page.goto(address, { timeout: 60_000 });
          const ready = await sinceStart(page, 'sourcelight-ready');
          await pause(500);
          return ready;
        },
        names,
      );
      const count = await page.evaluate(() => {
        let ranges = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('sourcelight')) ranges += highlight.size;
        });
        return ranges;
      });
      // Every attribution of a real page is listed, however long: none is left past the ceiling.
      const report = await reportOf(ext, await ext.tabIdOf(page));
      const alone = await withoutExtension(await plain(), address);
      const whole = time.afterDomReady;
      figures.push(
        {
          scenario,
          measure: 'longest task with extension code',
          value: time.longestTaskMs,
          unit: 'ms',
          budget: 50,
          note: `of which extension code ${time.longestTaskExtensionMs.toFixed(1)} ms; most extension code in one task ${time.mostInOneTaskMs.toFixed(1)} ms`,
        },
        {
          scenario,
          measure: 'tasks over 50 ms with extension code',
          value: time.longTasks,
          unit: 'count',
          budget: 0,
        },
        {
          scenario,
          measure: 'all highlights painted after script start',
          value: result,
          unit: 'ms',
          budget: 2_000,
        },
        {
          scenario,
          measure: 'extension main-thread time',
          value: time.totalMs,
          unit: 'ms',
          note: `${time.tasks} tasks; ${describeHotspots(time.areas, 4)}; where: ${describeHotspots(time.hotspots)}`,
        },
        {
          scenario,
          measure: "longest task of the page's main thread after its DOM was ready, any work",
          value: whole.longestMs,
          unit: 'ms',
          note: `${whole.longTasks} over 50 ms; without the extension ${alone.longestMs.toFixed(1)} ms, ${alone.longTasks} over 50 ms (rendering the highlights is the browser's task, but the reader feels it)`,
        },
        {
          scenario,
          measure: 'highlighted ranges',
          value: count,
          unit: 'count',
          note: 'all of them up to 6,000 ranges; past that, those near the viewport',
        },
        {
          scenario,
          measure: 'attributions listed',
          value: report.attributions.length,
          unit: 'count',
          note: report.capped ? 'capped: some left out' : 'all of them',
        },
      );
      await page.close();
    }
    return figures;
  },
};
