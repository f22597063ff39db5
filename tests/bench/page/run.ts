/**
 * npm run bench:page — loads generated pages (and ../shared/pages/yahoo-1.html when present) into
 * Chromium with the built extension, measures each scenario and prints every figure beside its
 * budget; writes reports/bench-page.json and reports/bench-page.md. Then runs bench:popup (the
 * popup's budgets, in Chromium and Firefox). A word on the command line runs only the scenarios
 * whose name holds it ("popup" for the popup alone). Measures, never fails on a figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { extensionDir, launchWithExtension } from '../../e2e/harness/browsers';
import { denseShortParagraphs, saidSaidPage } from '../../fixtures/hostile-pages';
import { serveOffline } from '../../page/offline-server';
import { hugeLiveBlog, mutatingLiveBlog, typicalArticle } from './pages';
import type { BenchContext, Figure, Scenario } from './scenario';
import { asleepBackground } from './scenarios/asleep-background';
import { hostilePages } from './scenarios/hostile-pages';
import { hugePages } from './scenarios/huge-pages';
import { idleAndMutating } from './scenarios/idle-and-mutating';
import { memory } from './scenarios/memory';
import { typicalArticle as typicalScenario } from './scenarios/typical-article';
import { SourceNames } from './source-names';

const SCENARIOS: Scenario[] = [
  typicalScenario,
  asleepBackground,
  memory,
  hugePages,
  idleAndMutating,
  hostilePages,
];
const SHARED_PAGES = resolve('../shared/pages');
const CHROMIUM = '/usr/lib/chromium/chromium';

function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const value = f.unit === 'count' ? String(f.value) : f.value.toFixed(1);
    const verdict = f.budget === undefined ? '' : f.value <= f.budget ? 'within' : 'OVER';
    return [
      f.scenario,
      f.measure,
      `${value} ${f.unit}`,
      f.budget === undefined ? '' : `≤ ${f.budget} ${f.unit}`,
      verdict,
      f.note ?? '',
    ];
  });
  const header = ['scenario', 'measure', 'value', 'budget', '', 'note'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main() {
  const only = process.argv.slice(2);
  const generated = new Map([
    ['typical-article.html', typicalArticle()],
    ['huge-live-blog.html', hugeLiveBlog()],
    ['mutating-live-blog.html', mutatingLiveBlog()],
    ['said-said-said.html', saidSaidPage()],
    ['dense-short-paragraphs.html', denseShortParagraphs()],
  ]);
  const haveShared = existsSync(SHARED_PAGES);
  if (!haveShared) console.log('../shared/pages is absent: the saved real pages are skipped.');
  const server = await serveOffline(haveShared ? SHARED_PAGES : null, generated);
  const names = new SourceNames(extensionDir('chromium'));
  if (!names.available) {
    console.log(
      'The build has no source maps: hotspots keep their minified names (npm run bench:page builds with them).',
    );
  }
  const ext = await launchWithExtension('chromium');
  let plainBrowser: Browser | null = null;
  const context: BenchContext = {
    ext,
    url: (path) => server.url(path),
    names: names.available ? names : null,
    sharedPage: (name) =>
      haveShared && existsSync(join(SHARED_PAGES, name)) ? server.url(name) : null,
    plain: async () => {
      plainBrowser ??= await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        userDataDir: mkdtempSync(join(tmpdir(), 'sourcelight-plain-')),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
      });
      return plainBrowser;
    },
  };

  const figures: Figure[] = [];
  const version = await ext.browser.version();
  try {
    for (const scenario of SCENARIOS) {
      if (only.length > 0 && !only.some((word) => scenario.name.includes(word))) continue;
      console.log(`scenario: ${scenario.name}`);
      figures.push(...(await scenario.run(context)));
    }
  } finally {
    await ext.close();
    await (plainBrowser as Browser | null)?.close();
    await server.close();
  }

  const markdown = `# bench:page — ${version}, ${new Date().toISOString()}\n\n${table(figures)}\n`;
  console.log(`\n${markdown}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench-page.json', `${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync('reports/bench-page.md', markdown);
  console.log('written: reports/bench-page.json, reports/bench-page.md');

  // The popup's budgets belong to this benchmark too; it needs both browsers' store builds.
  if (only.length === 0 || only.includes('popup')) {
    console.log('\nscenario: popup (npm run bench:popup)');
    const popup = spawnSync('npm', ['run', '--silent', 'bench:popup'], { stdio: 'inherit' });
    if (popup.status !== 0) throw new Error(`bench:popup exited with ${popup.status}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
