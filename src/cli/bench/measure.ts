/** A set of timed runs and what a reader compares: the median and how far runs strayed. */
export interface Summary {
  runs: number[];
  median: number;
  min: number;
  max: number;
  /**
   * Interquartile range over the median: 0.05 means the middle half of the runs stayed within 5%.
   * Robust to the odd run another process slowed down on a shared machine.
   */
  spread: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize needs at least one run');
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const spread = median > 0 ? (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / median : 0;
  return {
    runs: [...values],
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    spread,
  };
}

/** The q-quantile of sorted values, interpolating between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] as number;
  const above = sorted[Math.ceil(at)] as number;
  return below + (above - below) * (at - Math.floor(at));
}

/** Collects garbage between runs when Node was started with --expose-gc, so one run's garbage is not the next's cost. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Milliseconds for one call of `run` over every text. */
export function timeOnce(texts: readonly string[], run: (text: string) => unknown): number {
  const start = performance.now();
  for (const text of texts) run(text);
  return performance.now() - start;
}

/** Words per second of `run` over `texts`: warm-up passes over the first tenth, then `runs` timed passes. */
export function wordsPerSecond(
  texts: readonly string[],
  words: number,
  run: (text: string) => unknown,
  { warmups, runs }: { warmups: number; runs: number },
): Summary {
  const warmupTexts = texts.slice(0, Math.ceil(texts.length / 10));
  for (let i = 0; i < warmups; i++) timeOnce(warmupTexts, run);
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    rates.push((words / timeOnce(texts, run)) * 1000);
  }
  return summarize(rates);
}
