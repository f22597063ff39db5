import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../../engine';
import { ADVERSARIAL_CASES, adversarialText } from './adversarial';
import { type Timing, timed } from './measure';

/** What the benchmark asks of one worker: one case at every size, `rounds` times over. */
export interface LinearityJob {
  caseIndex: number;
  sizes: readonly number[];
  rounds: number;
}

/** One timed extraction, posted as soon as it is done. */
export interface LinearityRun extends Timing {
  characters: number;
  attributions: number;
}

const job = workerData as LinearityJob;
const adversarial = ADVERSARIAL_CASES[job.caseIndex];
if (!adversarial) throw new Error(`no adversarial case ${job.caseIndex}`);

// Warm up on a small slice of the same shape, so the first timed run is not the compiler's.
extract(adversarialText(adversarial, 64 * 1024));
const texts = job.sizes.map((characters) => adversarialText(adversarial, characters));
// Sizes take turns, so a busy spell on the machine does not land on one size only.
for (let round = 0; round < job.rounds; round++) {
  for (const text of texts) {
    let attributions = 0;
    const timing = timed(() => {
      attributions = extract(text).length;
    });
    parentPort?.postMessage({
      ...timing,
      characters: text.length,
      attributions,
    } satisfies LinearityRun);
  }
}
