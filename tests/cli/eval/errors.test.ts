import { describe, expect, it } from 'vitest';
import type { GoldAttribution } from '../../../src/cli/eval/brat';
import { describeErrors } from '../../../src/cli/eval/errors';

const TEXT = 'The mayor said the pier will close. Residents fear that rents will rise.';
const at = (words: string): [number, number] => {
  const start = TEXT.indexOf(words);
  return [start, start + words.length];
};
const REPORT: GoldAttribution = {
  cue: [at('said')],
  source: [at('The mayor')],
  content: [at('the pier will close')],
};
const BELIEF: GoldAttribution = {
  cue: [at('fear')],
  source: [at('Residents')],
  content: [at('that rents will rise')],
};

describe('the error listing', () => {
  it('lists a missed belief apart from a missed report cue', () => {
    const lines = describeErrors({
      name: 'pier',
      text: TEXT,
      gold: [REPORT, BELIEF],
      inReportSubset: [true, false],
      predicted: [],
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^MISSED\tpier\t.*⟦said⟧/);
    expect(lines[1]).toMatch(/^MISSED BELIEF\tpier\t.*⟦fear⟧/);
  });

  it('lists a cue found but drawn unlike the gold, beliefs included', () => {
    const lines = describeErrors({
      name: 'pier',
      text: TEXT,
      gold: [REPORT, { ...BELIEF, cue: [at('Residents fear')] }],
      inReportSubset: [true, false],
      predicted: [
        { cue: [at('said')], source: [at('The mayor')], content: [at('the pier will close')] },
        { cue: [at('fear')], source: null, content: null },
      ],
    });
    expect(lines).toEqual([
      'CUE\tpier\t…The mayor said the pier will close. ⟦Residents fear⟧ that rents will rise.…: predicted "fear"',
    ]);
  });

  it('checks the source of a found report cue but not of a found belief', () => {
    const lines = describeErrors({
      name: 'pier',
      text: TEXT,
      gold: [REPORT, BELIEF],
      inReportSubset: [true, false],
      predicted: [
        { cue: [at('said')], source: [at('mayor')], content: [at('the pier will close')] },
        { cue: [at('fear')], source: null, content: null },
      ],
    });
    expect(lines).toEqual(['SOURCE\tpier\tcue "said": gold "The mayor", predicted "mayor"']);
  });
});
