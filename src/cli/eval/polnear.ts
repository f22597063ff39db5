import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ExtractOptions, extract } from '../../engine';
import { sharedFolder } from '../shared-folder';
import { claimPieces } from './claim-pieces';
import { type Article, readSplit } from './corpus';
import { addErrors, emptyErrorTable, formatErrorTable } from './error-classes';
import { describeErrors } from './errors';
import {
  addCounts,
  type Counts,
  countArticle,
  emptyCounts,
  measuresOf,
  type PredictedAttribution,
  type ScoredArticle,
} from './measures';
import { type ReportCues, reportSubset } from './report-subset';
import { belowFloors, FLOORS, formatTable, PUBLISHED } from './table';

/**
 * What extract returns, as the measures read it: each claim as PolNeAR marks it (the pieces around
 * an attribution that interrupts it) and, for comparison, as the one span extract returns.
 */
function predict(
  text: string,
  options: ExtractOptions,
): {
  pieces: PredictedAttribution[];
  oneSpan: PredictedAttribution[];
} {
  const pieces: PredictedAttribution[] = [];
  const oneSpan: PredictedAttribution[] = [];
  for (const a of extract(text, options)) {
    const cue: [number, number][] = [[a.cue.start, a.cue.end]];
    const source: [number, number][] | null = a.source ? [[a.source.start, a.source.end]] : null;
    pieces.push({ cue, source, content: claimPieces(text, a) });
    oneSpan.push({ cue, source, content: a.content ? [[a.content.start, a.content.end]] : null });
  }
  return { pieces, oneSpan };
}

function score(
  articles: readonly Article[],
  inSubset: ReturnType<typeof reportSubset>,
  options: ExtractOptions,
) {
  let counts: Counts = emptyCounts();
  let oneSpanCounts: Counts = emptyCounts();
  const errors = emptyErrorTable();
  const scored: ScoredArticle[] = [];
  let words = 0;
  let millis = 0;
  for (const article of articles) {
    const started = performance.now();
    const { pieces, oneSpan } = predict(article.text, options);
    millis += performance.now() - started;
    words += article.text.split(/\s+/).filter(Boolean).length;
    const one: ScoredArticle = {
      ...article,
      inReportSubset: article.gold.map((g) => inSubset(article.text, g)),
      predicted: pieces,
    };
    scored.push(one);
    counts = addCounts(counts, countArticle(one));
    addErrors(errors, one);
    oneSpanCounts = addCounts(oneSpanCounts, countArticle({ ...one, predicted: oneSpan }));
  }
  return { counts, oneSpan: measuresOf(oneSpanCounts), errors, scored, words, millis };
}

/** The options of a PolNeAR run, as the command line gives them. */
export interface PolnearOptions {
  corpus?: string | undefined;
  split?: 'dev' | 'train' | undefined;
  floors: boolean;
  errors: boolean;
  /** Also find beliefs, intentions and stances, as PolNeAR annotates them. */
  beliefs: boolean;
}

/** `npm run eval`: the engine on PolNeAR, as its EVAL.md measures, beside published systems. */
export function evalPolnear(args: PolnearOptions): number {
  const corpus = args.corpus ? resolve(args.corpus) : join(sharedFolder(), 'corpora', 'polnear');
  if (!existsSync(corpus)) {
    if (args.corpus) {
      console.error(`eval: no PolNeAR corpus at ${corpus}`);
      return 2;
    }
    console.log(`eval: skipped, the PolNeAR corpus is not at ${corpus} (../shared is absent).`);
    return 0;
  }
  const splits = args.split ? [args.split] : ['dev', 'train'];
  const cues = JSON.parse(readFileSync(join(corpus, 'report-cues.json'), 'utf8')) as ReportCues;
  const inSubset = reportSubset(cues);
  mkdirSync('reports', { recursive: true });
  const results = splits.map((split) => {
    const { counts, oneSpan, errors, scored, words, millis } = score(
      readSplit(corpus, split),
      inSubset,
      { beliefs: args.beliefs },
    );
    if (args.errors) {
      const file = join('reports', `eval-${split}-errors.tsv`);
      writeFileSync(file, `${scored.flatMap(describeErrors).join('\n')}\n`);
      console.log(`eval: ${split} errors written to ${file}`);
    }
    const measures = measuresOf(counts);
    return { split, articles: scored.length, words, millis, counts, measures, oneSpan, errors };
  });
  console.log(formatTable(results));
  for (const r of results) console.log(`\n${formatErrorTable(r.split, r.errors)}`);
  for (const r of results) {
    // One cold pass, compiler warm-up included: speed is measured by npm run bench.
    console.log(
      `${r.split}: ${r.articles} articles, ${r.words} words, extract ${r.millis.toFixed(0)} ms`,
    );
    console.log(
      `${r.split}: with each claim scored as the one span extract returns (its own interrupting ` +
        `attribution inside), content Dice ${r.oneSpan.contentDice.toFixed(3)}, ` +
        `exact content F1 ${r.oneSpan.exactF1.content.toFixed(3)}`,
    );
  }
  const report = join('reports', 'eval.json');
  writeFileSync(
    report,
    `${JSON.stringify({ corpus, floors: FLOORS, published: PUBLISHED, results }, null, 2)}\n`,
  );
  console.log(`eval: report written to ${report}`);
  if (!args.floors) return 0;
  let failed = false;
  for (const r of results) {
    for (const miss of belowFloors(r.measures)) {
      console.error(`eval: ${r.split} below floor: ${miss}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
