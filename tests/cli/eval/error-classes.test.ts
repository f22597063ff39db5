import { describe, expect, it } from 'vitest';
import type { GoldAttribution } from '../../../src/cli/eval/brat';
import {
  addErrors,
  classify,
  emptyErrorTable,
  formatErrorTable,
} from '../../../src/cli/eval/error-classes';

const TEXT = 'The mayor said on Friday that the pier will close.';
const at = (words: string): [number, number] => {
  const start = TEXT.indexOf(words);
  return [start, start + words.length];
};

describe('errors by class', () => {
  it('names where a span is off against the gold, after trimming punctuation', () => {
    const gold = [at('that the pier will close')];
    expect(classify(TEXT, gold, [at('that the pier will close.')])).toBe('exact');
    expect(classify(TEXT, gold, [at('on Friday that the pier will close')])).toBe(
      'starts too early',
    );
    expect(classify(TEXT, gold, [at('the pier will close')])).toBe('starts too late');
    expect(classify(TEXT, gold, [at('that the pier')])).toBe('ends too early');
    expect(classify(TEXT, [at('that the pier')], gold)).toBe('ends too late');
    expect(classify(TEXT, gold, [at('that the'), at('pier will close')])).toBe('pieces differ');
    expect(classify(TEXT, gold, null)).toBe('missing');
    expect(classify(TEXT, null, gold)).toBe('extra');
  });

  it('counts missed cues apart from matched ones, report cues apart from beliefs', () => {
    const gold: GoldAttribution[] = [
      { cue: [at('said')], source: [at('The mayor')], content: [at('that the pier will close')] },
      { cue: [at('will close')], source: null, content: null },
    ];
    const table = emptyErrorTable();
    addErrors(table, {
      name: 'pier',
      text: TEXT,
      gold,
      inReportSubset: [true, false],
      predicted: [
        { cue: [at('said')], source: [at('mayor')], content: [at('that the pier will close')] },
        { cue: [at('Friday')], source: null, content: null },
      ],
    });
    expect(table.roles.source['starts too late']).toBe(1);
    expect(table.roles.content.exact).toBe(1);
    expect(table.missedOtherCues).toBe(1);
    expect(table.missedReportCues).toBe(0);
    expect(table.falseCues).toBe(1);
    expect(formatErrorTable('dev', table)).toContain(
      '1 other cues (beliefs, intentions, stances) missed',
    );
  });
});
