import type { Attribution, Span } from '../../engine';
import type { Pieces } from './brat';

// Opening quote marks: where a claim broken by its attribution goes on.
const ENGLISH_OPENING = /[“‘"']/;

const inside = (inner: Span, outer: Span): boolean =>
  inner.start > outer.start && inner.end < outer.end;

/**
 * The claim as PolNeAR marks it: “A,” she said, “B.” is the two pieces A and B, so the
 * attribution inside a claim (its cue and source, and the setting up to the quote that resumes
 * it) is no part of what is claimed. `opening` is the quote marks a resumed claim starts with.
 */
export function claimPieces(
  text: string,
  a: Attribution,
  opening: RegExp = ENGLISH_OPENING,
): Pieces | null {
  const claim = a.content;
  if (!claim) return null;
  if (!inside(a.cue, claim)) return [[claim.start, claim.end]];
  const source = a.source && inside(a.source, claim) ? a.source : null;
  const cutStart = Math.min(a.cue.start, source?.start ?? a.cue.start);
  const attributionEnd = Math.max(a.cue.end, source?.end ?? a.cue.end);
  const resumes = text.slice(attributionEnd, claim.end).search(opening);
  const cutEnd = resumes > 0 ? attributionEnd + resumes : attributionEnd;
  return [
    [claim.start, cutStart],
    [cutEnd, claim.end],
  ];
}
