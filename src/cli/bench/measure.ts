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

/** One timed pass: wall-clock time, and the CPU time the process spent, which other busy processes on a shared machine disturb far less. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Times `work`, after a full collection so earlier garbage is not its cost. */
export function timed(work: () => void): Timing {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (user + system) / 1000 };
}

/** A rate by wall clock and by CPU time. */
export interface Rates {
  wall: Summary;
  cpu: Summary;
}

/** Words per second of each reader over `texts`, measured in interleaved rounds. */
export function wordsPerSecond(
  texts: readonly string[],
  words: number,
  readers: ReadonlyArray<{ read: (text: string) => unknown; warmups: number; runs: number }>,
): Rates[] {
  const warmupTexts = texts.slice(0, Math.ceil(texts.length / 10));
  for (const { read, warmups } of readers) {
    for (let i = 0; i < warmups; i++) for (const text of warmupTexts) read(text);
  }
  // Round by round, each reader one pass: a busy spell on the machine falls on all of them alike.
  const timings: Timing[][] = readers.map(() => []);
  const rounds = Math.max(...readers.map((reader) => reader.runs));
  for (let round = 0; round < rounds; round++) {
    for (const [index, { read, runs }] of readers.entries()) {
      if (round >= runs) continue;
      timings[index]?.push(timed(() => texts.forEach(read)));
    }
  }
  const rate = (ms: number) => (words / ms) * 1000;
  return timings.map((passes) => ({
    wall: summarize(passes.map((pass) => rate(pass.wallMs))),
    cpu: summarize(passes.map((pass) => rate(pass.cpuMs))),
  }));
}
