import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BUDGET_KB, bundleSizes } from './bundle-size';
import { loadCorpus } from './corpus';
import { countDeopts } from './deopts';
import { loadLanguageCorpora } from './language-corpora';
import { type LanguageSpeed, languageSpeed } from './language-speed';
import { measureLinearity } from './linearity';
import { type Rates, wordsPerSecond } from './measure';
import { heapPerMb } from './memory';
import { methods } from './methods';
import {
  type BenchReport,
  formatReport,
  type SpeedResult,
  TARGET_WORDS_PER_SECOND,
} from './report';
import { shippedCode, shippedExtract } from './shipped-engine';

/** `npm run bench`: the engine's speed beside a regex, wink-nlp and compromise, then per language beside the regex; linearity; size; memory. */
async function bench(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const corpus = loadCorpus();
  const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);
  progress(`corpus: ${corpus.description}, ${corpus.words} words`);

  progress('bundling the engine as the extension ships it (Vite, minified)');
  const code = await shippedCode();
  const extract = await shippedExtract(code);
  const readers = methods(extract);
  progress(
    `timing ${readers.map((m) => `${m.name} (${m.runs} runs)`).join(', ')} in turns, after warming up on a tenth of the corpus`,
  );
  const rates = wordsPerSecond(corpus.texts, corpus.words, readers);
  const engine = rates[readers.findIndex((m) => m.name === 'engine')];
  const speed: SpeedResult[] = readers.map((method, index) => {
    const measured = rates[index] as Rates;
    return {
      name: method.name,
      does: method.does,
      wordsPerSecond: measured,
      engineRatio: (engine?.cpu.median ?? 0) / measured.cpu.median,
    };
  });

  const { corpora, skipped } = await loadLanguageCorpora();
  if (corpus.isPolnear) corpora.unshift({ language: 'en', ...corpus });
  else skipped.unshift('en: skipped, ../shared/corpora/polnear is absent');
  const languages: LanguageSpeed[] = corpora.map((one) => {
    progress(`${one.language}: ${one.description}, ${one.words} words, engine and regex in turns`);
    return languageSpeed(one, extract);
  });

  progress('deoptimisations of the warm engine (every corpus, in a Node with --trace-deopt)');
  const deopts = await countDeopts(code);

  progress('memory');
  const memory = heapPerMb(corpus.texts, extract);
  progress('linearity on adversarial input (each size in a worker, stopped past its time limit)');
  const linearity = await measureLinearity();
  progress('bundle size');
  const sizes = await bundleSizes();

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
    languages: { speeds: languages, skipped },
    target: {
      wordsPerSecond: TARGET_WORDS_PER_SECOND,
      metByWall: (engine?.wall.median ?? 0) >= TARGET_WORDS_PER_SECOND,
      metByCpu: (engine?.cpu.median ?? 0) >= TARGET_WORDS_PER_SECOND,
    },
    linearity,
    bundle: {
      ...sizes,
      budgetKb: BUDGET_KB,
      within: sizes.pageScript.gzippedKb <= BUDGET_KB,
    },
    memory,
    deopts,
  };
  process.stdout.write(formatReport(report));
  mkdirSync('reports', { recursive: true });
  const file = join('reports', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report written to ${file}\n`);
}

await bench();
