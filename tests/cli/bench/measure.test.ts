import { describe, expect, it } from 'vitest';
import { summarize, wordsPerSecond } from '../../../src/cli/bench/measure';

describe('summarize', () => {
  it('gives the median, the extremes and the interquartile spread', () => {
    expect(summarize([5, 1, 3])).toEqual({
      runs: [5, 1, 3],
      median: 3,
      min: 1,
      max: 5,
      spread: 2 / 3,
    });
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
  });

  it('is not swayed by one run another process slowed down', () => {
    const steady = summarize([100, 101, 99, 100, 102, 98, 100, 3]);
    expect(steady.median).toBe(100);
    expect(steady.spread).toBeLessThan(0.05);
  });

  it('refuses to summarise no runs', () => {
    expect(() => summarize([])).toThrow('summarize needs at least one run');
  });
});

describe('wordsPerSecond', () => {
  it('warms up on the first tenth of the texts, then times every text in each run', () => {
    const texts = Array.from({ length: 20 }, (_, i) => `text ${i}`);
    const read: string[] = [];
    const summary = wordsPerSecond(texts, 40, (text) => read.push(text), { warmups: 2, runs: 3 });
    expect(summary.runs).toHaveLength(3);
    expect(read).toEqual([
      ...texts.slice(0, 2),
      ...texts.slice(0, 2),
      ...texts,
      ...texts,
      ...texts,
    ]);
  });
});
