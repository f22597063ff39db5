/**
 * The claim-end model: an averaged perceptron, trained by `npm run train` on PolNeAR train, that
 * ranks the places a claim could end (./end-candidates.ts) and keeps the best. The rules end a
 * claim at the sentence, the quote or the next attribution; the annotators end it earlier where
 * the writer takes over ("said X, but Y", "X, which Y", "X in a speech on Monday"), which no
 * single rule tells. Its weights are data (packs/en/claim-end-model.json), loaded like a lexicon.
 */

import type { Cue } from '../../cues/cue';
import type { TokenRange } from '../../phrases';
import type { EnglishText } from '../../text';
import { endAt, endCandidates, MOST_END_CANDIDATES } from './end-candidates';
import { endFeatures, MOST_END_FEATURES } from './end-features';

/** The model as `npm run train` writes it. */
export interface ClaimEndModelData {
  /** What the file is, for a reader who opens it. */
  about: string;
  /** The weight table holds 2^bits weights, each feature hashed into it. */
  bits: number;
  /** Weights are integers: the perceptron's averaged weights times this. */
  scale: number;
  /**
   * Another end replaces the rules' only when it scores this much higher (in the same integer
   * units): the rules are right on most claims, so the model must be sure to overrule them.
   */
  margin: number;
  /**
   * Nonzero weights as integers in pairs, separated by spaces: the gap from the previous pair's
   * index, then the weight.
   */
  weights: string;
}

/** A model ready to rank: its weights in a typed array. */
export class ClaimEndModel {
  private readonly weights: Float32Array;
  private readonly mask: number;
  private readonly margin: number;
  private readonly candidates = new Int32Array(MOST_END_CANDIDATES);
  private readonly buffer = new Int32Array(MOST_END_FEATURES);

  constructor(data: ClaimEndModelData) {
    this.weights = new Float32Array(1 << data.bits);
    this.mask = (1 << data.bits) - 1;
    this.margin = data.margin / data.scale;
    const numbers = data.weights.split(' ');
    let index = 0;
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      index += Number(numbers[k]);
      this.weights[index] = Number(numbers[k + 1]) / data.scale;
    }
  }

  private score(text: EnglishText, cue: Cue, claim: TokenRange, ruleLast: number, k: number) {
    const n = endFeatures(text, cue, claim, ruleLast, k, this.buffer);
    let sum = 0;
    for (let f = 0; f < n; f++)
      sum += this.weights[(this.buffer[f] as number) & this.mask] as number;
    return sum;
  }

  /** Ends the claim where the model ranks best; the rules' end stays unless another scores higher by the margin. */
  endClaim(text: EnglishText, cue: Cue, claim: TokenRange): void {
    const n = endCandidates(text, cue, claim, this.candidates);
    if (n < 2) return;
    const ruleLast = this.candidates[0] as number;
    let best = ruleLast;
    let bestScore = this.score(text, cue, claim, ruleLast, ruleLast) + this.margin;
    for (let c = 1; c < n; c++) {
      const k = this.candidates[c] as number;
      const s = this.score(text, cue, claim, ruleLast, k);
      if (s > bestScore) [best, bestScore] = [k, s];
    }
    if (best !== ruleLast) endAt(text, claim, best);
  }
}
