import type { Pieces } from '../brat';
import { dice, overlaps } from '../measures';
import type { Quotation } from './corpus';

/** What the engine predicted for one attribution, as pieces of the article text. */
export interface PredictedQuotation {
  /**
   * A hearsay hedge with no source ("soll ... gewusst haben", "angeblich"): an attribution, but no
   * quotation, so outside what the corpus annotates.
   */
  hearsay?: boolean;
  cue: Pieces;
  source: Pieces | null;
  claim: Pieces | null;
}

/** The counts every measure is computed from, summable over articles. */
export interface QuoteCounts {
  predictedCues: number;
  predictedCuesOnGold: number;
  cuedQuotations: number;
  cuedQuotationsFound: number;
  matchedWithSpeaker: number;
  speakerOverlap: number;
  matched: number;
  quoteDiceSum: number;
  quotations: number;
  quotationsOverlapped: number;
}

export interface QuoteMeasures {
  cuePrecision: number;
  cueRecall: number;
  cueF1: number;
  speakerOverlap: number;
  quoteDice: number;
  quoteRecall: number;
}

/** Whether every character of `inner` is inside `outer`. */
export function inside(inner: Pieces, outer: Pieces): boolean {
  return inner.every(([start, end]) => {
    for (let i = start; i < end; i++) {
      if (!outer.some(([s, e]) => s <= i && i < e)) return false;
    }
    return true;
  });
}

/** Whether a predicted cue is right: it overlaps a gold cue or lies inside a gold frame. */
export function cueIsRight(cue: Pieces, gold: readonly Quotation[]): boolean {
  return gold.some(
    (q) =>
      (q.cue.length > 0 && overlaps(cue, q.cue)) || (q.frame.length > 0 && inside(cue, q.frame)),
  );
}

/** The first predicted attribution whose cue overlaps the quotation's cue: the one scored against it. */
export function matchOfQuotation(
  quotation: Quotation,
  predicted: readonly PredictedQuotation[],
): PredictedQuotation | undefined {
  if (quotation.cue.length === 0) return undefined;
  return predicted.find((p) => overlaps(p.cue, quotation.cue));
}

export function emptyQuoteCounts(): QuoteCounts {
  return {
    predictedCues: 0,
    predictedCuesOnGold: 0,
    cuedQuotations: 0,
    cuedQuotationsFound: 0,
    matchedWithSpeaker: 0,
    speakerOverlap: 0,
    matched: 0,
    quoteDiceSum: 0,
    quotations: 0,
    quotationsOverlapped: 0,
  };
}

/** The counts of one article, exactly as the corpus's EVAL.md defines them. */
export function countQuotations(
  gold: readonly Quotation[],
  predicted: readonly PredictedQuotation[],
): QuoteCounts {
  const counts = emptyQuoteCounts();
  counts.predictedCues = predicted.length;
  counts.predictedCuesOnGold = predicted.filter((p) => cueIsRight(p.cue, gold)).length;
  for (const quotation of gold) {
    counts.quotations++;
    if (predicted.some((p) => p.claim && overlaps(p.claim, quotation.quote))) {
      counts.quotationsOverlapped++;
    }
    if (quotation.cue.length === 0) continue;
    counts.cuedQuotations++;
    const match = matchOfQuotation(quotation, predicted);
    if (!match) continue;
    counts.cuedQuotationsFound++;
    counts.matched++;
    if (match.claim) counts.quoteDiceSum += dice(match.claim, quotation.quote);
    if (quotation.speaker.length > 0) {
      counts.matchedWithSpeaker++;
      if (match.source && overlaps(match.source, quotation.speaker)) counts.speakerOverlap++;
    }
  }
  return counts;
}

export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  const sum = emptyQuoteCounts();
  for (const key of Object.keys(sum) as (keyof QuoteCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function quoteMeasuresOf(c: QuoteCounts): QuoteMeasures {
  const cuePrecision = ratio(c.predictedCuesOnGold, c.predictedCues);
  const cueRecall = ratio(c.cuedQuotationsFound, c.cuedQuotations);
  return {
    cuePrecision,
    cueRecall,
    cueF1: harmonic(cuePrecision, cueRecall),
    speakerOverlap: ratio(c.speakerOverlap, c.matchedWithSpeaker),
    quoteDice: ratio(c.quoteDiceSum, c.matched),
    quoteRecall: ratio(c.quotationsOverlapped, c.quotations),
  };
}
