import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/cli/bench/measure';
import { type BenchReport, formatReport } from '../../../src/cli/bench/report';

function report(engineRate: number, growth: number | null, gzippedKb: number): BenchReport {
  const speed = (name: string, rate: number) => ({
    name,
    does: `${name} pass`,
    wordsPerSecond: {
      wall: summarize([rate * 0.5, rate * 0.6, rate * 0.7]),
      cpu: summarize([rate * 0.9, rate, rate * 1.1]),
    },
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
    languages: { speeds: [], skipped: [] },
    target: {
      wordsPerSecond: 2_000_000,
      metByWall: engineRate * 0.6 >= 2_000_000,
      metByCpu: engineRate >= 2_000_000,
    },
    linearity: [
      {
        name: 'no spaces',
        quotes: 100,
        cueWords: 100,
        sizes: [1, 2, 4].map((mb) => {
          const cpuMs =
            growth === null && mb > 1 ? null : 100 * mb * (mb === 4 ? (growth ?? 1) : 1);
          return { mb, cpuMs, wallMs: cpuMs, runs: cpuMs === null ? 0 : 5, attributions: 10 };
        }),
        stopped: growth === null,
        growth,
      },
    ],
    bundle: {
      pageScript: { minifiedKb: 3, gzippedKb },
      engine: { minifiedKb: 250, gzippedKb: 90 },
      budgetKb: 60,
      within: gzippedKb <= 60,
    },
    memory: { inputMb: 3.7, retainedPerMb: 0.21, grownPerMb: 1.6 },
    deopts: {
      count: 14,
      reasons: [
        { reason: 'wrong map', count: 9 },
        { reason: 'not a Smi', count: 5 },
      ],
    },
  };
}

describe('formatReport', () => {
  it('prints each method’s words per second, wall and CPU, beside the engine’s ratio over it', () => {
    const text = formatReport(report(4_000_000, 1.05, 20));
    expect(text).toMatch(/engine +engine pass +3 +2,400,000 +\S+ +4,000,000 +\S+\n/);
    expect(text).toMatch(/regex +regex pass +3 +18,000,000 .* 30,000,000 +\S+ +0\.13×/);
    expect(text).toMatch(/compromise +compromise pass +3 +8,400 .* 14,000 +\S+ +286×/);
    expect(text).toContain(
      'Target ≥ 2,000,000 words/s: by CPU time met (2.00× the target); by wall clock met (1.20× the target).',
    );
    expect(text).toMatch(/no spaces +100 \(100\) +200 \(100\) +420 \(105\) +1\.05 flat/);
    expect(text).toContain('20.0 KB gzipped: within the 60 KB budget');
    expect(text).toContain('0.21 MB of heap retained per MB of text');
    expect(text).toContain(
      'Deoptimisations: 14 in one more pass over every corpus after warming up (9 wrong map, 5 not a Smi)',
    );
  });

  it('says plainly when the target is missed, cost grows, a case was stopped or the budget is blown', () => {
    expect(formatReport(report(3_000_000, 3.9, 75))).toMatch(
      /by CPU time met \(1\.50× the target\); by wall clock NOT met \(0\.90× the target\)[\s\S]*3\.90 GROWS[\s\S]*OVER the 60 KB budget/,
    );
    expect(formatReport(report(4_000_000, null, 20))).toMatch(
      /no spaces +100 \(100\) +– +– +stopped at the time limit/,
    );
  });
});
