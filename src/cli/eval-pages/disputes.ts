import { readFileSync } from 'node:fs';
import type { GoldAttribution } from '../check-seed/gold';
import { fold } from './fold';
import type { PageGold } from './page-gold';

/**
 * A gold entry we believe is wrong, with the reason; the gold itself stays as written. An entry
 * is found by page, cue and claim piece; the dispute either makes it optional (a careful reader
 * could argue either way) or corrects its name and kind. A disputed negative is dropped.
 */
export interface Dispute {
  page: string;
  reason: string;
  cue?: string;
  content_contains?: string;
  negative?: string;
  optional?: true;
  name?: string | null;
  kind?: GoldAttribution['kind'];
}

export function readDisputes(path: string): Dispute[] {
  const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`${path}: must be a list of disputes`);
  list.forEach((d: Partial<Dispute>, k) => {
    if (typeof d?.page !== 'string' || typeof d.reason !== 'string' || d.reason === '') {
      throw new Error(`${path}: dispute ${k + 1} needs a "page" and a "reason"`);
    }
    if (
      typeof d.negative !== 'string' &&
      (typeof d.cue !== 'string' || typeof d.content_contains !== 'string')
    ) {
      throw new Error(
        `${path}: dispute ${k + 1} names neither a negative nor a cue with its claim piece`,
      );
    }
  });
  return list as Dispute[];
}

const isEntry = (d: Dispute, a: GoldAttribution) =>
  fold(a.cue) === fold(d.cue ?? '') &&
  fold(a.content_contains ?? '') === fold(d.content_contains ?? '');

/** The gold as we believe it should read; a dispute that matches nothing is an error, so none goes stale. */
export function applyDisputes(gold: PageGold, disputes: readonly Dispute[]): PageGold {
  const mine = disputes.filter((d) => d.page === gold.page);
  for (const d of mine) {
    const hit =
      d.negative !== undefined
        ? gold.negatives.includes(d.negative)
        : gold.attributions.some((a) => isEntry(d, a));
    if (!hit)
      throw new Error(
        `gold dispute on ${d.page} matches no gold entry: ${d.negative ?? `${d.cue} / ${d.content_contains}`}`,
      );
  }
  return {
    ...gold,
    negatives: gold.negatives.filter((n) => !mine.some((d) => d.negative === n)),
    attributions: gold.attributions.map((a) => {
      const d = mine.find((dispute) => dispute.negative === undefined && isEntry(dispute, a));
      if (!d) return a;
      return {
        ...a,
        ...(d.optional ? { optional: true } : {}),
        ...(d.name !== undefined ? { name: d.name } : {}),
        ...(d.kind !== undefined ? { kind: d.kind } : {}),
      };
    }),
  };
}
