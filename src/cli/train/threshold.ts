/** Choosing the belief model's threshold on held-out train: the score that gives the best F1. */

import type { Example } from './perceptron';

export interface Threshold {
  value: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * The threshold with the best F1 over held-out examples, their scores given, among those whose
 * precision reaches `leastPrecision`.
 */
export function chooseThreshold(
  scores: readonly number[],
  examples: readonly Example[],
  leastPrecision: number,
): Threshold {
  const order = scores
    .map((_, k) => k)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const positives = examples.filter((e) => e.positive).length;
  let best: Threshold = { value: 0, precision: 0, recall: 0, f1: 0 };
  let taken = 0;
  let right = 0;
  for (let k = 0; k < order.length; k++) {
    const index = order[k] as number;
    taken++;
    if ((examples[index] as Example).positive) right++;
    const next = order[k + 1];
    // Only a gap between scores can be a threshold.
    if (next !== undefined && scores[next] === scores[index]) continue;
    const precision = right / taken;
    const recall = positives === 0 ? 0 : right / positives;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const value =
      next === undefined
        ? (scores[index] as number) - 1
        : ((scores[index] as number) + (scores[next] as number)) / 2;
    if (precision >= leastPrecision && f1 > best.f1) best = { value, precision, recall, f1 };
  }
  return best;
}
