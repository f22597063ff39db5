import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../../engine';
import { ADVERSARIAL_CASES, adversarialText } from './adversarial';

/** What the benchmark asks of one worker: one case at one size, timed `runs` times. */
export interface LinearityJob {
  caseIndex: number;
  characters: number;
  runs: number;
}

const job = workerData as LinearityJob;
const adversarial = ADVERSARIAL_CASES[job.caseIndex];
if (!adversarial) throw new Error(`no adversarial case ${job.caseIndex}`);

// Warm up on a small slice of the same shape, so the first timed run is not the compiler's.
extract(adversarialText(adversarial, 64 * 1024));
const text = adversarialText(adversarial, job.characters);
for (let run = 0; run < job.runs; run++) {
  const start = performance.now();
  const found = extract(text);
  parentPort?.postMessage({ ms: performance.now() - start, attributions: found.length });
}
