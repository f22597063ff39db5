import { describe, expect, it } from 'vitest';
import { extractInPieces, pieceEnd } from '../../src/cli/extract-in-pieces';
import { extract } from '../../src/engine';

describe('extractInPieces', () => {
  const paragraph =
    'The vote was postponed, according to the Coastal Gazette. Mayor Elena Ruiz said the council needed time 🚢. The operator reportedly asked for more.';
  const text = Array.from({ length: 40 }, () => paragraph).join('\n\n');

  it('is exactly extract for a text that fits in one piece', () => {
    expect(extractInPieces(text)).toEqual(extract(text));
  });

  it('finds the same cues, at offsets into the whole text, when a long text is read in pieces', () => {
    const pieces = extractInPieces(text, {}, 1000);
    expect(pieces.map((a) => a.cue)).toEqual(extract(text).map((a) => a.cue));
    for (const a of pieces) {
      for (const span of [a.cue, a.source, a.content]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});

describe('pieceEnd', () => {
  it('ends a piece after a blank line, else a line end, else a space', () => {
    expect(pieceEnd('one\n\ntwo\nthree four', 0, 12)).toBe(5);
    expect(pieceEnd('one two\nthree four', 0, 12)).toBe(8);
    expect(pieceEnd('one two three', 0, 10)).toBe(8);
  });

  it('cuts a text without spaces anywhere but inside a character', () => {
    expect(pieceEnd('abcdefgh', 0, 4)).toBe(4);
    expect(pieceEnd('abc🚢defg', 0, 4)).toBe(3);
  });
});
