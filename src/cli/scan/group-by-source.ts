import type { Attribution, SourceKind } from '../../engine';

/** The claims resting on one source, as the table shows them. */
export interface SourceGroup {
  /** The source's name, or null for the claims that rest on no source at all. */
  name: string | null;
  /** False when the name is a reference ("he") the engine could not tie to a name. */
  resolved: boolean;
  /** Every kind the source was given, the most frequent first. */
  kinds: SourceKind[];
  attributions: Attribution[];
}

/** Groups by source name, most-cited first (ties: first cited first), unsourced claims last. */
export function groupBySource(attributions: readonly Attribution[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const unsourced: SourceGroup = { name: null, resolved: true, kinds: [], attributions: [] };
  for (const attribution of attributions) {
    if (attribution.name === null || attribution.kind === 'none') {
      unsourced.attributions.push(attribution);
      continue;
    }
    const key = `${attribution.resolved ? 'named' : 'unresolved'}:${attribution.name}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        name: attribution.name,
        resolved: attribution.resolved,
        kinds: [],
        attributions: [],
      };
      groups.set(key, group);
    }
    group.attributions.push(attribution);
  }
  const named = [...groups.values()].sort((a, b) => b.attributions.length - a.attributions.length);
  for (const group of named) group.kinds = kindsByFrequency(group.attributions);
  return unsourced.attributions.length > 0 ? [...named, unsourced] : named;
}

function kindsByFrequency(attributions: readonly Attribution[]): SourceKind[] {
  const counts = new Map<SourceKind, number>();
  for (const { kind } of attributions) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}
