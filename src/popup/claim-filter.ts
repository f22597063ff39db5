import type { Attribution, SourceKind } from '../engine/types';

/** What the reader narrowed the list to: some kinds of source, and words to find. */
export interface ClaimFilter {
  kinds: ReadonlySet<SourceKind>;
  query: string;
}

/** Lower case without accents, so "Nicolas" finds "Nicolás". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable text of each claim: who, through whom, the cue and the claim itself. */
export function searchableText(attributions: readonly Attribution[]): string[] {
  return attributions.map((a) =>
    foldForSearch(
      [a.name, a.source?.text, a.via, a.citedBy, a.cue.text, a.content?.text]
        .filter(Boolean)
        .join('\n'),
    ),
  );
}

/** Indices of the claims that pass the filter: a kind that is shown, and every word of the query. */
export function matchingClaims(
  attributions: readonly Attribution[],
  searchable: readonly string[],
  filter: ClaimFilter,
): number[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  const matches: number[] = [];
  attributions.forEach((attribution, index) => {
    if (!filter.kinds.has(attribution.kind)) return;
    const text = searchable[index] ?? '';
    if (words.every((word) => text.includes(word))) matches.push(index);
  });
  return matches;
}
