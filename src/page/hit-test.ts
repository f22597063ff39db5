/**
 * Which painted attribution lies under a point: `highlightsFromPoint` where the browser has it,
 * else the text under the point narrows the search and range client rects decide.
 */
import type { Found } from './found';
import { PARTS } from './found';

export interface HitSource {
  /** Whether a highlight is one of ours. */
  owns(highlight: Highlight): boolean;
  foundOf(range: AbstractRange): Found | undefined;
  foundsNear(node: Node): readonly Found[];
  isShown(found: Found): boolean;
}

type HitResult = Highlight | { highlight: Highlight; ranges: AbstractRange[] };
type Registry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => HitResult[];
};

/** The most specific hit wins: a cue over a source over a claim. */
const rank = (found: Found, range: AbstractRange) =>
  found.ranges.cue === range ? 0 : found.ranges.source === range ? 1 : 2;

export function foundAtPoint(doc: Document, x: number, y: number, source: HitSource): Found | null {
  const registry = CSS.highlights as Registry;
  if (typeof registry.highlightsFromPoint === 'function') {
    let best: { found: Found; rank: number } | null = null;
    for (const hit of registry.highlightsFromPoint(x, y)) {
      const ranges = 'ranges' in hit ? hit.ranges : null;
      const highlight = 'ranges' in hit ? hit.highlight : hit;
      if (!source.owns(highlight)) continue;
      for (const range of ranges ?? rangesOf(highlight)) {
        const found = source.foundOf(range);
        if (!found || (!ranges && !containsPoint(range as Range, x, y))) continue;
        const score = rank(found, range);
        if (!best || score < best.rank) best = { found, rank: score };
      }
    }
    return best?.found ?? null;
  }
  return byRects(doc, x, y, source);
}

function byRects(doc: Document, x: number, y: number, source: HitSource): Found | null {
  const node = textNodeAt(doc, x, y);
  if (!node) return null;
  let best: { found: Found; rank: number } | null = null;
  for (const found of source.foundsNear(node)) {
    if (!source.isShown(found)) continue;
    for (const part of PARTS) {
      const range = found.ranges[part];
      if (!range || !containsPoint(range, x, y)) continue;
      const score = rank(found, range);
      if (!best || score < best.rank) best = { found, rank: score };
    }
  }
  return best?.found ?? null;
}

function textNodeAt(doc: Document, x: number, y: number): Node | null {
  const caret = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof caret.caretPositionFromPoint === 'function') {
    return caret.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  }
  return caret.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** forEach, not an iterator: Firefox cannot hand a page object's iterators to a content script. */
function rangesOf(highlight: Highlight): AbstractRange[] {
  const ranges: AbstractRange[] = [];
  highlight.forEach((range) => {
    ranges.push(range);
  });
  return ranges;
}
