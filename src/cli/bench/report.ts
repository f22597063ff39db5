import type { BundleSize, BundleSizes } from './bundle-size';
import type { Deopts } from './deopts';
import { type LanguagesResult, languageLines } from './language-report';
import { LINEARITY_RUNS, type LinearityResult, type SizeResult } from './linearity';
import type { Rates } from './measure';
import type { MemoryResult } from './memory';

export const TARGET_WORDS_PER_SECOND = 2_000_000;
/** Growth of ms per MB from 1 MB to 4 MB still read as flat on a busy shared machine; quadratic cost gives 4. */
export const FLAT_GROWTH = 2;

export interface SpeedResult {
  name: string;
  does: string;
  wordsPerSecond: Rates;
  /** The engine's median over this method's, by CPU time: above 1 when the engine is faster. */
  engineRatio: number;
}

/** Everything one `npm run bench` measured, as written to reports/. */
export interface BenchReport {
  date: string;
  machine: string;
  corpus: { description: string; articles: number; words: number; characters: number };
  speed: SpeedResult[];
  /** The engine told each language, on that language's corpus, beside the regular expression. */
  languages: LanguagesResult;
  /** The engine's target, judged on the median by wall clock and by CPU time. */
  target: { wordsPerSecond: number; metByWall: boolean; metByCpu: boolean };
  linearity: LinearityResult[];
  /** The content script judged against the budget; the engine, in the background, reported beside it. */
  bundle: BundleSizes & { budgetKb: number; within: boolean };
  memory: MemoryResult | null;
  /** How often V8 threw the warm engine's compiled code away: a deoptimisation loop shows here first. */
  deopts: Deopts;
}

export function formatReport(report: BenchReport): string {
  return [
    `Sourcelight engine benchmark, ${report.date}, ${report.machine}`,
    `Corpus: ${report.corpus.description}: ${thousands(report.corpus.words)} words, ${thousands(report.corpus.characters)} characters (a word is a run of non-space characters)`,
    '',
    ...speedLines(report),
    '',
    ...languageLines(report.languages),
    '',
    ...linearityLines(report.linearity),
    '',
    ...sizeAndMemoryLines(report),
    deoptLine(report.deopts),
    '',
  ].join('\n');
}

function speedLines({ speed, target }: BenchReport): string[] {
  const rows = speed.map((s) => [
    s.name,
    s.does,
    String(s.wordsPerSecond.wall.runs.length),
    thousands(s.wordsPerSecond.wall.median),
    percent(s.wordsPerSecond.wall.spread),
    thousands(s.wordsPerSecond.cpu.median),
    percent(s.wordsPerSecond.cpu.spread),
    s.name === 'engine' ? '' : ratio(s.engineRatio),
  ]);
  const engine = speed.find((s) => s.name === 'engine')?.wordsPerSecond;
  const verdict = (met: boolean, median: number) =>
    `${met ? 'met' : 'NOT met'} (${ratio(median / target.wordsPerSecond)} the target)`;
  return [
    'Speed, words per second: median of the runs by wall clock and by CPU time; spread = interquartile range / median',
    'The engine and every language are timed as the extension ships them, bundled and minified by Vite; "engine, source" is the same code as tsx runs it.',
    ...table(
      ['method', 'one pass', 'runs', 'wall', 'spread', 'CPU time', 'spread', 'engine ÷ this (CPU)'],
      rows,
      2,
    ),
    engine
      ? `Target ≥ ${thousands(target.wordsPerSecond)} words/s: by CPU time ${verdict(target.metByCpu, engine.cpu.median)}; by wall clock ${verdict(target.metByWall, engine.wall.median)}.`
      : 'Target: the engine was not measured.',
  ];
}

function linearityLines(linearity: readonly LinearityResult[]): string[] {
  const rows = linearity.map((result) => [
    result.name,
    ...result.sizes.map(sizeCell),
    growthCell(result),
  ]);
  return [
    `Linearity: extract on adversarial input, CPU ms (per MB); MB = 2^20 characters; median of up to ${LINEARITY_RUNS} runs, sizes taking turns`,
    ...table(
      ['input', ...(linearity[0]?.sizes ?? []).map((s) => `${s.mb} MB`), 'per-MB growth, 1 → 4 MB'],
      rows,
    ),
  ];
}

function sizeCell(size: SizeResult): string {
  if (size.cpuMs === null) return '–';
  return `${thousands(size.cpuMs)} (${thousands(size.cpuMs / size.mb)})`;
}

function growthCell(result: LinearityResult): string {
  if (result.stopped) return 'stopped at the time limit';
  if (result.growth === null) return '–';
  return `${result.growth.toFixed(2)} ${result.growth <= FLAT_GROWTH ? 'flat' : 'GROWS'}`;
}

const kb = (size: BundleSize) =>
  `${size.minifiedKb.toFixed(1)} KB minified, ${size.gzippedKb.toFixed(1)} KB gzipped`;

function sizeAndMemoryLines({ bundle, memory }: BenchReport): string[] {
  const memoryLine = memory
    ? `Memory: with every article's attributions kept, ${memory.retainedPerMb.toFixed(2)} MB of heap retained per MB of text (${memory.grownPerMb.toFixed(2)} MB/MB grown before collection), over ${memory.inputMb.toFixed(1)} MB`
    : 'Memory: not measured (run through `npm run bench`, which starts Node with --expose-gc)';
  return [
    `Size: the content script (page.js, parsed on every page) is ${kb(bundle.pageScript)}: ${bundle.within ? 'within' : 'OVER'} the ${bundle.budgetKb} KB budget (the engine runs in the background, not in it)`,
    `      the engine, five languages' lexicons included, runs in the background, started once per worker start: ${kb(bundle.engine)}`,
    memoryLine,
  ];
}

function deoptLine({ count, reasons }: Deopts): string {
  const commonest = reasons
    .slice(0, 3)
    .map(({ reason, count }) => `${thousands(count)} ${reason}`)
    .join(', ');
  return `Deoptimisations: ${thousands(count)} in one more pass over every corpus after warming up${commonest ? ` (${commonest})` : ''}; a warm engine has a few, a deoptimisation loop thousands`;
}

/** Names left-aligned in the first `left` columns, figures right-aligned, two spaces between. */
function table(header: string[], rows: string[][], left = 1): string[] {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function ratio(value: number): string {
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}
