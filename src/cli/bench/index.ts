import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BUDGET_KB, engineBundleSize } from './bundle-size';
import { loadCorpus } from './corpus';
import { measureLinearity } from './linearity';
import { wordsPerSecond } from './measure';
import { heapPerMb } from './memory';
import { methods } from './methods';
import {
  type BenchReport,
  formatReport,
  type SpeedResult,
  TARGET_WORDS_PER_SECOND,
} from './report';

/** `npm run bench`: the engine's speed beside a regex, wink-nlp and compromise; linearity; size; memory. */
async function bench(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const corpus = loadCorpus();
  const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);
  progress(`corpus: ${corpus.description}, ${corpus.words} words`);

  const measured = methods().map((method) => {
    progress(
      `timing ${method.name}: ${method.runs} runs after warming up on a tenth of the corpus`,
    );
    return { method, summary: wordsPerSecond(corpus.texts, corpus.words, method.read, method) };
  });
  const engineMedian = measured.find((m) => m.method.name === 'engine')?.summary.median ?? 0;
  const speed: SpeedResult[] = measured.map(({ method, summary }) => ({
    name: method.name,
    does: method.does,
    wordsPerSecond: summary,
    engineRatio: engineMedian / summary.median,
  }));

  progress('memory');
  const memory = heapPerMb(corpus.texts);
  progress('linearity on adversarial input (each size in a worker, stopped past its time limit)');
  const linearity = await measureLinearity();
  progress('bundle size');
  const bundle = await engineBundleSize();

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`,
    corpus: {
      description: corpus.description,
      articles: corpus.texts.length,
      words: corpus.words,
      characters: corpus.characters,
    },
    speed,
    target: {
      wordsPerSecond: TARGET_WORDS_PER_SECOND,
      met: engineMedian >= TARGET_WORDS_PER_SECOND,
    },
    linearity,
    bundle: { ...bundle, budgetKb: BUDGET_KB, within: bundle.gzippedKb <= BUDGET_KB },
    memory,
  };
  process.stdout.write(formatReport(report));
  mkdirSync('reports', { recursive: true });
  const file = join('reports', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report written to ${file}\n`);
}

await bench();
