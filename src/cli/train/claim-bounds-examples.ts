/**
 * The claim-bounds model's training examples from PolNeAR: for each claim the rules find on an
 * annotated cue, the places it could start and end, and which of them the annotators chose.
 * A claim whose annotated start (or end) is none of those places teaches nothing about it.
 */

import {
  endCandidates,
  MOST_END_CANDIDATES,
} from '../../engine/english/claims/learned/end-candidates';
import { endFeatures, MOST_END_FEATURES } from '../../engine/english/claims/learned/end-features';
import {
  MOST_START_CANDIDATES,
  startCandidates,
} from '../../engine/english/claims/learned/start-candidates';
import {
  MOST_START_FEATURES,
  startFeatures,
} from '../../engine/english/claims/learned/start-features';
import type { Cue } from '../../engine/english/cues/cue';
import type { TokenRange } from '../../engine/english/phrases';
import { keptDrafts } from '../../engine/english/read';
import { EnglishText } from '../../engine/english/text';
import type { Article } from '../eval/corpus';
import { matchOf, type PredictedAttribution, trim } from '../eval/measures';
import type { Ranking } from './rank-perceptron';

/** One article's choices of where claims start, and of where they end. */
export interface BoundRankings {
  starts: Ranking[];
  ends: Ranking[];
}

/** The token holding character c. */
function tokenAt(text: EnglishText, c: number): number {
  let low = 0;
  let high = text.count - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (text.end(middle) > c) high = middle;
    else low = middle + 1;
  }
  return low;
}

type Candidates = (text: EnglishText, cue: Cue, claim: TokenRange, out: Int32Array) => number;
type Features = (text: EnglishText, rule: number, k: number, out: Int32Array) => number;

const candidates = new Int32Array(Math.max(MOST_START_CANDIDATES, MOST_END_CANDIDATES));
const buffer = new Int32Array(Math.max(MOST_START_FEATURES, MOST_END_FEATURES));

/** The choice among a claim's places, or null when there is none or the annotated one is not among them. */
function ranking(
  text: EnglishText,
  cue: Cue,
  claim: TokenRange,
  gold: number,
  places: Candidates,
  features: Features,
): Ranking | null {
  const n = places(text, cue, claim, candidates);
  const right = candidates.subarray(0, n).indexOf(gold);
  if (n < 2 || right < 0) return null;
  const rule = candidates[0] as number;
  const out: Int32Array[] = [];
  for (let c = 0; c < n; c++) {
    const count = features(text, rule, candidates[c] as number, buffer);
    out.push(buffer.slice(0, count));
  }
  return { candidates: out, right };
}

/**
 * One article's examples: each annotated claim matched to a draft as the eval matches them, the
 * drafts read with beliefs or without.
 */
export function boundRankings(article: Article, beliefs: boolean): BoundRankings {
  const text = new EnglishText(article.text);
  const drafts = keptDrafts(text, { beliefs });
  const predicted = drafts.map(
    (d): PredictedAttribution => ({
      cue: [[text.start(d.cue.first), text.end(d.cue.last)] as const],
      source: null,
      content: null,
    }),
  );
  const out: BoundRankings = { starts: [], ends: [] };
  for (const gold of article.gold) {
    if (!gold.content) continue;
    const match = matchOf(gold, predicted);
    const draft = match ? drafts[predicted.indexOf(match)] : undefined;
    const claim = draft?.content;
    if (!draft || !claim) continue;
    const pieces = trim(article.text, gold.content);
    const goldFirst = tokenAt(text, pieces[0]?.[0] ?? 0);
    const goldLast = tokenAt(text, (pieces[pieces.length - 1]?.[1] ?? 1) - 1);
    const start = ranking(text, draft.cue, claim, goldFirst, startCandidates, (t, rule, k, o) =>
      startFeatures(t, draft.cue, rule, k, o),
    );
    if (start) out.starts.push(start);
    const end = ranking(text, draft.cue, claim, goldLast, endCandidates, (t, rule, k, o) =>
      endFeatures(t, draft.cue, claim, rule, k, o),
    );
    if (end) out.ends.push(end);
  }
  return out;
}
