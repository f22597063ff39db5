import { describe, expect, it } from 'vitest';
import { countCueWords, cueWordRows } from '../../../../src/cli/eval/german-quotes/cue-words';

const article = (text: string, cues: [number, number][][]) => ({
  name: 'tiny',
  text,
  quotations: cues.map((cue) => ({ quote: [], cue, speaker: [], frame: [] })),
});

describe('the corpus cue words', () => {
  it('counts each cue lower-cased, a separable verb as its pieces joined', () => {
    const text = 'Sagte Ana. Bo sagte. Cy teilte es mit.';
    const counts = countCueWords([
      article(text, [
        [[0, 5]],
        [[14, 19]],
        [
          [24, 30],
          [34, 37],
        ],
        [],
      ]),
    ]);
    expect([...counts]).toEqual([
      ['sagte', 2],
      ['teilte mit', 1],
    ]);
  });

  it('lists the most frequent over all splits first, with each split’s count', () => {
    const rows = cueWordRows([
      {
        split: 'dev',
        counts: new Map([
          ['laut', 1],
          ['sagte', 2],
        ]),
      },
      { split: 'train', counts: new Map([['sagte', 5]]) },
    ]);
    expect(rows).toEqual([
      { cue: 'sagte', counts: [2, 5], total: 7 },
      { cue: 'laut', counts: [1, 0], total: 1 },
    ]);
  });
});
