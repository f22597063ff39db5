/**
 * `npm run train`: trains the belief model and the claim-bounds model on PolNeAR train (never dev,
 * never the German corpus) and writes their files in src/engine/packs/en/, the same on every run.
 *
 * Each model is one step, run as its own process (`npm run train` runs `claim-bounds`,
 * `beliefs`, then `belief-claim-bounds`): the last one's examples are read by the engine with
 * beliefs on, so they must see the belief model just written, not the one this process loaded when
 * it started. In one process that model came out of the previous run's belief model, and a fresh
 * clone could not make the files it holds. The claim-bounds model for every reader is read without
 * beliefs, and no belief model moves it.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BeliefModelData } from '../../engine/english/cues/learned/belief-model';
import { type Article, readSplit } from '../eval/corpus';
import { sharedPath } from '../shared-folder';
import { trainClaimBoundsModel } from './train-claim-bounds';
import { trainBeliefModel } from './train-model';

const BELIEFS_OUT = 'src/engine/packs/en/belief-model.json';
const CLAIM_BOUNDS_OUT = 'src/engine/packs/en/claim-bounds-model.json';
const BELIEF_CLAIM_BOUNDS_OUT = 'src/engine/packs/en/claim-bounds-beliefs-model.json';

/** Trains the claim-bounds model on the drafts read with `beliefs` or without, and writes it to `out`. */
function claimBounds(articles: readonly Article[], beliefs: boolean, out: string): string {
  const model = trainClaimBoundsModel(articles, beliefs, console.log);
  writeFileSync(join(process.cwd(), out), `${JSON.stringify(model, null, 2)}\n`);
  return `${model.weights.split(' ').length / 2} weights: ${out}`;
}

/** The model as the project's formatter writes JSON: each span's two numbers on one line. */
function formatted(model: BeliefModelData): string {
  return JSON.stringify(model, null, 2).replace(
    /\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]/g,
    (_, before: string, after: string) => `[${before}, ${after}]`,
  );
}

/** Each step: trains one model on the articles, writes it, and says what it wrote. */
const STEPS: Record<string, (articles: readonly Article[]) => string> = {
  beliefs(articles) {
    const model = trainBeliefModel(articles, console.log);
    writeFileSync(join(process.cwd(), BELIEFS_OUT), `${formatted(model)}\n`);
    return (
      `${model.candidates.length} candidate words, ` +
      `${model.weights.split(' ').length / 2} weights: ${BELIEFS_OUT}`
    );
  },
  'claim-bounds': (articles) => claimBounds(articles, false, CLAIM_BOUNDS_OUT),
  'belief-claim-bounds': (articles) => claimBounds(articles, true, BELIEF_CLAIM_BOUNDS_OUT),
};

function main(step: string | undefined): number {
  const train = step === undefined ? undefined : STEPS[step];
  if (!train) {
    console.error(`train: say which model to train: ${Object.keys(STEPS).join(' or ')}.`);
    return 2;
  }
  const corpus = sharedPath('corpora', 'polnear');
  if (!corpus) {
    console.log('train: skipped, the PolNeAR corpus is not in ../shared.');
    return 0;
  }
  const started = performance.now();
  const articles = readSplit(corpus, 'train');
  const wrote = train(articles);
  const seconds = (performance.now() - started) / 1000;
  console.log(`train: ${step}, ${articles.length} articles, ${seconds.toFixed(1)} s, ${wrote}`);
  return 0;
}

process.exitCode = main(process.argv[2]);
