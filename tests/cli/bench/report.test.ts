import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/cli/bench/measure';
import { type BenchReport, formatReport } from '../../../src/cli/bench/report';

function report(engineRate: number, growth: number | null, gzippedKb: number): BenchReport {
  const speed = (name: string, rate: number) => ({
    name,
    does: `${name} pass`,
    wordsPerSecond: summarize([rate * 0.9, rate, rate * 1.1]),
    engineRatio: engineRate / rate,
  });
  return {
    date: '2026-01-01T00:00:00.000Z',
    machine: 'Node v20, 2 × test CPU',
    corpus: {
      description: 'PolNeAR train, 840 articles',
      articles: 840,
      words: 624_643,
      characters: 3_829_058,
    },
    speed: [speed('engine', engineRate), speed('regex', 30_000_000), speed('compromise', 14_000)],
    target: { wordsPerSecond: 2_000_000, met: engineRate >= 2_000_000 },
    linearity: [
      {
        name: 'no spaces',
        quotes: 100,
        cueWords: 100,
        sizes: [1, 2, 4].map((mb) => ({
          mb,
          ms: growth === null && mb > 1 ? null : 100 * mb * (mb === 4 ? (growth ?? 1) : 1),
          runs: growth === null && mb > 1 ? 0 : 5,
          attributions: 10,
          stopped: growth === null && mb > 1,
        })),
        growth,
      },
    ],
    bundle: { minifiedKb: 3, gzippedKb, budgetKb: 60, within: gzippedKb <= 60 },
    memory: { inputMb: 3.7, retainedPerMb: 0.21, grownPerMb: 1.6 },
  };
}

describe('formatReport', () => {
  it('prints each method’s words per second beside the engine’s ratio over it, and the target met', () => {
    const text = formatReport(report(4_000_000, 1.05, 20));
    expect(text).toMatch(/engine +engine pass +3 +4,000,000/);
    expect(text).toMatch(/regex +regex pass +3 +30,000,000 .* 0\.13×/);
    expect(text).toMatch(/compromise +compromise pass +3 +14,000 .* 286×/);
    expect(text).toContain('Target ≥ 2,000,000 words/s: met: the engine reads 2.00× the target.');
    expect(text).toContain('1.05 flat');
    expect(text).toContain('20.0 KB gzipped: within the 60 KB budget');
    expect(text).toContain('0.21 MB of heap retained per MB of text');
  });

  it('says plainly when the target is missed, cost grows, a case was stopped or the budget is blown', () => {
    expect(formatReport(report(1_500_000, 3.9, 75))).toMatch(
      /NOT met: the engine reads 0\.75× the target[\s\S]*3\.90 GROWS[\s\S]*OVER the 60 KB budget/,
    );
    expect(formatReport(report(4_000_000, null, 20))).toMatch(
      /no spaces +100 \(100\) +stopped +stopped +superlinear \(stopped\)/,
    );
  });
});
