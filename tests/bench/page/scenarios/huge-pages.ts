/** Huge pages: a generated million-character live blog, and yahoo-1 when ../shared is there. */
import type { Figure, Scenario } from '../scenario';
import { pause, sinceStart } from '../scenario';
import { describeHotspots, traced } from '../trace';

export const hugePages: Scenario = {
  name: 'huge pages',
  async run({ ext, url, sharedPage, names }) {
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
        { scenario, measure: 'highlighted ranges', value: count, unit: 'count' },
      );
      await page.close();
    }
    return figures;
  },
};
