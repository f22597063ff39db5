import type { Attribution, SourceKind } from '../engine/types';
import { NAMED_KINDS } from './kinds';
import type { SourceGroup } from './source-groups';

/** What the page rests on, in numbers: the popup's summary line and bar. */
export interface SourcingProfile {
  claims: number;
  /** Distinct sources, the "no source" group not counted. */
  sources: number;
  /** Sources of a named kind: person, organisation, media, document. */
  namedSources: number;
  /** Claims that rest on no source at all. */
  unsourced: number;
  /** Claims by the kind of source they rest on. */
  byKind: Record<SourceKind, number>;
}

export function sourcingProfile(
  attributions: readonly Attribution[],
  groups: readonly SourceGroup[],
): SourcingProfile {
  const byKind: Record<SourceKind, number> = {
    person: 0,
    organization: 0,
    media: 0,
    document: 0,
    unnamed: 0,
    none: 0,
  };
  for (const attribution of attributions) byKind[attribution.kind] += 1;
  const sourced = groups.filter((group) => group.name !== null);
  return {
    claims: attributions.length,
    sources: sourced.length,
    namedSources: sourced.filter((group) => NAMED_KINDS.has(group.kind)).length,
    unsourced: byKind.none,
    byKind,
  };
}
