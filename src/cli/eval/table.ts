import type { Measures } from './measures';

/** The reference points EVAL.md lists for exact-span F1 (source, cue, content). */
export const PUBLISHED: readonly {
  system: string;
  corpus: string;
  exact: readonly [number, number, number];
}[] = [
  {
    system: 'CofeNet, BERT-based (COLING 2022)',
    corpus: 'PolNeAR test',
    exact: [0.832, 0.753, 0.729],
  },
  { system: 'BERT-CRF (same paper)', corpus: 'PolNeAR test', exact: [0.822, 0.749, 0.71] },
  { system: 'rule baseline (same paper)', corpus: 'PolNeAR test', exact: [0.107, 0.228, 0.056] },
  { system: 'BBC Citron (2021 model)', corpus: 'PARC 3.0 test', exact: [0.82, 0.823, 0.593] },
];

/** The floors `--floors` enforces on a split. */
export const FLOORS = {
  cuePrecision: 0.92,
  reportRecall: 0.92,
  sourceOverlap: 0.9,
  sourceExact: 0.75,
  contentDice: 0.75,
} as const satisfies Partial<Record<keyof Measures, number>>;

const LABELS: Record<keyof typeof FLOORS | 'reportF1', string> = {
  cuePrecision: 'cue precision',
  reportRecall: 'report recall',
  reportF1: 'report F1',
  sourceOverlap: 'source overlap',
  sourceExact: 'source exact',
  contentDice: 'content Dice',
};

const f3 = (n: number): string => n.toFixed(3);

/** The measures below their floor, named for a reader. */
export function belowFloors(m: Measures): string[] {
  return (Object.keys(FLOORS) as (keyof typeof FLOORS)[])
    .filter((k) => m[k] < FLOORS[k])
    .map((k) => `${LABELS[k]} ${f3(m[k])} < ${FLOORS[k]}`);
}

/** The measures of each split, then the exact-span F1 beside the published figures. */
export function formatTable(results: readonly { split: string; measures: Measures }[]): string {
  const rows: string[][] = [['measure', ...results.map((r) => r.split), 'floor']];
  for (const k of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
    const floor = k === 'reportF1' ? '' : `≥ ${FLOORS[k]}`;
    rows.push([LABELS[k], ...results.map((r) => f3(r.measures[k])), floor]);
  }
  const exact: string[][] = [['exact-span F1', 'corpus', 'source', 'cue', 'content']];
  for (const r of results) {
    const e = r.measures.exactF1;
    exact.push([
      'Sourcelight engine',
      `PolNeAR ${r.split}`,
      f3(e.source),
      f3(e.cue),
      f3(e.content),
    ]);
  }
  for (const p of PUBLISHED) exact.push([p.system, p.corpus, ...p.exact.map(f3)]);
  return `${align(rows)}\n\n${align(exact)}`;
}

/** Rows as columns: the first left-aligned, the others right-aligned, two spaces between. */
export function align(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}
