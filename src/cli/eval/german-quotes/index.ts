import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from '../../bench/words';
import { sharedFolder } from '../../shared-folder';
import { align } from '../table';
import { type GermanArticle, readGermanSplit } from './corpus';
import { countCueWords, cueWordRows } from './cue-words';
import { describeGermanErrors } from './errors';
import {
  addQuoteCounts,
  countQuotations,
  emptyQuoteCounts,
  type QuoteCounts,
  quoteMeasuresOf,
} from './measures';
import { predictGerman } from './predict';
import { belowGermanFloors, formatGermanTable, GERMAN_FLOORS } from './table';

/** The name `--corpus` knows this corpus by. */
export const GERMAN_QUOTES = 'german-quotes';

export interface GermanEvalOptions {
  split?: 'dev' | 'train' | undefined;
  floors: boolean;
  errors: boolean;
  cues: boolean;
}

const SPLITS = ['dev', 'train'] as const;

function score(articles: readonly GermanArticle[], errors: string[] | null) {
  let counts: QuoteCounts = emptyQuoteCounts();
  let quotationCounts: QuoteCounts = emptyQuoteCounts();
  let words = 0;
  let millis = 0;
  for (const article of articles) {
    const started = performance.now();
    const predicted = predictGerman(article.text);
    millis += performance.now() - started;
    words += countWords(article.text);
    counts = addQuoteCounts(counts, countQuotations(article.quotations, predicted));
    const quotations = predicted.filter((p) => !p.hearsay);
    quotationCounts = addQuoteCounts(
      quotationCounts,
      countQuotations(article.quotations, quotations),
    );
    errors?.push(...describeGermanErrors(article, predicted));
  }
  return { counts, quotationCounts, words, millis };
}

/** `--cues`: the corpus's cue words by frequency in dev and train, to check a lexicon against (studied, never shipped). */
function printCueWords(corpus: string): void {
  const bySplit = SPLITS.map((split) => ({
    split,
    counts: countCueWords(readGermanSplit(corpus, split)),
  }));
  const rows = cueWordRows(bySplit).map((r) => [r.cue, ...r.counts.map(String), String(r.total)]);
  console.log(align([['cue', ...SPLITS, 'all'], ...rows]));
}

/** `npm run eval -- --corpus german-quotes`: the engine on the German quotation corpus, as its EVAL.md measures. */
export function evalGermanQuotes(options: GermanEvalOptions): number {
  const corpus = join(sharedFolder(), 'corpora', GERMAN_QUOTES);
  if (!existsSync(corpus)) {
    console.log(
      `eval: skipped, the German quotation corpus is not at ${corpus} (../shared is absent).`,
    );
    return 0;
  }
  if (options.cues) {
    printCueWords(corpus);
    return 0;
  }
  mkdirSync('reports', { recursive: true });
  const results = (options.split ? [options.split] : SPLITS).map((split) => {
    const articles = readGermanSplit(corpus, split);
    const errors = options.errors ? [] : null;
    const { counts, quotationCounts, words, millis } = score(articles, errors);
    if (errors) {
      const file = join('reports', `eval-${GERMAN_QUOTES}-${split}-errors.tsv`);
      writeFileSync(file, `${errors.join('\n')}\n`);
      console.log(`eval: ${split} errors written to ${file}`);
    }
    return {
      split,
      articles: articles.length,
      words,
      millis,
      counts,
      measures: quoteMeasuresOf(counts),
      quotationMeasures: quoteMeasuresOf(quotationCounts),
    };
  });
  console.log(`German quotation corpus (Petersen-Frey and Biemann 2024), ${corpus}\n`);
  console.log(formatGermanTable(results));
  // The corpus annotates quotations. Hearsay with no source ("Der Minister soll ... gewusst haben")
  // is an attribution Sourcelight reports but no quotation: it is scored both ways, and the floors
  // hold the quotations the corpus is about.
  console.log(
    '\nleaving out the hearsay hedges with no source ("soll", "angeblich"), which the corpus does not annotate:',
  );
  console.log(formatGermanTable(results.map((r) => ({ ...r, measures: r.quotationMeasures }))));
  for (const r of results) {
    // One cold pass, compiler warm-up included: npm run bench measures speed.
    const rate = r.millis > 0 ? Math.round((r.words / r.millis) * 1000) : 0;
    console.log(
      `${r.split}: ${r.articles} articles, ${r.counts.quotations} quotations, ` +
        `${r.counts.predictedCues} attributions found, ${r.words} words, ` +
        `extract ${r.millis.toFixed(0)} ms, ${rate.toLocaleString('en-US')} words/s`,
    );
  }
  const report = join('reports', `eval-${GERMAN_QUOTES}.json`);
  writeFileSync(report, `${JSON.stringify({ corpus, floors: GERMAN_FLOORS, results }, null, 2)}\n`);
  console.log(`eval: report written to ${report}`);
  if (!options.floors) return 0;
  let failed = false;
  for (const r of results) {
    for (const miss of belowGermanFloors(r.quotationMeasures)) {
      console.error(`eval: ${GERMAN_QUOTES} ${r.split} below floor: ${miss}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
