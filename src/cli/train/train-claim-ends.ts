/**
 * The claim-end model trained from annotated articles: a fifth of them (every fifth in sorted
 * order) held out to measure it against the rules and choose its margin, then the ranker trained again on all of them.
 */

import type { ClaimEndModelData } from '../../engine/english/claims/learned/claim-end-model';
import type { Article } from '../eval/corpus';
import { claimEndRankings } from './claim-end-examples';
import { bestOf, type Ranking, trainRanker } from './rank-perceptron';
import { sparseWeights } from './sparse-weights';

const BITS = 18;
const EPOCHS = 10;
const SCALE = 10;

// The margins tried on held-out train: how much higher than the rules' end another must score.
const MARGINS = [0, 1, 2, 3, 5, 8, 12];

/** How many held-out claims end right when the rules' end is overruled only by this margin. */
function rightCount(weights: Float64Array, rankings: readonly Ranking[], margin: number): number {
  const mask = (1 << BITS) - 1;
  return rankings.filter((r) => bestOf(weights, mask, r, margin) === r.right).length;
}

/** Trains the claim-end model, saying on `log` how it and the rules do on the held-out part. */
export function trainClaimEndModel(
  articles: readonly Article[],
  log: (line: string) => void = () => {},
): ClaimEndModelData {
  // A fifth held out, not a tenth: a tenth holds too few changed ends to choose the margin by.
  const fit = claimEndRankings(articles.filter((_, k) => k % 5 !== 4));
  const held = claimEndRankings(articles.filter((_, k) => k % 5 === 4));
  const trial = trainRanker(fit, BITS, EPOCHS);
  const byRules = held.filter((r) => r.right === 0).length;
  const counts = MARGINS.map((m) => rightCount(trial, held, m));
  const best = counts.indexOf(Math.max(...counts));
  const margin = MARGINS[best] as number;
  log(
    `train: claim ends, held out ${held.length} claims with a choice: rules right on ${byRules}, ` +
      `model on ${counts[best]} (margin ${margin}; by margin ${counts.join(' ')})`,
  );
  const all = claimEndRankings(articles);
  const weights = trainRanker(all, BITS, EPOCHS);
  log(`train: claim ends, ${all.length} claims in all`);
  return {
    about:
      'The claim-end model: averaged ranking perceptron weights over hashed features (english/claims/learned/), written by npm run train from PolNeAR train.',
    bits: BITS,
    scale: SCALE,
    margin: Math.round(margin * SCALE),
    weights: sparseWeights(weights, SCALE),
  };
}
