/**
 * `npm run train`: trains the belief model and the claim-bounds model on PolNeAR train (never dev,
 * never the German corpus) and writes their files in src/engine/packs/en/, the same on every run.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BeliefModelData } from '../../engine/english/cues/learned/belief-model';
import { readSplit } from '../eval/corpus';
import { sharedPath } from '../shared-folder';
import { trainClaimBoundsModel } from './train-claim-bounds';
import { trainBeliefModel } from './train-model';

const OUT = 'src/engine/packs/en/belief-model.json';
const CLAIM_BOUNDS_OUT = 'src/engine/packs/en/claim-bounds-model.json';

/** The model as the project's formatter writes JSON: each span's two numbers on one line. */
function formatted(model: BeliefModelData): string {
  return JSON.stringify(model, null, 2).replace(
    /\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]/g,
    (_, before: string, after: string) => `[${before}, ${after}]`,
  );
}

function main(): number {
  const corpus = sharedPath('corpora', 'polnear');
  if (!corpus) {
    console.log('train: skipped, the PolNeAR corpus is not in ../shared.');
    return 0;
  }
  const started = performance.now();
  const articles = readSplit(corpus, 'train');
  const model = trainBeliefModel(articles, console.log);
  writeFileSync(join(process.cwd(), OUT), `${formatted(model)}\n`);
  const bounds = trainClaimBoundsModel(articles, console.log);
  writeFileSync(join(process.cwd(), CLAIM_BOUNDS_OUT), `${JSON.stringify(bounds, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `train: ${articles.length} articles, ${model.candidates.length} candidate words, ` +
      `${model.weights.split(' ').length / 2} weights, ${seconds.toFixed(1)} s: ${OUT}`,
  );
  return 0;
}

process.exitCode = main();
