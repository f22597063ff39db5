import { describe, expect, it } from 'vitest';
import type { Quotation } from '../../../../src/cli/eval/german-quotes/corpus';
import {
  countQuotations,
  inside,
  type PredictedQuotation,
  quoteMeasuresOf,
} from '../../../../src/cli/eval/german-quotes/measures';

// "Ana sagte, es regne. Laut Bo schneit es. Die Lage sei ernst."
//  0   4    9          21   26 29               42
const gold: Quotation[] = [
  // Ana sagte, es regne.
  { quote: [[11, 19]], cue: [[4, 9]], speaker: [[0, 3]], frame: [[0, 10]] },
  // Laut Bo schneit es.
  { quote: [[29, 39]], cue: [[21, 25]], speaker: [[26, 28]], frame: [[21, 28]] },
  // Die Lage sei ernst: reported speech with no cue.
  { quote: [[41, 59]], cue: [], speaker: [], frame: [] },
];

const score = (predicted: PredictedQuotation[]) =>
  quoteMeasuresOf(countQuotations(gold, predicted));

describe('the German corpus measures', () => {
  it('counts a cue right on a gold cue or inside a gold frame, wrong elsewhere', () => {
    const m = score([
      { cue: [[4, 9]], source: null, claim: null },
      // "Bo" lies inside the frame "Laut Bo" without touching its cue.
      { cue: [[26, 28]], source: null, claim: null },
      { cue: [[45, 48]], source: null, claim: null },
    ]);
    expect(m.cuePrecision).toBeCloseTo(2 / 3);
    // Only Ana's cue is overlapped: Bo's quotation is matched by no cue.
    expect(m.cueRecall).toBe(1 / 2);
    expect(m.cueF1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('a cue half out of a frame does not lie inside it', () => {
    expect(inside([[26, 30]], [[21, 28]])).toBe(false);
    expect(inside([[26, 28]], [[21, 28]])).toBe(true);
    expect(
      inside(
        [[5, 7]],
        [
          [0, 6],
          [6, 9],
        ],
      ),
    ).toBe(true);
  });

  it('scores the first prediction whose cue overlaps, speaker by overlap and quote by Dice', () => {
    const m = score([
      { cue: [[4, 9]], source: [[0, 2]], claim: [[11, 15]] },
      { cue: [[4, 9]], source: null, claim: [[11, 19]] },
      { cue: [[21, 25]], source: [[22, 24]], claim: null },
    ]);
    // Ana's source overlaps; "au" of "Laut" is not "Bo".
    expect(m.speakerOverlap).toBe(1 / 2);
    // 4 of 8 characters for Ana's quote, none for Bo's missing claim.
    expect(m.quoteDice).toBeCloseTo(((2 * 4) / 12 + 0) / 2);
  });

  it('recalls a quotation, cued or not, when any claim overlaps it', () => {
    const m = score([{ cue: [[45, 48]], source: null, claim: [[41, 50]] }]);
    expect(m.quoteRecall).toBe(1 / 3);
    expect(m.cueRecall).toBe(0);
  });

  it('scores nothing found as zero, not as a division by zero', () => {
    expect(score([])).toEqual({
      cuePrecision: 0,
      cueRecall: 0,
      cueF1: 0,
      speakerOverlap: 0,
      quoteDice: 0,
      quoteRecall: 0,
    });
  });
});
