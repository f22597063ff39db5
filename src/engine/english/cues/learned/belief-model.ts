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

/** A model ready to score: its weights in a typed array. */
export class BeliefModel {
  private readonly weights: Float32Array;
  private readonly mask: number;
  private readonly keep: number;
  private readonly add: number;
  private readonly spans: ReadonlyMap<string, readonly number[]>;
  private readonly buffer = new Int32Array(MOST_FEATURES);

  constructor(data: BeliefModelData) {
    this.weights = new Float32Array(1 << data.bits);
    this.mask = (1 << data.bits) - 1;
    const numbers = data.weights.split(' ');
    let index = 0;
    for (let k = 0; k + 1 < numbers.length; k += 2) {
      index += Number(numbers[k]);
      this.weights[index] = Number(numbers[k + 1]) / data.scale;
    }
    this.keep = data.keep / data.scale;
    this.add = data.add / data.scale;
    this.spans = new Map(Object.entries(data.spans));
  }

  /** How strongly the word at i reads as a cue, given what the rules made of it. */
  score(text: EnglishText, i: number, rule: Cue | null): number {
    const out = this.buffer;
    const n = features(text, i, rule, out);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += this.weights[(out[k] as number) & this.mask] as number;
    return sum;
  }

  /** Whether the word at i is a cue: the rules' cue kept, or one they missed added. */
  accepts(text: EnglishText, i: number, rule: Cue | null): boolean {
    return this.score(text, i, rule) > (rule ? this.keep : this.add);
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
