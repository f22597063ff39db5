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
  it('warms every reader up on the first tenth, then times whole passes in turns', () => {
    const texts = Array.from({ length: 20 }, (_, i) => `text ${i}`);
    const read: string[] = [];
    const reader = (name: string, runs: number) => ({
      read: (text: string) => read.push(`${name}:${text}`),
      warmups: 1,
      runs,
    });
    const rates = wordsPerSecond(texts, 40, [reader('fast', 3), reader('slow', 1)]);
    expect(rates.map((r) => [r.wall.runs.length, r.cpu.runs.length])).toEqual([
      [3, 3],
      [1, 1],
    ]);
    const passes = (name: string, list: string[]) => list.map((text) => `${name}:${text}`);
    expect(read).toEqual([
      ...passes('fast', texts.slice(0, 2)),
      ...passes('slow', texts.slice(0, 2)),
      ...passes('fast', texts),
      ...passes('slow', texts),
      ...passes('fast', texts),
      ...passes('fast', texts),
    ]);
  });
});
