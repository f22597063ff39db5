/**
 * The claim-end model trained from annotated articles: five times on four fifths of them (every
 * fifth in sorted order held out in turn), to measure it against the rules and choose its margin
 * on every article once, then once on all of them.
 */

import type { ClaimEndModelData } from '../../engine/english/claims/learned/claim-end-model';
import type { Article } from '../eval/corpus';
import { claimEndRankings } from './claim-end-examples';
import { bestOf, type Ranking, trainRanker } from './rank-perceptron';
import { sparseWeights } from './sparse-weights';

const BITS = 18;
const EPOCHS = 10;
const SCALE = 10;
const FOLDS = 5;

// The margins tried on held-out train: how much higher than the rules' end another must score.
// One held-out fifth changes too few ends to choose by (its best margin swung from 1 to 8 with
// small changes of features); all five folds together do not swing so.
const MARGINS = [0, 1, 2, 3, 5, 8, 12];

/** Trains the claim-end model, saying on `log` how it and the rules do on held-out articles. */
export function trainClaimEndModel(
  articles: readonly Article[],
  log: (line: string) => void = () => {},
): ClaimEndModelData {
  const byArticle = articles.map((article) => claimEndRankings([article]));
  const mask = (1 << BITS) - 1;
  const right = MARGINS.map(() => 0);
  let byRules = 0;
  let held = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit: Ranking[] = byArticle.filter((_, k) => k % FOLDS !== fold).flat();
    const trial = trainRanker(fit, BITS, EPOCHS);
    for (const ranking of byArticle.filter((_, k) => k % FOLDS === fold).flat()) {
      held++;
      if (ranking.right === 0) byRules++;
      MARGINS.forEach((margin, m) => {
        if (bestOf(trial, mask, ranking, margin) === ranking.right) right[m] = (right[m] ?? 0) + 1;
      });
    }
  }
  const best = right.indexOf(Math.max(...right));
  const margin = MARGINS[best] as number;
  log(
    `train: claim ends, ${held} held-out claims with a choice: rules right on ${byRules}, ` +
      `model on ${right[best]} (margin ${margin}; by margin ${right.join(' ')})`,
  );
  const weights = trainRanker(byArticle.flat(), BITS, EPOCHS);
  return {
    about:
      'The claim-end model: averaged ranking perceptron weights over hashed features (english/claims/learned/), written by npm run train from PolNeAR train.',
    bits: BITS,
    scale: SCALE,
    margin: Math.round(margin * SCALE),
    weights: sparseWeights(weights, SCALE),
  };
}
