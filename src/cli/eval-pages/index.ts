import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Attribution, readLanguages } from '../../engine';
import { scanInput } from '../scan-input';
import { sharedPath } from '../shared-folder';
import { applyDisputes, type Dispute, readDisputes } from './disputes';
import { belowFloors, floorsOf, measuresOf } from './measures';
import { type PageGold, parsePageGold } from './page-gold';
import { formatDetails, formatTable } from './report';
import { addCounts, type Counts, emptyCounts, type PageScore, scorePage } from './score';

const USAGE = `npm run eval:pages -- [--floors] [--lang en,fr,...] [--quiet]
  --floors  exit 1 naming each measure below its floor, for each language the engine reads
  --lang    score only the pages in these languages (default: every page)
  --quiet   the tables only, without the list of misses and wrong names`;

const DISPUTES = fileURLToPath(
  new URL('../../../tests/fixtures/gold-disputes.json', import.meta.url),
);

interface Scanned {
  gold: PageGold;
  text: string;
  found: Attribution[];
}

/** Per-language totals and the total of all pages, in language order. */
function totalsOf(scores: readonly PageScore[]): Array<[string, Counts]> {
  const byLang = new Map<string, Counts>();
  for (const s of scores)
    byLang.set(s.lang, addCounts(byLang.get(s.lang) ?? emptyCounts(), s.counts));
  const totals = [...byLang.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (totals.length > 1)
    totals.push(['all', scores.reduce((sum, s) => addCounts(sum, s.counts), emptyCounts())]);
  return totals;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`eval:pages: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const pages = sharedPath('pages');
  const golds = sharedPath('pages', 'gold');
  if (!pages || !golds) {
    console.log(
      'eval:pages: skipped, the saved pages and their gold (../shared/pages/gold) are absent.',
    );
    return 0;
  }
  const langs = args.lang?.split(',').map((l) => l.trim());
  const disputes: Dispute[] = existsSync(DISPUTES) ? readDisputes(DISPUTES) : [];
  const scanned: Scanned[] = [];
  for (const file of readdirSync(golds)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = parsePageGold(JSON.parse(readFileSync(join(golds, file), 'utf8')), file);
    if (langs && !langs.includes(gold.lang)) continue;
    const { text, attributions } = await scanInput(join(pages, gold.page));
    scanned.push({ gold, text, found: attributions });
  }
  const asWritten = scanned.map((s) => scorePage(s.text, s.found, s.gold));
  const disputed = scanned.map((s) => scorePage(s.text, s.found, applyDisputes(s.gold, disputes)));

  console.log('## Against the gold as written\n');
  console.log(formatTable(asWritten, totalsOf(asWritten)));
  if (disputes.length > 0) {
    console.log(
      `## With our ${disputes.length} disputed gold entries applied (tests/fixtures/gold-disputes.json)\n`,
    );
    console.log(formatTable(disputed, totalsOf(disputed)));
  }
  if (!args.quiet) {
    console.log('## What is wrong, page by page (gold as written)\n');
    asWritten.forEach((score, k) => {
      const details = formatDetails(score, scanned[k]?.found ?? []);
      if (details) console.log(details);
    });
  }
  mkdirSync('reports', { recursive: true });
  const report = join('reports', 'eval-pages.json');
  writeFileSync(report, `${JSON.stringify(jsonReport(asWritten, disputed), null, 2)}\n`);
  console.log(`eval:pages: report written to ${report}`);

  if (!args.floors) return 0;
  // The floors hold each language the engine reads against the gold as we believe it reads: with
  // our disputed entries applied (each with its reason in the disputes file); the verdict as
  // written is shown too.
  const ofLanguage = (scores: readonly PageScore[], lang: string) =>
    scores
      .filter((s) => s.lang === lang)
      .reduce((sum, s) => addCounts(sum, s.counts), emptyCounts());
  let failed = 0;
  for (const lang of readLanguages().filter((l) => !langs || langs.includes(l))) {
    const name = languageName(lang);
    for (const miss of belowFloors(ofLanguage(asWritten, lang), floorsOf(lang))) {
      console.log(`eval:pages: against the gold as written, the ${name} pages miss: ${miss}`);
    }
    const misses = belowFloors(ofLanguage(disputed, lang), floorsOf(lang));
    for (const miss of misses) console.error(`eval:pages: ${name} pages below floor: ${miss}`);
    if (misses.length === 0) console.log(`eval:pages: the ${name} pages meet every floor`);
    failed += misses.length;
  }
  return failed > 0 ? 1 : 0;
}

const languageName = (code: string): string =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

function jsonReport(asWritten: readonly PageScore[], disputed: readonly PageScore[]) {
  const summary = (scores: readonly PageScore[]) => ({
    totals: Object.fromEntries(
      totalsOf(scores).map(([lang, c]) => [lang, { counts: c, measures: measuresOf(c) }]),
    ),
    pages: scores.map((s) => ({
      page: s.page,
      lang: s.lang,
      articleFound: s.articleFound,
      counts: s.counts,
      measures: measuresOf(s.counts),
      missed: s.entries.filter((e) => !e.found).map((e) => e.gold),
      wrong: s.entries
        .filter((e) => e.found && e.wrong.length > 0)
        .map((e) => ({ gold: e.gold, wrong: e.wrong, found: e.found })),
      extra: s.unmatched,
      negatives: s.negativeHits,
    })),
  });
  return {
    floors: Object.fromEntries(readLanguages().map((lang) => [lang, floorsOf(lang)])),
    asWritten: summary(asWritten),
    withDisputes: summary(disputed),
  };
}

function parse() {
  const { values } = parseArgs({
    options: {
      floors: { type: 'boolean', default: false },
      lang: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return values;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A broken gold file or an unreadable page: say which, on one line, and fail.
  console.error(`eval:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
