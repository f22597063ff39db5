/**
 * The claim-bounds model: an averaged perceptron, trained by `npm run train` on PolNeAR train,
 * that ranks the places a claim could start (./start-candidates.ts) and end (./end-candidates.ts)
 * and keeps the best of each. The rules end a claim at the sentence, the quote or the next
 * attribution; the annotators end it earlier where the writer takes over ("said X, but Y", "X,
 * which Y"). The rules start it past whom it was told and where it was said; the annotators keep
 * some of those words and skip others ("said Thursday during a town hall that X"). No single rule
 * tells either. Its weights are data (packs/en/claim-bounds-model.json), loaded like a lexicon.
 */

import type { Cue } from '../../cues/cue';
import type { TokenRange } from '../../phrases';
import type { EnglishText } from '../../text';
import { endAt, endCandidates, MOST_END_CANDIDATES } from './end-candidates';
import { endFeatures, MOST_END_FEATURES } from './end-features';
import { MOST_START_CANDIDATES, startAt, startCandidates } from './start-candidates';
import { MOST_START_FEATURES, startFeatures } from './start-features';

/** The model as `npm run train` writes it. */
export interface ClaimBoundsModelData {
  /** What the file is, for a reader who opens it. */
  about: string;
  /** The weight table holds 2^bits weights, each feature of a start or an end hashed into it. */
  bits: number;
  /** Weights are integers: the perceptron's averaged weights times this. */
  scale: number;
  /**
   * Another start or end replaces the rules' only when it scores this much higher (in the same
   * integer units): the rules are right on most claims, so the model must be sure to overrule them.
   */
  startMargin: number;
  endMargin: number;
  /**
   * Nonzero weights as integers in pairs, separated by spaces: the gap from the previous pair's
   * index, then the weight.
   */
  weights: string;
}

/** A model ready to rank: its weights in a typed array. */
export class ClaimBoundsModel {
  private readonly weights: Float32Array;
  private readonly mask: number;
  private readonly startMargin: number;
  private readonly endMargin: number;
  private readonly candidates = new Int32Array(
    Math.max(MOST_START_CANDIDATES, MOST_END_CANDIDATES),
  );
  private readonly buffer = new Int32Array(Math.max(MOST_START_FEATURES, MOST_END_FEATURES));

  constructor(data: ClaimBoundsModelData) {
    this.weights = new Float32Array(1 << data.bits);
    this.mask = (1 << data.bits) - 1;
    this.startMargin = data.startMargin / data.scale;
    this.endMargin = data.endMargin / data.scale;
    const numbers = data.weights.split(' ');
    let index = 0;
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      index += Number(numbers[k]);
      this.weights[index] = Number(numbers[k + 1]) / data.scale;
    }
  }

  private sum(n: number): number {
    let sum = 0;
    for (let f = 0; f < n; f++)
      sum += this.weights[(this.buffer[f] as number) & this.mask] as number;
    return sum;
  }

  // The best candidate is kept in two plain variables, never through `[best, score] = [k, score]`:
  // that array holds a fraction, so `best` came out of it as a boxed float, and stored in a claim's
  // `first` it turned every token range's fields to floats, engine-wide. Every index read from a
  // range then reached the text's small questions (`word(i)`, `is(i, ',')`) boxed, and each threw
  // its compiled code away again: over 2,000 deoptimisations a pass, English 1.7× slower, and the
  // other languages slower after English had run.

  /** Starts the claim where the model ranks best; the rules' start stays unless another scores higher by the margin. */
  startClaim(text: EnglishText, cue: Cue, claim: TokenRange): void {
    const n = startCandidates(text, cue, claim, this.candidates);
    if (n < 2) return;
    const ruleFirst = this.candidates[0] as number;
    let best = ruleFirst;
    let bestScore =
      this.sum(startFeatures(text, cue, ruleFirst, ruleFirst, this.buffer)) + this.startMargin;
    for (let c = 1; c < n; c++) {
      const k = this.candidates[c] as number;
      const score = this.sum(startFeatures(text, cue, ruleFirst, k, this.buffer));
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best !== ruleFirst) startAt(text, claim, best);
  }

  /** Ends the claim where the model ranks best; the rules' end stays unless another scores higher by the margin. */
  endClaim(text: EnglishText, cue: Cue, claim: TokenRange): void {
    const n = endCandidates(text, cue, claim, this.candidates);
    if (n < 2) return;
    const ruleLast = this.candidates[0] as number;
    let best = ruleLast;
    let bestScore =
      this.sum(endFeatures(text, cue, claim, ruleLast, ruleLast, this.buffer)) + this.endMargin;
    for (let c = 1; c < n; c++) {
      const k = this.candidates[c] as number;
      const score = this.sum(endFeatures(text, cue, claim, ruleLast, k, this.buffer));
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best !== ruleLast) endAt(text, claim, best);
  }
}
