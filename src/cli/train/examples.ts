/**
 * The belief model's training examples from PolNeAR: every candidate word the report rules leave
 * alone, its features, and whether an annotated cue covers it; and, for each word, how far its
 * annotated cues reach around it ("plans to", "is expected to").
 */

import { beliefCue } from '../../engine/english/cues/belief-cues';
import { findCues } from '../../engine/english/cues/find-cues';
import { features, MOST_FEATURES } from '../../engine/english/cues/learned/features';
import { EnglishText } from '../../engine/english/text';
import { TokenType } from '../../engine/text/tokens';
import type { Article } from '../eval/corpus';
import type { Example } from './perceptron';

/** A training example, and whether the rules already read its word as a belief cue. */
export interface CandidateExample extends Example {
  byRule: boolean;
}

/** What the cues of one word looked like in train: its spans by how often each was annotated. */
export type SpanCounts = Map<string, Map<string, number>>;

/** Whether token k is a word the model is asked about, and not already a reporting cue. */
export type IsCandidate = (text: EnglishText, k: number) => boolean;

/** The annotated cues of an article, as one mark per character: 0 outside, else the cue's number. */
function cueCharacters(article: Article): Int32Array {
  const marks = new Int32Array(article.text.length);
  article.gold.forEach((gold, g) => {
    for (const [start, end] of gold.cue ?? []) marks.fill(g + 1, start, end);
  });
  return marks;
}

function covered(marks: Int32Array, text: EnglishText, k: number): number {
  for (let c = text.start(k); c < text.end(k); c++) if (marks[c]) return marks[c] as number;
  return 0;
}

/** Tokens inside a cue the report rules find: the model is asked only about the others. */
function reportTokens(text: EnglishText): Uint8Array {
  const inCue = new Uint8Array(text.count);
  for (const cue of findCues(text, false)) inCue.fill(1, cue.first, cue.last + 1);
  return inCue;
}

/** Every word outside quotes and report cues, with how often an annotated cue covers it. */
export function wordCounts(articles: readonly Article[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const article of articles) {
    const text = new EnglishText(article.text);
    const marks = cueCharacters(article);
    const inReport = reportTokens(text);
    for (let k = 0; k < text.count; k++) {
      if (text.type(k) !== TokenType.Word || inReport[k] || text.quoteOf(k) >= 0) continue;
      const w = text.word(k);
      const count = counts.get(w) ?? [0, 0];
      count[0]++;
      if (covered(marks, text, k)) count[1]++;
      counts.set(w, count);
    }
  }
  return counts;
}

/** The examples of some articles, and the spans of their annotated cues by word. */
export function examplesOf(
  articles: readonly Article[],
  isCandidate: IsCandidate,
): { examples: CandidateExample[]; spans: SpanCounts } {
  const examples: CandidateExample[] = [];
  const spans: SpanCounts = new Map();
  const buffer = new Int32Array(MOST_FEATURES);
  for (const article of articles) {
    const text = new EnglishText(article.text);
    const marks = cueCharacters(article);
    const inReport = reportTokens(text);
    for (let k = 0; k < text.count; k++) {
      if (inReport[k] || text.quoteOf(k) >= 0 || !isCandidate(text, k)) continue;
      const rule = beliefCue(text, k, text.sentenceFirst(k));
      const n = features(text, k, rule, buffer);
      const cue = covered(marks, text, k);
      examples.push({ features: buffer.slice(0, n), positive: cue > 0, byRule: rule !== null });
      if (cue) countSpan(spans, text, marks, k, cue);
    }
  }
  return { examples, spans };
}

/** Counts how many words before and after k the annotated cue covering k takes. */
function countSpan(
  spans: SpanCounts,
  text: EnglishText,
  marks: Int32Array,
  k: number,
  cue: number,
) {
  let first = k;
  while (first > 0 && covered(marks, text, first - 1) === cue) first--;
  let last = k;
  while (last + 1 < text.count && covered(marks, text, last + 1) === cue) last++;
  const w = text.word(k);
  const shape = `${k - first},${last - k}`;
  const byShape = spans.get(w) ?? new Map<string, number>();
  byShape.set(shape, (byShape.get(shape) ?? 0) + 1);
  spans.set(w, byShape);
}

/** Each word's commonest span, the first in sorted order on a tie. */
export function commonestSpans(spans: SpanCounts): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const w of [...spans.keys()].sort()) {
    const byShape = spans.get(w) as Map<string, number>;
    let best = '0,0';
    let most = 0;
    for (const shape of [...byShape.keys()].sort()) {
      const count = byShape.get(shape) as number;
      if (count > most) [best, most] = [shape, count];
    }
    if (best === '0,0') continue;
    out[w] = best.split(',').map(Number);
  }
  return out;
}
