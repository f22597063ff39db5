/** Anchoring: offsets into a text read from the page ↔ DOM Ranges over the page's own Text nodes. */
import type { TextPiece } from './block-text';

/** The DOM Range covering text offsets [start, end); null when the text no longer maps to the page. */
export function rangeFor(
  text: { pieces: readonly TextPiece[] },
  start: number,
  end: number,
): Range | null {
  if (end <= start) return null;
  const from = locate(text.pieces, start, false);
  const to = locate(text.pieces, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    // The node was shortened since it was read: the words are gone, so is the range.
    return null;
  }
  return range.collapsed ? null : range;
}

/**
 * The Text node and offset of a text offset. Offsets between pieces (a block break, a collapsed
 * space) snap forward to the next piece for a start, back to the previous piece for an end.
 */
function locate(pieces: readonly TextPiece[], at: number, atEnd: boolean) {
  let low = 0;
  let high = pieces.length - 1;
  // The last piece that starts before `at` (for an end) or at or before it (for a start).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const piece = pieces[mid] as TextPiece;
    if (atEnd ? piece.start < at : piece.start <= at) low = mid;
    else high = mid - 1;
  }
  let piece = pieces[low];
  if (!piece) return null;
  if (!atEnd && at >= piece.start + piece.length) {
    piece = pieces[low + 1];
    if (!piece) return null;
    return { node: piece.node, offset: piece.nodeStart };
  }
  const within = Math.max(0, Math.min(at - piece.start, piece.length));
  return { node: piece.node, offset: piece.nodeStart + within };
}
