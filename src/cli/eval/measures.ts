import type { GoldAttribution, Pieces } from './brat';

/** What the engine predicted for one attribution, as pieces like the gold. */
export interface PredictedAttribution {
  cue: Pieces;
  source: Pieces | null;
  content: Pieces | null;
}

/** One article: its text, its gold, which gold attributions are in the report subset, and the predictions. */
export interface ScoredArticle {
  name: string;
  text: string;
  gold: readonly GoldAttribution[];
  inReportSubset: readonly boolean[];
  predicted: readonly PredictedAttribution[];
}

/** Exact-span counts for one role: predictions that equal a gold span, and the totals. */
export interface ExactCounts {
  matched: number;
  predicted: number;
  gold: number;
}

/** The counts every measure is computed from, summable over articles. */
export interface Counts {
  predictedCues: number;
  predictedCuesOnGold: number;
  reportGold: number;
  reportGoldFound: number;
  withSource: number;
  sourceOverlap: number;
  sourceExact: number;
  withContent: number;
  contentDiceSum: number;
  exact: { source: ExactCounts; cue: ExactCounts; content: ExactCounts };
}

export interface Measures {
  cuePrecision: number;
  reportRecall: number;
  reportF1: number;
  sourceOverlap: number;
  sourceExact: number;
  contentDice: number;
  exactF1: { source: number; cue: number; content: number };
}

export function overlaps(a: Pieces, b: Pieces): boolean {
  for (const [as, ae] of a) for (const [bs, be] of b) if (as < be && bs < ae) return true;
  return false;
}

// Spaces, quotes and punctuation at either end do not count against an exact match.
const TRIMMED = /[\s\p{P}]/u;

/** A span's pieces with spaces, quotes and punctuation trimmed off each piece; a piece made only of them is kept whole. */
export function trim(text: string, pieces: Pieces): Pieces {
  return pieces.map(([start, end]) => {
    let s = start;
    let e = end;
    while (s < e && TRIMMED.test(text.charAt(s))) s++;
    while (e > s && TRIMMED.test(text.charAt(e - 1))) e--;
    return s < e ? ([s, e] as const) : ([start, end] as const);
  });
}

function key(text: string, pieces: Pieces): string {
  return trim(text, pieces)
    .map(([s, e]) => `${s}-${e}`)
    .join(',');
}

function characters(pieces: Pieces): Set<number> {
  const covered = new Set<number>();
  for (const [start, end] of pieces) for (let i = start; i < end; i++) covered.add(i);
  return covered;
}

/** Dice over the characters two spans cover. */
export function dice(predicted: Pieces, gold: Pieces): number {
  const p = characters(predicted);
  const g = characters(gold);
  let both = 0;
  for (const i of g) if (p.has(i)) both++;
  const total = p.size + g.size;
  return total === 0 ? 0 : (2 * both) / total;
}

/** Span-level exact matching of one role: each gold span is matched at most once. */
function exactCounts(
  text: string,
  gold: (Pieces | null)[],
  predicted: (Pieces | null)[],
): ExactCounts {
  const open = new Map<string, number>();
  let goldCount = 0;
  for (const g of gold) {
    if (!g) continue;
    goldCount++;
    const k = key(text, g);
    open.set(k, (open.get(k) ?? 0) + 1);
  }
  let matched = 0;
  let predictedCount = 0;
  for (const p of predicted) {
    if (!p) continue;
    predictedCount++;
    const k = key(text, p);
    const left = open.get(k) ?? 0;
    if (left > 0) {
      matched++;
      open.set(k, left - 1);
    }
  }
  return { matched, predicted: predictedCount, gold: goldCount };
}

export function emptyCounts(): Counts {
  const none = (): ExactCounts => ({ matched: 0, predicted: 0, gold: 0 });
  return {
    predictedCues: 0,
    predictedCuesOnGold: 0,
    reportGold: 0,
    reportGoldFound: 0,
    withSource: 0,
    sourceOverlap: 0,
    sourceExact: 0,
    withContent: 0,
    contentDiceSum: 0,
    exact: { source: none(), cue: none(), content: none() },
  };
}

/** The first predicted attribution whose cue overlaps a gold cue: the one that is scored against it. */
export function matchOf(
  gold: GoldAttribution,
  predicted: readonly PredictedAttribution[],
): PredictedAttribution | undefined {
  const cue = gold.cue;
  return cue ? predicted.find((p) => overlaps(p.cue, cue)) : undefined;
}

/** The counts of one article, exactly as EVAL.md defines them. */
export function countArticle(article: ScoredArticle): Counts {
  const { text, gold, predicted, inReportSubset } = article;
  const counts = emptyCounts();
  const goldCues = gold.flatMap((g) => (g.cue ? [g.cue] : []));
  counts.predictedCues = predicted.length;
  counts.predictedCuesOnGold = predicted.filter((p) =>
    goldCues.some((g) => overlaps(p.cue, g)),
  ).length;
  gold.forEach((g, i) => {
    if (!inReportSubset[i]) return;
    counts.reportGold++;
    const match = matchOf(g, predicted);
    if (!match) return;
    counts.reportGoldFound++;
    if (g.source) {
      counts.withSource++;
      if (match.source && overlaps(match.source, g.source)) counts.sourceOverlap++;
      if (match.source && key(text, match.source) === key(text, g.source)) counts.sourceExact++;
    }
    if (g.content) {
      counts.withContent++;
      if (match.content) counts.contentDiceSum += dice(match.content, g.content);
    }
  });
  counts.exact = {
    source: exactCounts(
      text,
      gold.map((g) => g.source),
      predicted.map((p) => p.source),
    ),
    cue: exactCounts(
      text,
      gold.map((g) => g.cue),
      predicted.map((p) => p.cue),
    ),
    content: exactCounts(
      text,
      gold.map((g) => g.content),
      predicted.map((p) => p.content),
    ),
  };
  return counts;
}

function addExact(a: ExactCounts, b: ExactCounts): ExactCounts {
  return {
    matched: a.matched + b.matched,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    predictedCues: a.predictedCues + b.predictedCues,
    predictedCuesOnGold: a.predictedCuesOnGold + b.predictedCuesOnGold,
    reportGold: a.reportGold + b.reportGold,
    reportGoldFound: a.reportGoldFound + b.reportGoldFound,
    withSource: a.withSource + b.withSource,
    sourceOverlap: a.sourceOverlap + b.sourceOverlap,
    sourceExact: a.sourceExact + b.sourceExact,
    withContent: a.withContent + b.withContent,
    contentDiceSum: a.contentDiceSum + b.contentDiceSum,
    exact: {
      source: addExact(a.exact.source, b.exact.source),
      cue: addExact(a.exact.cue, b.exact.cue),
      content: addExact(a.exact.content, b.exact.content),
    },
  };
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function exactF1(c: ExactCounts): number {
  return harmonic(ratio(c.matched, c.predicted), ratio(c.matched, c.gold));
}

export function measuresOf(c: Counts): Measures {
  const cuePrecision = ratio(c.predictedCuesOnGold, c.predictedCues);
  const reportRecall = ratio(c.reportGoldFound, c.reportGold);
  return {
    cuePrecision,
    reportRecall,
    reportF1: harmonic(cuePrecision, reportRecall),
    sourceOverlap: ratio(c.sourceOverlap, c.withSource),
    sourceExact: ratio(c.sourceExact, c.withSource),
    contentDice: ratio(c.contentDiceSum, c.withContent),
    exactF1: {
      source: exactF1(c.exact.source),
      cue: exactF1(c.exact.cue),
      content: exactF1(c.exact.content),
    },
  };
}
