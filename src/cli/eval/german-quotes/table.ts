import { align } from '../table';
import type { QuoteMeasures } from './measures';

/** The floors `--floors` holds each scored split to (issue 11). */
export const GERMAN_FLOORS = {
  cuePrecision: 0.85,
  cueRecall: 0.75,
  speakerOverlap: 0.8,
  quoteDice: 0.65,
} as const satisfies Partial<Record<keyof QuoteMeasures, number>>;

const LABELS: Record<keyof QuoteMeasures, string> = {
  cuePrecision: 'cue precision',
  cueRecall: 'cue recall',
  cueF1: 'cue F1',
  speakerOverlap: 'speaker overlap',
  quoteDice: 'quote Dice',
  quoteRecall: 'quote recall',
};

const f3 = (n: number): string => n.toFixed(3);

function floorOf(k: keyof QuoteMeasures): number | undefined {
  return (GERMAN_FLOORS as Partial<Record<keyof QuoteMeasures, number>>)[k];
}

/** The measures below their floor, named for a reader. */
export function belowGermanFloors(m: QuoteMeasures): string[] {
  return (Object.keys(GERMAN_FLOORS) as (keyof typeof GERMAN_FLOORS)[])
    .filter((k) => m[k] < GERMAN_FLOORS[k])
    .map((k) => `${LABELS[k]} ${f3(m[k])} < ${GERMAN_FLOORS[k]}`);
}

/** The measures of each split beside their floors. */
export function formatGermanTable(
  results: readonly { split: string; measures: QuoteMeasures }[],
): string {
  const rows: string[][] = [['measure', ...results.map((r) => r.split), 'floor']];
  for (const k of Object.keys(LABELS) as (keyof QuoteMeasures)[]) {
    const floor = floorOf(k);
    rows.push([
      LABELS[k],
      ...results.map((r) => f3(r.measures[k])),
      floor === undefined ? '' : `≥ ${floor}`,
    ]);
  }
  return align(rows);
}
