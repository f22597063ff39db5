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

/** The floors `--floors` holds a language's pages to, as the issues set them. */
export type Floors = Partial<Record<'precision' | 'recall' | 'name' | 'kind' | 'claim', number>>;

/** English, the engine's first language, as the issue "Who says so" sets them. */
export const ENGLISH_FLOORS: Floors = {
  precision: 0.93,
  recall: 0.92,
  name: 0.92,
  kind: 0.93,
  claim: 0.95,
};

/** Every other language the engine reads, as the issue "Four more languages" sets them. */
export const PACK_FLOORS: Floors = {
  precision: 0.85,
  recall: 0.8,
  name: 0.85,
  kind: 0.85,
};

/** The floors of a language's pages. */
export function floorsOf(lang: string): Floors {
  return lang === 'en' ? ENGLISH_FLOORS : PACK_FLOORS;
}

/** Each floor the counts miss, in a reader's words; empty when all hold. */
export function belowFloors(c: Counts, floors: Floors = ENGLISH_FLOORS): string[] {
  const m = measuresOf(c);
  const misses: string[] = [];
  for (const [measure, floor] of Object.entries(floors) as Array<[keyof Floors, number]>) {
    const value = m[measure];
    if (value !== null && value < floor) misses.push(`${measure} ${value.toFixed(3)} < ${floor}`);
  }
  if (c.negatives > 0) misses.push(`${c.negatives} negatives reported (must be 0)`);
  if (c.articlesFound < c.pages)
    misses.push(`article found on ${c.articlesFound} of ${c.pages} pages`);
  return misses;
}
