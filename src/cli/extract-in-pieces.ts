import { type Attribution, type ExtractOptions, extract, type Span } from '../engine';

/** The longest text handed to the engine at once; every real article fits in one piece. */
export const PIECE_LENGTH = 1 << 20;

/**
 * `extract` over a text of any size: one call for an article, and for a huge input (a corpus in
 * one file) one call per piece ending at a paragraph break, so the engine's working memory stays
 * bounded. Offsets stay offsets into the whole text.
 */
export function extractInPieces(
  text: string,
  options?: ExtractOptions,
  pieceLength = PIECE_LENGTH,
): Attribution[] {
  if (text.length <= pieceLength) return extract(text, options);
  const found: Attribution[] = [];
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start, pieceLength);
    for (const attribution of extract(text.slice(start, end), options)) {
      found.push(shifted(attribution, start));
    }
    start = end;
  }
  return found;
}

/** Where a piece from `start` ends: after a blank line, else a line end, else a space, else anywhere whole. */
export function pieceEnd(text: string, start: number, pieceLength: number): number {
  const limit = start + pieceLength;
  if (limit >= text.length) return text.length;
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, limit - separator.length);
    if (at >= start) return at + separator.length;
  }
  // Never split a surrogate pair: both halves belong to one character.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function shifted(attribution: Attribution, by: number): Attribution {
  const move = (span: Span | null): Span | null =>
    span && { start: span.start + by, end: span.end + by, text: span.text };
  return {
    ...attribution,
    cue: {
      start: attribution.cue.start + by,
      end: attribution.cue.end + by,
      text: attribution.cue.text,
    },
    source: move(attribution.source),
    content: move(attribution.content),
  };
}
