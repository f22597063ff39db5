import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../../src/cli/eval/brat';
import {
  countArticle,
  dice,
  measuresOf,
  type PredictedAttribution,
  trim,
} from '../../../src/cli/eval/measures';
import { reportSubset } from '../../../src/cli/eval/report-subset';

const inSubset = reportSubset({ word_pattern: 'sa(y|ys|id)|told|according|:', flags: 'i' });

// "Ana said it rained. Bo thinks it will snow. Cy told us: “Go.”"
const text = 'Ana said it rained. Bo thinks it will snow. Cy told us: “Go.”';
const ann = [
  'T1\tSource 0 3\tAna',
  'T2\tCue 4 8\tsaid',
  'T3\tContent 9 18\tit rained',
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  'T4\tSource 20 22\tBo',
  'T5\tCue 23 29\tthinks',
  'T6\tContent 30 42\tit will snow',
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  'T7\tSource 44 46\tCy',
  'T8\tCue 47 54\ttold us',
  'T9\tContent 56 61\t“Go.”',
  'E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9',
].join('\n');
const gold = parseBrat(ann);

function score(predicted: PredictedAttribution[]) {
  const article = {
    name: 'tiny',
    text,
    gold,
    inReportSubset: gold.map((g) => inSubset(text, g)),
    predicted,
  };
  return measuresOf(countArticle(article));
}

describe('the report subset', () => {
  it('takes cues with a whole word of the pattern and leaves beliefs out', () => {
    expect(gold.map((g) => inSubset(text, g))).toEqual([true, false, true]);
  });

  it('needs a whole word: "saying" is not "say", and "continued:" is not a colon alone', () => {
    const t = 'saying continued: :';
    expect(inSubset(t, { cue: [[0, 6]], source: null, content: null })).toBe(false);
    expect(inSubset(t, { cue: [[7, 17]], source: null, content: null })).toBe(false);
    expect(inSubset(t, { cue: [[18, 19]], source: null, content: null })).toBe(true);
  });
});

describe('the EVAL.md measures', () => {
  it('counts precision against every gold cue and recall against the report subset only', () => {
    const m = score([
      { cue: [[5, 7]], source: [[0, 3]], content: [[9, 18]] },
      { cue: [[23, 29]], source: null, content: null },
      { cue: [[12, 18]], source: null, content: null },
    ]);
    expect(m.cuePrecision).toBeCloseTo(2 / 3);
    expect(m.reportRecall).toBeCloseTo(1 / 2);
    expect(m.reportF1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('scores the first overlapping prediction, with overlap, trimmed exact source and Dice content', () => {
    const m = score([
      { cue: [[4, 8]], source: [[0, 4]], content: [[9, 14]] },
      { cue: [[4, 8]], source: [[0, 3]], content: [[9, 18]] },
      { cue: [[47, 51]], source: [[44, 47]], content: [[55, 61]] },
    ]);
    expect(m.sourceOverlap).toBe(1);
    // "Ana " trims to "Ana"; "Cy " trims to "Cy": both exact.
    expect(m.sourceExact).toBe(1);
    // 5 of 9 characters for the first, and " “Go.”" against "“Go.”" for the second.
    expect(m.contentDice).toBeCloseTo(((2 * 5) / 14 + (2 * 5) / 11) / 2);
  });

  it('gives a missing source and a missing content nothing', () => {
    const m = score([{ cue: [[4, 8]], source: null, content: null }]);
    expect(m.sourceOverlap).toBe(0);
    expect(m.sourceExact).toBe(0);
    expect(m.contentDice).toBe(0);
  });

  it('computes exact-span F1 for each role over all gold attributions', () => {
    const m = score([
      { cue: [[4, 8]], source: [[0, 3]], content: [[9, 19]] },
      { cue: [[23, 29]], source: [[20, 22]], content: [[30, 36]] },
    ]);
    expect(m.exactF1.cue).toBeCloseTo((2 * 1 * (2 / 3)) / (1 + 2 / 3));
    expect(m.exactF1.source).toBeCloseTo((2 * 1 * (2 / 3)) / (1 + 2 / 3));
    // "it rained." trims to "it rained"; "it wil" is not "it will snow".
    expect(m.exactF1.content).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
  });

  it('scores nothing rather than dividing by zero when nothing is predicted', () => {
    const m = score([]);
    expect(m.cuePrecision).toBe(0);
    expect(m.reportRecall).toBe(0);
    expect(m.exactF1.cue).toBe(0);
  });
});

describe('span helpers', () => {
  it('trims spaces, quotes and punctuation, but keeps a span made only of them', () => {
    const t = ' “Go,” : ';
    expect(trim(t, [[0, 7]])).toEqual([[2, 4]]);
    expect(trim(t, [[7, 8]])).toEqual([[7, 8]]);
  });

  it('computes Dice over covered characters, pieces included', () => {
    expect(
      dice(
        [[0, 10]],
        [
          [0, 4],
          [6, 10],
        ],
      ),
    ).toBeCloseTo((2 * 8) / 18);
    expect(dice([[0, 2]], [[5, 9]])).toBe(0);
  });
});
