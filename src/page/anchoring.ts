/** Anchoring: offsets into a text read from the page ↔ DOM Ranges over the page's own Text nodes. */
import type { TextPiece } from './block-text';

/** Blocks joined into one text: where each block starts in it, and each block's pieces (offsets relative to the block). */
export interface AnchoredText {
  starts: readonly number[];
  blocks: readonly { pieces: readonly TextPiece[] }[];
}

/** The DOM Range covering text offsets [start, end); null when the text no longer maps to the page. */
export function rangeFor(text: AnchoredText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = locate(text, start, false);
  const to = locate(text, end, true);
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
function locate(text: AnchoredText, at: number, atEnd: boolean) {
  const block = lastStartBefore(text.starts, at, atEnd);
  const pieces = text.blocks[block]?.pieces ?? [];
  const within = at - (text.starts[block] ?? 0);
  const index = lastPieceBefore(pieces, within, atEnd);
  const piece = pieces[index];
  if (!piece) return null;
  if (!atEnd && within >= piece.start + piece.length) {
    // Past this piece: the next one starts the range, in this block or the next.
    const next = pieces[index + 1] ?? text.blocks[block + 1]?.pieces[0];
    return next ? { node: next.node, offset: next.nodeStart } : null;
  }
  const offset = Math.max(0, Math.min(within - piece.start, piece.length));
  return { node: piece.node, offset: piece.nodeStart + offset };
}

/** Index of the last start before `at` (an end) or at or before it (a start); 0 when none is. */
function lastStartBefore(starts: readonly number[], at: number, atEnd: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid] as number;
    if (atEnd ? start < at : start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The same over a block's pieces; a second function, so that each search stays monomorphic. */
function lastPieceBefore(pieces: readonly TextPiece[], at: number, atEnd: boolean): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = (pieces[mid] as TextPiece).start;
    if (atEnd ? start < at : start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
