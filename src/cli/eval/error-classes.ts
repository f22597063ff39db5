import type { Pieces } from './brat';
import { matchOf, type ScoredArticle, trim } from './measures';

/** Why a role of a matched attribution is not an exact match, or how an attribution was missed. */
export type ErrorClass =
  | 'exact'
  | 'starts too early'
  | 'starts too late'
  | 'ends too late'
  | 'ends too early'
  | 'pieces differ'
  | 'missing'
  | 'extra';

export const ERROR_CLASSES: readonly ErrorClass[] = [
  'exact',
  'starts too early',
  'starts too late',
  'ends too late',
  'ends too early',
  'pieces differ',
  'missing',
  'extra',
];

type Role = 'source' | 'cue' | 'content';
const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** Counts of each error class per role, over matched attributions, and of the cues found or not. */
export interface ErrorTable {
  roles: Record<Role, Record<ErrorClass, number>>;
  missedReportCues: number;
  missedOtherCues: number;
  falseCues: number;
}

export function emptyErrorTable(): ErrorTable {
  const row = () =>
    Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0])) as Record<ErrorClass, number>;
  return {
    roles: { source: row(), cue: row(), content: row() },
    missedReportCues: 0,
    missedOtherCues: 0,
    falseCues: 0,
  };
}

/**
 * The class of one role: where a predicted span's trimmed ends fall against the gold's. A start
 * that is off is named before an end that is off; a span in more or fewer pieces than the gold
 * is "pieces differ" when its outer ends agree.
 */
export function classify(text: string, gold: Pieces | null, predicted: Pieces | null): ErrorClass {
  if (!gold) return predicted ? 'extra' : 'exact';
  if (!predicted) return 'missing';
  const g = trim(text, gold);
  const p = trim(text, predicted);
  const gStart = g[0]?.[0] ?? 0;
  const pStart = p[0]?.[0] ?? 0;
  const gEnd = g[g.length - 1]?.[1] ?? 0;
  const pEnd = p[p.length - 1]?.[1] ?? 0;
  if (pStart < gStart) return 'starts too early';
  if (pStart > gStart) return 'starts too late';
  if (pEnd > gEnd) return 'ends too late';
  if (pEnd < gEnd) return 'ends too early';
  const same = g.length === p.length && g.every(([s, e], k) => p[k]?.[0] === s && p[k]?.[1] === e);
  return same ? 'exact' : 'pieces differ';
}

/** Adds one article's errors to the table: every gold attribution, matched as the measures match. */
export function addErrors(table: ErrorTable, article: ScoredArticle): void {
  const { text, gold, predicted, inReportSubset } = article;
  const matched = new Set<unknown>();
  gold.forEach((g, k) => {
    const match = matchOf(g, predicted);
    if (!match) {
      if (inReportSubset[k]) table.missedReportCues++;
      else table.missedOtherCues++;
      return;
    }
    matched.add(match);
    for (const role of ROLES) table.roles[role][classify(text, g[role], match[role])]++;
  });
  table.falseCues += predicted.filter((p) => !matched.has(p)).length;
}

/** The table as printed by `eval`: one row per class, one column per role. */
export function formatErrorTable(split: string, table: ErrorTable): string {
  const width = Math.max(...ERROR_CLASSES.map((c) => c.length)) + 2;
  const header = `${`errors by class, ${split}`.padEnd(width + 8)}${ROLES.map((r) => r.padStart(9)).join('')}`;
  const rows = ERROR_CLASSES.map(
    (c) =>
      `  ${c.padEnd(width + 6)}${ROLES.map((r) => String(table.roles[r][c]).padStart(9)).join('')}`,
  );
  const cues = `  cues: ${table.missedReportCues} report cues missed, ${table.missedOtherCues} other cues (beliefs, intentions, stances) missed, ${table.falseCues} predicted with no gold attribution`;
  return [header, ...rows, cues].join('\n');
}
