import { describe, expect, it } from 'vitest';
import { languageLines } from '../../../src/cli/bench/language-report';
import { repeatFor, WORDS_PER_RUN } from '../../../src/cli/bench/language-speed';
import { summarize } from '../../../src/cli/bench/measure';

const rates = (rate: number) => ({
  wall: summarize([rate * 0.5]),
  cpu: summarize([rate * 0.9, rate, rate * 1.1]),
});

describe('the per-language speed table', () => {
  it('prints each language’s engine and baseline rates, their ratio and the 1.5 million floor', () => {
    const lines = languageLines({
      speeds: [
        {
          language: 'de',
          corpus: 'German quotation corpus',
          words: 184_870,
          repeat: 2,
          engine: rates(3_000_000),
          regex: rates(30_000_000),
        },
        {
          language: 'fr',
          corpus: 'pages lemonde-1.html, radio-canada.html',
          words: 2_000,
          repeat: 150,
          engine: rates(1_000_000),
          regex: rates(20_000_000),
        },
      ],
      skipped: ['pt: skipped its pages'],
    }).join('\n');
    expect(lines).toMatch(
      /de +German quotation corpus +184,870 ×2 +3,000,000 +30,000,000 +0\.10× +yes/,
    );
    expect(lines).toMatch(/fr +pages lemonde-1\.html, radio-canada\.html +2,000 ×150 .* NO/);
    expect(lines).toContain('  pt: skipped its pages');
  });
});

describe('how often a small corpus is read per run', () => {
  it('reads a small corpus enough times to reach the words of one run, a large one once', () => {
    expect(repeatFor(2_000) * 2_000).toBeGreaterThanOrEqual(WORDS_PER_RUN);
    expect(repeatFor(WORDS_PER_RUN * 2)).toBe(1);
    expect(repeatFor(0)).toBe(0);
  });
});
