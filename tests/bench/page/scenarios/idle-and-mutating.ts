/** After processing: nothing at all while a page is still, and little while it changes every 100 ms. */
import { pause, type Scenario, sinceStart } from '../scenario';
import { describeHotspots, traced } from '../trace';

const IDLE_MS = 5_000;

export const idleAndMutating: Scenario = {
  name: 'idle and mutating pages',
  async run({ ext, url, names }) {
    const still = await ext.browser.newPage();
    await still.goto(url('typical-article.html'));
    await sinceStart(still, 'sourcelight-ready');
    await pause(1_000);
    const idle = await traced(still, () => pause(IDLE_MS), names);
    await still.close();

    const live = await ext.browser.newPage();
    await live.goto(url('mutating-live-blog.html'));
    await sinceStart(live, 'sourcelight-ready');
    await pause(1_000);
    const mutating = await traced(
      live,
      () =>
        live.evaluate(() =>
          (
            window as unknown as { sourcelightBenchStart(): Promise<number> }
          ).sourcelightBenchStart(),
        ),
      names,
    );
    const ranges = await live.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('sourcelight')) count += highlight.size;
      });
      return count;
    });
    await live.close();

    return [
      {
        scenario: 'idle page after processing (5 s)',
        measure: 'extension main-thread time',
        value: idle.time.totalMs,
        unit: 'ms',
        budget: 0,
        note: idle.time.totalMs > 0 ? `where: ${describeHotspots(idle.time.hotspots)}` : '',
      },
      {
        scenario: 'page mutating every 100 ms (10 s)',
        measure: 'extension main-thread time / wall time',
        value: (mutating.time.totalMs / 10_000) * 100,
        unit: '%',
        budget: 10,
        note: `${mutating.time.totalMs.toFixed(1)} ms in ${mutating.time.tasks} tasks, longest task ${mutating.time.longestTaskMs.toFixed(1)} ms, ${mutating.result} changes, ${ranges} ranges painted at the end; where: ${describeHotspots(mutating.time.hotspots)}`,
      },
    ];
  },
};
