import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, adversarialText, quoteCount } from './adversarial';
import type { LinearityJob } from './linearity-worker';
import { summarize } from './measure';
import { CUE_VERBS } from './methods';

export const MB = 1024 * 1024;
export const SIZES_MB = [1, 2, 4] as const;
export const LINEARITY_RUNS = 5;
/** Seconds all runs at one size may take per MB before the case is called superlinear and stopped. */
const SECONDS_PER_MB = 20;

export interface SizeResult {
  mb: number;
  /** Median milliseconds of the completed runs; null when not one run finished in time. */
  ms: number | null;
  runs: number;
  attributions: number | null;
  /** True when the run was stopped at its time limit, or skipped after a smaller size was. */
  stopped: boolean;
}

export interface LinearityResult {
  name: string;
  /** In the 1 MB input, to show what it holds. */
  quotes: number;
  cueWords: number;
  sizes: SizeResult[];
  /** Milliseconds per MB at the largest completed size over those at 1 MB: about 1 when linear. */
  growth: number | null;
}

/** Every adversarial case at 1, 2 and 4 MB, each in a worker that is stopped when it takes too long. */
export async function measureLinearity(runs = LINEARITY_RUNS): Promise<LinearityResult[]> {
  const results: LinearityResult[] = [];
  for (const [caseIndex, adversarial] of ADVERSARIAL_CASES.entries()) {
    const sample = adversarialText(adversarial, MB);
    const sizes: SizeResult[] = [];
    for (const mb of SIZES_MB) {
      if (sizes.some((size) => size.stopped)) {
        sizes.push({ mb, ms: null, runs: 0, attributions: null, stopped: true });
        continue;
      }
      sizes.push(await timeInWorker({ caseIndex, characters: mb * MB, runs }, mb));
    }
    const completed = sizes.filter((size) => !size.stopped && size.ms !== null);
    const [first, last] = [completed[0], completed.at(-1)];
    const perMb = (size: SizeResult) => (size.ms ?? 0) / size.mb;
    const growth = first && last && last.mb > first.mb ? perMb(last) / perMb(first) : null;
    results.push({
      name: adversarial.name,
      quotes: quoteCount(sample),
      cueWords: sample.match(CUE_VERBS)?.length ?? 0,
      sizes,
      growth,
    });
  }
  return results;
}

function timeInWorker(job: LinearityJob, mb: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let attributions: number | null = null;
    const worker = startTypeScriptWorker(new URL('./linearity-worker.ts', import.meta.url), job);
    const finish = (stopped: boolean) => {
      clearTimeout(limit);
      void worker.terminate();
      resolve({
        mb,
        ms: times.length > 0 ? summarize(times).median : null,
        runs: times.length,
        attributions,
        stopped,
      });
    };
    const limit = setTimeout(() => finish(true), SECONDS_PER_MB * mb * 1000);
    worker.on('message', (message: { ms: number; attributions: number }) => {
      times.push(message.ms);
      attributions = message.attributions;
      if (times.length === job.runs) finish(false);
    });
    worker.on('error', (error) => {
      clearTimeout(limit);
      reject(error);
    });
  });
}

/** A worker running a TypeScript module: workers do not inherit tsx, so it is registered first. */
function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
