import type { Attribution, SourceKind } from '../engine/types';

/** The claims that rest on one source, as the popup lists them. */
export interface SourceGroup {
  /** Stable across renders: the same source gets the same key. */
  key: string;
  /** The name a reader sees; null for the claims with no source. */
  name: string | null;
  kind: SourceKind;
  /** False when the name is a reference ("he", "the agency") the engine could not tie to a name. */
  resolved: boolean;
  /** Indices into the report's attributions, in page order. */
  claims: number[];
}

/** The name a claim is listed under: the engine's name, else the source as written. */
function listedName(attribution: Attribution): string | null {
  if (attribution.kind === 'none') return null;
  return attribution.name?.trim() || attribution.source?.text.trim() || null;
}

function groupKey(attribution: Attribution): string {
  const name = listedName(attribution);
  if (name === null) return attribution.kind === 'none' ? 'none' : `kind:${attribution.kind}`;
  // "Reuters" and "reuters" are one source; an unresolved "he" is not the resolved one.
  return `${name.normalize('NFC').toLowerCase()}${attribution.resolved ? '' : '\u0000?'}`;
}

/** The kind most of a group's claims give its source; the first seen wins a tie. */
function commonKind(attributions: readonly Attribution[], claims: number[]): SourceKind {
  const counts = new Map<SourceKind, number>();
  let best: SourceKind = attributions[claims[0] ?? 0]?.kind ?? 'none';
  for (const index of claims) {
    const kind = attributions[index]?.kind ?? 'none';
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    if (count > (counts.get(best) ?? 0)) best = kind;
  }
  return best;
}

/**
 * Claims grouped by the source they rest on, most-cited first (ties: the one the page cites
 * first), and the claims with no source last in a group of their own.
 */
export function groupBySource(
  attributions: readonly Attribution[],
  indices: Iterable<number> = attributions.keys(),
): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const index of indices) {
    const attribution = attributions[index];
    if (!attribution) continue;
    const key = groupKey(attribution);
    const group = groups.get(key);
    if (group) group.claims.push(index);
    else {
      groups.set(key, {
        key,
        name: listedName(attribution),
        kind: attribution.kind,
        resolved: attribution.resolved,
        claims: [index],
      });
    }
  }
  const list = [...groups.values()];
  for (const group of list) group.kind = commonKind(attributions, group.claims);
  return list.sort(
    (a, b) =>
      Number(a.key === 'none') - Number(b.key === 'none') ||
      b.claims.length - a.claims.length ||
      (a.claims[0] ?? 0) - (b.claims[0] ?? 0),
  );
}
