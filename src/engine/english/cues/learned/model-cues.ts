/**
 * Belief cues as the belief model decides them: the rules' reading of a word is kept when the
 * model scores it a cue and dropped when not, and a cue the rules miss is added where the model
 * scores one.
 */

import data from '../../../packs/en/belief-model.json';
import type { EnglishText } from '../../text';
import { beliefCue } from '../belief-cues';
import type { Cue } from '../cue';
import { BeliefModel } from './belief-model';

// Built on first use: a reader who never asks for beliefs never builds the model (its data is
// still parsed with the engine, 150 KB of the bundle gzipped).
let model: BeliefModel | null = null;

function beliefModel(): BeliefModel {
  model ??= new BeliefModel(data);
  return model;
}

/**
 * The cue of a belief, an intention or a stance at token i, as the model decides it, or null.
 * A cue the model adds starts after the cue before it (`previous`): "have expressed | concern".
 */
export function learnedBeliefCue(
  text: EnglishText,
  i: number,
  floor: number,
  previous: Cue | undefined,
): Cue | null {
  const rule = beliefCue(text, i, floor);
  const model = beliefModel();
  if (!model.accepts(text, i, rule)) return null;
  return rule ?? model.cueAt(text, i, previous ? Math.max(floor, previous.last + 1) : floor);
}
