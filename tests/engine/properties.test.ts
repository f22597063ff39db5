import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine';

/** Every span lies in the text and slices to its own text; cues come sorted; kinds agree with names. */
function wellFormed(text: string): void {
  const found = extract(text);
  let previous = -1;
  for (const a of found) {
    for (const span of [a.cue, a.source, a.content]) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(a.cue.start).toBeGreaterThanOrEqual(previous);
    previous = a.cue.start;
    expect(a.kind === 'none').toBe(a.name === null);
  }
  expect(extract(text)).toEqual(found);
}

const UNICODE_SPACES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

// Words and marks the engine reacts to, so that random texts reach every stage.
const PIECES = [
  'said',
  'says',
  'told',
  'according to',
  'reportedly',
  'it was reported that',
  'is said to',
  'citing',
  'per',
  'the',
  'a',
  'Mr.',
  'Sen.',
  'Reuters',
  'The Washington Post',
  'Ana Ruiz',
  'he',
  'she',
  'they',
  'documents',
  'show',
  'found',
  'that',
  ',',
  '.',
  ':',
  ';',
  '“',
  '”',
  '"',
  "''",
  '‘',
  '’',
  '(',
  ')',
  '—',
  '\n\n',
  ' ',
  'Analysts',
  'officials',
  'who',
  'which',
  '’s',
  '\uD800',
  '\uDC00',
  '😀',
  'é',
  'U.S.',
  '...',
  '?',
  '!',
];

describe('extract on any input', () => {
  it('never throws, stays in bounds, slices to its text, and is deterministic (random text)', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => wellFormed(text)),
      { numRuns: 300 },
    );
  });

  it('holds on texts built from the words and marks it reacts to', { timeout: 60_000 }, () => {
    const piece = fc.constantFrom(...PIECES);
    const space = fc.constantFrom(...UNICODE_SPACES, ' ', ' ', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, space), { maxLength: 120 }), (parts) =>
        wellFormed(parts.map(([p, s]) => p + s).join('')),
      ),
      { numRuns: 400 },
    );
  });

  it('holds on adversarial inputs: no spaces at all, unbalanced quotes, lone surrogates, every space', {
    timeout: 120_000,
  }, () => {
    wellFormed('x'.repeat(1_000_000));
    wellFormed('said'.repeat(250_000));
    wellFormed(`${'“'.repeat(5_000)} he said ${'"'.repeat(5_001)}${"''".repeat(3_000)}`);
    wellFormed('\uD800said\uDC00 “he\uDBFF said, \uDFFF'.repeat(2_000));
    wellFormed(UNICODE_SPACES.join('said').repeat(200));
    wellFormed(`Ana said${':'.repeat(10_000)} “${'a, '.repeat(20_000)}`);
    wellFormed('according to '.repeat(20_000));
  });

  it('reads text that is not a string as empty', () => {
    expect(extract(undefined as unknown as string)).toEqual([]);
    expect(extract(42 as unknown as string)).toEqual([]);
  });
});
