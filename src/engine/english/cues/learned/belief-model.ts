/**
 * The belief model: an averaged perceptron, trained by `npm run train` on PolNeAR train, that
 * decides for each candidate word whether it is the cue of a belief, an intention or a stance.
 * The rules (../belief-cues.ts) read grammar well but cannot tell which "plans to" or "support
 * for" the annotators mark; the model weighs the rule's reading with the words around it. Its
 * weights are data (packs/en/belief-model.json), loaded like a lexicon.
 */

import { type BeliefClass, VerbForm } from '../../../packs/en';
import type { EnglishText } from '../../text';
import { type Cue, CueKind } from '../cue';
import { features, MOST_FEATURES } from './features';

/** The model as `npm run train` writes it. */
export interface BeliefModelData {
  /** What the file is, for a reader who opens it. */
  about: string;
  /** The weight table holds 2^bits weights, each feature hashed into it. */
  bits: number;
  /** Weights are integers: the perceptron's averaged weights times this. */
  scale: number;
  /** A cue the rules found is kept when its score passes this (in the same integer units). */
  keep: number;
  /** A cue the rules missed is added when its score passes this: higher, as the rules are surer. */
  add: number;
  /** The words the model is asked about, besides every word the belief lexicon holds. */
  candidates: string[];
  /** For a word, how many words before and after it its cue takes as annotated: "plans to" [0, 1]. */
  spans: Record<string, number[]>;
  /**
   * Nonzero weights as integers in pairs, separated by spaces: the gap from the previous pair's
   * index, then the weight (a string, which formatters and parsers pass over in one piece).
   */
  weights: string;
}

// A score's error from summing integers instead of the weights as trained (each weight over
// `scale`, rounded to 32 bits) is below one unit while every weight stays under this.
const LARGEST_EXACT_WEIGHT = 1 << 19;

/**
 * A model ready to score: its integer weights in the narrowest typed array that holds them (one
 * byte each for the model shipped: a quarter of the memory of floats, so that the two dozen reads
 * a word's score makes stay in the processor's cache).
 */
export class BeliefModel {
  private readonly weights: Int8Array | Int32Array;
  private readonly mask: number;
  private readonly scale: number;
  private readonly keep: number;
  private readonly add: number;
  /** Whether an integer sum decides every score but a tie with a threshold. */
  private readonly integral: boolean;
  private readonly spans: ReadonlyMap<string, readonly number[]>;
  private readonly buffer = new Int32Array(MOST_FEATURES);

  constructor(data: BeliefModelData) {
    const numbers = data.weights.split(' ').map(Number);
    let largest = 0;
    for (let k = 1; k < numbers.length; k += 2)
      largest = Math.max(largest, Math.abs(numbers[k] ?? 0));
    this.weights = largest < 128 ? new Int8Array(1 << data.bits) : new Int32Array(1 << data.bits);
    this.mask = (1 << data.bits) - 1;
    let index = 0;
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      index += numbers[k] as number;
      this.weights[index] = numbers[k + 1] as number;
    }
    this.scale = data.scale;
    this.keep = data.keep;
    this.add = data.add;
    this.integral =
      largest < LARGEST_EXACT_WEIGHT && Number.isInteger(data.keep) && Number.isInteger(data.add);
    this.spans = new Map(Object.entries(data.spans));
  }

  /** Whether the word at i is a cue: the rules' cue kept, or one they missed added. */
  accepts(text: EnglishText, i: number, rule: Cue | null): boolean {
    const out = this.buffer;
    const n = features(text, i, rule, out);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += this.weights[(out[k] as number) & this.mask] as number;
    const threshold = rule ? this.keep : this.add;
    if (this.integral && sum !== threshold) return sum > threshold;
    // A tie: the weights as trained decide, as 32-bit floats summed in order.
    let score = 0;
    for (let k = 0; k < n; k++) {
      const weight = this.weights[(out[k] as number) & this.mask] as number;
      score += Math.fround(weight / this.scale);
    }
    return score > threshold / this.scale;
  }

  /**
   * The cue the model finds at i when the rules found none there: as many words around it as
   * its cues take in train ("plans to", "is expected to"), within the sentence and from `floor`.
   */
  cueAt(text: EnglishText, i: number, floor: number): Cue {
    const w = text.word(i);
    const [before = 0, after = 0] = this.spans.get(w) ?? [];
    const first = Math.max(i - before, floor);
    let last = i;
    while (last < i + after && last + 1 < text.sentenceEnd(i) && text.isWord(last + 1)) last++;
    const entry = text.lexicon.beliefs.verbs.get(w);
    return {
      kind: CueKind.Verb,
      lemma: entry?.lemma ?? w,
      first,
      last,
      head: i,
      verbClass: (entry?.verbClass as BeliefClass | undefined) ?? 'belief',
      form: entry ? formOf(w) : null,
      passive: false,
    };
  }
}

/** A verb spelling's form, as far as its ending tells: the readers of sources ask it. */
function formOf(w: string): VerbForm {
  if (w.endsWith('ing')) return VerbForm.Gerund;
  if (w.endsWith('ed')) return VerbForm.Past;
  if (w.endsWith('s')) return VerbForm.Third;
  return VerbForm.Base;
}
