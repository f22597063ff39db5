import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extract as sourceExtract } from '../../engine';
import type { Extract } from './shipped-engine';

/** One way to read the corpus, timed side by side with the engine. */
export interface Method {
  name: string;
  /** What a pass does, as the table says it. */
  does: string;
  read: (text: string) => unknown;
  /** Passes over the first tenth of the corpus before timing, so the JIT has compiled the hot paths. */
  warmups: number;
  /** Fewer passes for the slow parsers: each of their passes takes many seconds. */
  runs: number;
}

/** The 22-verb cue pattern: the floor any attribution finder has to be worth its cost over. */
export const CUE_VERBS =
  /\b(?:said|says|say|told|tells|according to|reported|reportedly|wrote|writes|added|stated|claimed|announced|explained|noted|warned|confirmed|denied|argued|insisted|acknowledged)\b/gi;

/** How many cues the 22-verb pattern finds: the baseline's whole pass. */
export function countCues(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(CUE_VERBS)) count++;
  return count;
}

/** The methods timed in turns; `extract` is the engine as it ships (./shipped-engine). */
export function methods(extract: Extract): Method[] {
  const wink = winkNLP(model);
  return [
    { name: 'engine', does: 'extract(text)', read: (text) => extract(text), warmups: 5, runs: 21 },
    // The same engine as tsx runs its source, which earlier benches timed: the ratio shows the gap.
    {
      name: 'engine, source',
      does: 'extract(text), the source run by tsx',
      read: (text) => sourceExtract(text),
      warmups: 5,
      runs: 11,
    },
    // The opt-in whole PolNeAR task, timed in the same rounds so the two read side by side.
    {
      name: 'beliefs',
      does: 'extract(text, { beliefs: true })',
      read: (text) => extract(text, { beliefs: true }),
      warmups: 5,
      runs: 21,
    },
    { name: 'regex', does: 'one scan, 22 cue verbs', read: countCues, warmups: 5, runs: 21 },
    {
      name: 'wink-nlp',
      does: 'nlp.readDoc(text), web model',
      read: (text) => wink.readDoc(text),
      warmups: 2,
      runs: 5,
    },
    { name: 'compromise', does: 'nlp(text)', read: (text) => nlp(text), warmups: 1, runs: 3 },
  ];
}
