import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, adversarialText, quoteCount } from './adversarial';
import type { LinearityJob, LinearityRun } from './linearity-worker';
import { summarize } from './measure';
import { CUE_VERBS } from './methods';

export const MB = 1024 * 1024;
export const SIZES_MB = [1, 2, 4] as const;
export const LINEARITY_RUNS = 5;
/** How long one case may take for all its runs before it is stopped as too slow to be linear. */
const CASE_LIMIT_SECONDS = 120;

export interface SizeResult {
  mb: number;
  /** Median wall-clock and CPU milliseconds of the completed runs; null when none completed. */
  wallMs: number | null;
  cpuMs: number | null;
  runs: number;
  attributions: number | null;
}

export interface LinearityResult {
  name: string;
  /** In the 1 MB input, to show what it holds. */
  quotes: number;
  cueWords: number;
  sizes: SizeResult[];
  /** True when the case hit its time limit before every run was done. */
  stopped: boolean;
  /** CPU ms per MB at 4 MB over those at 1 MB: about 1 when linear; null when not measured. */
  growth: number | null;
}

/** Every adversarial case at 1, 2 and 4 MB, each case in a worker stopped at its time limit. */
export async function measureLinearity(rounds = LINEARITY_RUNS): Promise<LinearityResult[]> {
  const results: LinearityResult[] = [];
  for (const [caseIndex, adversarial] of ADVERSARIAL_CASES.entries()) {
    const sample = adversarialText(adversarial, MB);
    const sizes = SIZES_MB.map((mb) => mb * MB);
    const { runs, stopped } = await runInWorker({ caseIndex, sizes, rounds });
    const bySize = SIZES_MB.map((mb) => sizeResult(mb, runs));
    const [first, last] = [bySize[0], bySize.at(-1)];
    const perMb = (size: SizeResult) => (size.cpuMs ?? 0) / size.mb;
    results.push({
      name: adversarial.name,
      quotes: quoteCount(sample),
      cueWords: sample.match(CUE_VERBS)?.length ?? 0,
      sizes: bySize,
      stopped,
      growth: !stopped && first?.cpuMs && last?.cpuMs ? perMb(last) / perMb(first) : null,
    });
  }
  return results;
}

function sizeResult(mb: number, runs: readonly LinearityRun[]): SizeResult {
  const mine = runs.filter((run) => run.characters === mb * MB);
  if (mine.length === 0) return { mb, wallMs: null, cpuMs: null, runs: 0, attributions: null };
  return {
    mb,
    wallMs: summarize(mine.map((run) => run.wallMs)).median,
    cpuMs: summarize(mine.map((run) => run.cpuMs)).median,
    runs: mine.length,
    attributions: mine[0]?.attributions ?? null,
  };
}

function runInWorker(job: LinearityJob): Promise<{ runs: LinearityRun[]; stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const runs: LinearityRun[] = [];
    const worker = startTypeScriptWorker(new URL('./linearity-worker.ts', import.meta.url), job);
    const finish = (stopped: boolean) => {
      clearTimeout(limit);
      void worker.terminate();
      resolve({ runs, stopped });
    };
    const limit = setTimeout(() => finish(true), CASE_LIMIT_SECONDS * 1000);
    worker.on('message', (run: LinearityRun) => {
      runs.push(run);
      if (runs.length === job.sizes.length * job.rounds) finish(false);
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
