/**
 * An averaged perceptron over hashed features (Collins 2002), the learner behind the belief
 * model. It sees the examples in a fixed order, shuffled by a seeded generator, so that training
 * on the same data gives the same weights on any machine.
 */

/** One example: its feature hashes and whether it is a cue. */
export interface Example {
  features: Int32Array;
  positive: boolean;
}

/** A small seeded generator (mulberry32): the shuffle must be the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The score of an example under weights of 2^bits entries. */
export function scoreOf(weights: Float64Array, mask: number, features: Int32Array): number {
  let sum = 0;
  for (const f of features) sum += weights[f & mask] as number;
  return sum;
}

/**
 * Trains for `epochs` passes and returns the averaged weights: each weight's mean over every
 * step, which generalises far better than the last weights.
 */
export function trainPerceptron(
  examples: readonly Example[],
  bits: number,
  epochs: number,
  seed = 13,
): Float64Array {
  const size = 1 << bits;
  const mask = size - 1;
  const weights = new Float64Array(size);
  // The averaging trick: each update is also added, times the step it happened at, to `timed`.
  const timed = new Float64Array(size);
  const order = examples.map((_, k) => k);
  const random = seeded(seed);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    for (const index of order) {
      const example = examples[index] as Example;
      const guess = scoreOf(weights, mask, example.features) > 0;
      if (guess !== example.positive) {
        const delta = example.positive ? 1 : -1;
        for (const f of example.features) {
          const k = f & mask;
          weights[k] = (weights[k] as number) + delta;
          timed[k] = (timed[k] as number) + delta * step;
        }
      }
      step++;
    }
  }
  const averaged = new Float64Array(size);
  for (let k = 0; k < size; k++) averaged[k] = (weights[k] as number) - (timed[k] as number) / step;
  return averaged;
}
