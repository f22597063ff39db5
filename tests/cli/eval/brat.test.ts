import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../../src/cli/eval/brat';

describe('parseBrat', () => {
  it('ties cue, source and content of each event, with discontinuous and second content pieces', () => {
    const ann = [
      'T1\tSource 0 3\tAna',
      'T2\tCue 4 8\tsaid',
      'T3\tContent 9 20;30 35\tit rained; wet',
      'T4\tAttribution 4 8\tsaid',
      'T5\tContent 40 45\tmore',
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5',
      '#1\tAnnotatorNotes T3\ta note',
      'T6\tCue 50 61\treportedly',
      'T7\tContent 62 70\tit fell',
      'T8\tAttribution-no-source 50 61\treportedly',
      'E2\tAttribution-no-source:T8 Cue:T6 Content:T7',
    ].join('\n');
    expect(parseBrat(ann)).toEqual([
      {
        cue: [[4, 8]],
        source: [[0, 3]],
        content: [
          [9, 20],
          [30, 35],
          [40, 45],
        ],
      },
      { cue: [[50, 61]], source: null, content: [[62, 70]] },
    ]);
  });

  it('reads the pieces of a span in text order, however the annotator wrote them', () => {
    const ann =
      'T1\tCue 0 4\tsaid\nT2\tContent 30 35;5 12\twet; it rained\nE1\tAttribution:T1 Cue:T1 Content:T2';
    expect(parseBrat(ann)).toEqual([
      {
        cue: [[0, 4]],
        source: null,
        content: [
          [5, 12],
          [30, 35],
        ],
      },
    ]);
  });

  it('skips continuation lines of span text that held a newline', () => {
    const ann =
      'T1\tCue 0 4\tsaid\nT2\tContent 5 12\tit\n\nrained\nE1\tAttribution:T1 Cue:T1 Content:T2\n';
    expect(parseBrat(ann)).toEqual([{ cue: [[0, 4]], source: null, content: [[5, 12]] }]);
  });

  it('names malformed offsets instead of scoring garbage', () => {
    expect(() => parseBrat('T1\tCue 9 4\tsaid')).toThrow(/malformed offsets "9 4"/);
  });
});
