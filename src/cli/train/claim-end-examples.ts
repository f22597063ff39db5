/**
 * The claim-end model's training examples from PolNeAR: for each claim the rules find on an
 * annotated cue, the places it could end, and which of them is where the annotators end it.
 * Claims whose annotated end is none of those places teach nothing and are left out.
 */

import {
  endCandidates,
  MOST_END_CANDIDATES,
} from '../../engine/english/claims/learned/end-candidates';
import { endFeatures, MOST_END_FEATURES } from '../../engine/english/claims/learned/end-features';
import { keptDrafts } from '../../engine/english/read';
import { EnglishText } from '../../engine/english/text';
import type { Article } from '../eval/corpus';
import { matchOf, type PredictedAttribution, trim } from '../eval/measures';
import type { Ranking } from './rank-perceptron';

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

/** One article's examples: each annotated claim matched to a draft as the eval matches them. */
function articleRankings(article: Article): Ranking[] {
  const text = new EnglishText(article.text);
  const drafts = keptDrafts(text, { beliefs: true });
  const predicted = drafts.map(
    (d): PredictedAttribution => ({
      cue: [[text.start(d.cue.first), text.end(d.cue.last)] as const],
      source: null,
      content: null,
    }),
  );
  const candidates = new Int32Array(MOST_END_CANDIDATES);
  const buffer = new Int32Array(MOST_END_FEATURES);
  const rankings: Ranking[] = [];
  for (const gold of article.gold) {
    if (!gold.content) continue;
    const match = matchOf(gold, predicted);
    const draft = match ? drafts[predicted.indexOf(match)] : undefined;
    if (!draft?.content) continue;
    const pieces = trim(article.text, gold.content);
    const goldEnd = tokenAt(text, (pieces[pieces.length - 1]?.[1] ?? 1) - 1);
    const n = endCandidates(text, draft.cue, draft.content, candidates);
    const right = candidates.subarray(0, n).indexOf(goldEnd);
    if (n < 2 || right < 0) continue;
    const ruleLast = candidates[0] as number;
    const features: Int32Array[] = [];
    for (let c = 0; c < n; c++) {
      const count = endFeatures(
        text,
        draft.cue,
        draft.content,
        ruleLast,
        candidates[c] as number,
        buffer,
      );
      features.push(buffer.slice(0, count));
    }
    rankings.push({ candidates: features, right });
  }
  return rankings;
}

export function claimEndRankings(articles: readonly Article[]): Ranking[] {
  return articles.flatMap(articleRankings);
}
