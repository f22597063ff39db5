/** A typical article (about 5,000 words): time to highlights and the extension's main-thread time. */
import {
  type BenchContext,
  type Figure,
  markedSinceStart,
  median,
  pause,
  type Scenario,
  sinceStart,
} from '../scenario';
import { describeHotspots, type ExtensionTime, traced } from '../trace';

/** Three runs by default; more (SOURCELIGHT_BENCH_RUNS) for a steadier median on a noisy machine. */
export const TYPICAL_RUNS = Number(process.env.SOURCELIGHT_BENCH_RUNS) || 3;

/**
 * Opens the typical article in a tab of its own, traced: when all highlights and the first ones
 * were painted (ms since the script started) and the extension's main-thread time.
 */
async function loadTypicalArticle({ ext, url, names }: BenchContext) {
  const page = await ext.browser.newPage();
  try {
    return await traced(
      page,
      async () => {
        await page.goto(url('typical-article.html'));
        const ms = await sinceStart(page, 'sourcelight-ready');
        const first = await markedSinceStart(page, 'sourcelight-first-painted');
        await pause(500);
        return { ms, first };
      },
      names,
    );
  } finally {
    await page.close();
  }
}

/** Each run's figures, in the order of the runs. */
export interface TypicalRuns {
  painted: number[];
  firstPainted: number[];
  /** Main-thread time as wall time, and as CPU time of the thread. */
  mainThread: number[];
  cpu: number[];
  times: ExtensionTime[];
}

/** Loads the typical article TYPICAL_RUNS times, each after `beforeEach` (putting the background to sleep, say). */
export async function loadTypicalArticles(
  context: BenchContext,
  beforeEach: () => Promise<void> = async () => {},
): Promise<TypicalRuns> {
  const runs: TypicalRuns = { painted: [], firstPainted: [], mainThread: [], cpu: [], times: [] };
  for (let run = 0; run < TYPICAL_RUNS; run++) {
    await beforeEach();
    const { result, time } = await loadTypicalArticle(context);
    runs.painted.push(result.ms);
    if (result.first !== null) runs.firstPainted.push(result.first);
    runs.mainThread.push(time.totalMs);
    runs.cpu.push(time.cpuMs);
    runs.times.push(time);
  }
  return runs;
}

/** The three figures both typical scenarios give: painted, and main-thread time as wall and as CPU time. */
export function typicalFigures(
  scenario: string,
  { painted, mainThread, cpu }: TypicalRuns,
  notes: { painted: string; wall: string; cpu: string },
): Figure[] {
  return [
    {
      scenario,
      measure: 'highlights painted after script start (median)',
      value: median(painted),
      unit: 'ms',
      budget: 100,
      note: notes.painted,
    },
    {
      scenario,
      measure: 'extension main-thread time (median)',
      value: median(mainThread),
      unit: 'ms',
      budget: 20,
      note: notes.wall,
    },
    {
      scenario,
      measure: 'extension main-thread time as CPU time (median)',
      value: median(cpu),
      unit: 'ms',
      budget: 20,
      note: notes.cpu,
    },
  ];
}

export const typicalArticle: Scenario = {
  name: 'typical article',
  async run(context) {
    const runs = await loadTypicalArticles(context);
    const { firstPainted, times } = runs;
    const scenario = 'typical article (5,000 words)';
    // Where the time went, from the last run's profile: the runs differ in amount more than in shape.
    const last = times.at(-1);
    const areas = describeHotspots(last?.areas ?? [], 4);
    const hotspots = describeHotspots(last?.hotspots ?? [], 5);
    const each = (figure: (time: ExtensionTime) => number) => median(times.map(figure));
    return [
      ...typicalFigures(scenario, runs, {
        painted:
          firstPainted.length > 0
            ? `the first highlights (the top of the story) after ${median(firstPainted).toFixed(1)} ms`
            : '',
        wall: `wall time of our samples, waits for a core included; last run: ${areas}; where: ${hotspots}`,
        cpu: "the same samples, each task's share of them times the task's CPU time: without the waits for a core on this shared machine",
      }),
      {
        scenario,
        measure: 'longest task with extension code (median)',
        value: each((time) => time.longestTaskMs),
        unit: 'ms',
        budget: 50,
        note: `of which extension code ${each((time) => time.longestTaskExtensionMs).toFixed(1)} ms; most extension code in one task ${each((time) => time.mostInOneTaskMs).toFixed(1)} ms`,
      },
    ];
  },
};
