/**
 * An averaged ranking perceptron over hashed features (Collins 2002): each example is a set of
 * candidates, the first the rules' choice, one of them right; the weights learn to score the right
 * one highest. It sees the examples in a seeded order, so that training on the same data gives the
 * same weights anywhere.
 */

import { AveragedWeights, scoreOf, shuffledPasses } from './perceptron';

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
  const learned = new AveragedWeights(bits);
  for (const index of shuffledPasses(rankings.length, epochs, seed)) {
    const ranking = rankings[index] as Ranking;
    const guess = bestOf(learned.weights, learned.mask, ranking);
    if (guess !== ranking.right) {
      learned.add(ranking.candidates[ranking.right] as Int32Array, 1);
      learned.add(ranking.candidates[guess] as Int32Array, -1);
    }
    learned.next();
  }
  return learned.averaged();
}
