import type { Counts } from './score';

/** The page measures as ratios; null where nothing was there to measure. */
export interface PageMeasures {
  articleFound: number;
  precision: number | null;
  recall: number | null;
  source: number | null;
  name: number | null;
  kind: number | null;
  claim: number | null;
  negatives: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function measuresOf(c: Counts): PageMeasures {
  return {
    articleFound: c.articlesFound,
    precision: ratio(c.predictionsMatched, c.predictions),
    recall: ratio(c.requiredMatched, c.required),
    source: ratio(c.sourceCorrect, c.requiredMatched),
    name: ratio(c.nameCorrect, c.requiredMatched),
    kind: ratio(c.kindCorrect, c.requiredMatched),
    claim: ratio(c.claimCovered, c.requiredMatched),
    negatives: c.negatives,
  };
}

/** The floors `--floors` holds the English pages to, as the issue sets them. */
export const ENGLISH_FLOORS = {
  precision: 0.93,
  recall: 0.92,
  name: 0.92,
  kind: 0.93,
  claim: 0.95,
} as const;

/** Each floor the counts miss, in a reader's words; empty when all hold. */
export function belowFloors(c: Counts): string[] {
  const m = measuresOf(c);
  const misses: string[] = [];
  for (const [measure, floor] of Object.entries(ENGLISH_FLOORS) as Array<
    [keyof typeof ENGLISH_FLOORS, number]
  >) {
    const value = m[measure];
    if (value !== null && value < floor) misses.push(`${measure} ${value.toFixed(3)} < ${floor}`);
  }
  if (c.negatives > 0) misses.push(`${c.negatives} negatives reported (must be 0)`);
  if (c.articlesFound < c.pages)
    misses.push(`article found on ${c.articlesFound} of ${c.pages} pages`);
  return misses;
}
