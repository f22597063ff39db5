/**
 * An averaged ranking perceptron over hashed features (Collins 2002): each example is a set of
 * candidates, the first the rules' choice, one of them right; the weights learn to score the right one highest. It sees the
 * examples in a seeded order, so that training on the same data gives the same weights anywhere.
 */

import { scoreOf, seeded } from './perceptron';

/** One choice: each candidate's features, and which candidate is right. */
export interface Ranking {
  candidates: Int32Array[];
  right: number;
}

/**
 * The candidate the weights score highest, the first on a tie; the first (the rules' choice)
 * wins unless another beats it by `margin`.
 */
export function bestOf(weights: Float64Array, mask: number, ranking: Ranking, margin = 0): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  ranking.candidates.forEach((features, c) => {
    const score = scoreOf(weights, mask, features) + (c === 0 ? margin : 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  });
  return best;
}

/** Trains for `epochs` passes and returns the averaged weights. */
export function trainRanker(
  rankings: readonly Ranking[],
  bits: number,
  epochs: number,
  seed = 13,
): Float64Array {
  const size = 1 << bits;
  const mask = size - 1;
  const weights = new Float64Array(size);
  // The averaging trick: each update is also added, times the step it happened at, to `timed`.
  const timed = new Float64Array(size);
  const update = (features: Int32Array, delta: number, step: number) => {
    for (const f of features) {
      const k = f & mask;
      weights[k] = (weights[k] as number) + delta;
      timed[k] = (timed[k] as number) + delta * step;
    }
  };
  const order = rankings.map((_, k) => k);
  const random = seeded(seed);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    for (const index of order) {
      const ranking = rankings[index] as Ranking;
      const guess = bestOf(weights, mask, ranking);
      if (guess !== ranking.right) {
        update(ranking.candidates[ranking.right] as Int32Array, 1, step);
        update(ranking.candidates[guess] as Int32Array, -1, step);
      }
      step++;
    }
  }
  const averaged = new Float64Array(size);
  for (let k = 0; k < size; k++) averaged[k] = (weights[k] as number) - (timed[k] as number) / step;
  return averaged;
}
