import { describe, expect, it } from 'vitest';
import type { Measures } from '../../../src/cli/eval/measures';
import { belowFloors, formatTable } from '../../../src/cli/eval/table';

const measures = (cuePrecision: number, contentDice: number): Measures => ({
  cuePrecision,
  reportRecall: 0.95,
  reportF1: 0.93,
  sourceOverlap: 0.95,
  sourceExact: 0.8,
  contentDice,
  exactF1: { source: 0.6, cue: 0.6, content: 0.4 },
});

describe('the eval table', () => {
  it('names each measure below its floor, and only those', () => {
    expect(belowFloors(measures(0.95, 0.8))).toEqual([]);
    expect(belowFloors(measures(0.9, 0.7))).toEqual([
      'cue precision 0.900 < 0.92',
      'content Dice 0.700 < 0.75',
    ]);
  });

  it('prints the exact-span F1 of each split beside the published figures', () => {
    const table = formatTable([{ split: 'dev', measures: measures(0.95, 0.8) }]);
    expect(table).toMatch(/Sourcelight engine\s+PolNeAR dev\s+0\.600\s+0\.600\s+0\.400/);
    expect(table).toMatch(
      /CofeNet, BERT-based \(COLING 2022\)\s+PolNeAR test\s+0\.832\s+0\.753\s+0\.729/,
    );
    expect(table).toMatch(/cue precision\s+0\.950\s+≥ 0\.92/);
  });
});
