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
 * Weights that keep their own average over every step of training, which generalises far better
 * than the last weights. The averaging trick: each update is also added, times the step it
 * happened at, to `timed`.
 */
export class AveragedWeights {
  readonly weights: Float64Array;
  readonly mask: number;
  private readonly timed: Float64Array;
  private step = 1;

  constructor(bits: number) {
    this.weights = new Float64Array(1 << bits);
    this.timed = new Float64Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Adds `delta` to the weight of each feature, at this step. */
  add(features: Int32Array, delta: number): void {
    for (const f of features) {
      const k = f & this.mask;
      this.weights[k] = (this.weights[k] as number) + delta;
      this.timed[k] = (this.timed[k] as number) + delta * this.step;
    }
  }

  /** Ends one example's step. */
  next(): void {
    this.step++;
  }

  /** Each weight's mean over every step so far. */
  averaged(): Float64Array {
    const averaged = new Float64Array(this.weights.length);
    for (let k = 0; k < averaged.length; k++)
      averaged[k] = (this.weights[k] as number) - (this.timed[k] as number) / this.step;
    return averaged;
  }
}

/** The indices of `count` examples for each of `epochs` passes, each pass in a seeded shuffle. */
export function* shuffledPasses(count: number, epochs: number, seed: number): Generator<number> {
  const order = Array.from({ length: count }, (_, k) => k);
  const random = seeded(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    yield* order;
  }
}

/** Trains for `epochs` passes and returns the averaged weights. */
export function trainPerceptron(
  examples: readonly Example[],
  bits: number,
  epochs: number,
  seed = 13,
): Float64Array {
  const learned = new AveragedWeights(bits);
  for (const index of shuffledPasses(examples.length, epochs, seed)) {
    const example = examples[index] as Example;
    const guess = scoreOf(learned.weights, learned.mask, example.features) > 0;
    if (guess !== example.positive) learned.add(example.features, example.positive ? 1 : -1);
    learned.next();
  }
  return learned.averaged();
}
