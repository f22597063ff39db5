/**
 * npm run check:pages — the content script over every saved real news page in ../shared/pages, in
 * Chromium and Firefox: reports per page its language (from its gold), the state it ended in, its
 * attributions, its highlights and the time to them; exits 1 on any error thrown by extension
 * code, on any change to a page's text, and unless each page in a language the engine reads ends
 * 'ready' with highlights and each page in another language ends 'other-language' with none. Skips, and says so, when
 * ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { readLanguages } from '../../src/engine';
import type { PageReport, PageState } from '../../src/shared/messages';
import {
  BROWSERS,
  type BrowserName,
  browserAvailable,
  type ExtensionBrowser,
  launchWithExtension,
} from '../e2e/harness/browsers';
import { askTab, reportOf } from '../e2e/harness/extension-api';
import { waitInPage } from '../e2e/harness/waiting';
import { serveOffline } from './offline-server';

const PAGES = resolve('../shared/pages');
const GOLD = resolve(PAGES, 'gold');
const EXTENSION_URL = /(?:chrome|moz)-extension:\/\//;
/** Firefox reports the page's own refused requests and failed font downloads as errors. */
const PAGE_LOAD_REPORT = /^(?:Error: )?(?:Content-Security-Policy:|downloadable font:)/;

interface PageResult {
  browser: BrowserName;
  page: string;
  /** The page's language as its gold gives it; null when it has no gold. */
  lang: string | null;
  state: string;
  attributions: number;
  ranges: number;
  ms: number | null;
  errors: string[];
  textChanged: boolean;
}

/** The page's text as the page owns it: the body's text without the extension's card host. */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const host of body.querySelectorAll('[data-sourcelight-host]')) host.remove();
    return `${document.title}\n${body.textContent ?? ''}\n${document.body.getElementsByTagName('*').length}`;
  });

const paintedRanges = (page: Page) =>
  page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('sourcelight')) count += highlight.size;
    });
    return count;
  });

/** The language a page is written in, as its hand gold says (pages' own lang attributes lie). */
function goldLanguage(file: string): string | null {
  const gold = resolve(GOLD, file.replace(/\.html?$/, '.json'));
  if (!existsSync(gold)) return null;
  const lang = (JSON.parse(readFileSync(gold, 'utf8')) as { lang?: unknown }).lang;
  return typeof lang === 'string' ? lang : null;
}

// The languages the engine reads: a page in one of them is highlighted, any other is told so.
const READ: readonly string[] = readLanguages();

/**
 * What a reader should see and did not: a page in a language the engine reads highlighted, a page
 * in a language it does not read told so, with nothing highlighted.
 */
function misses(result: PageResult): string[] {
  if (result.lang === null) return ['the page has no gold, so its language is unknown'];
  const lang = result.lang.split('-')[0] ?? '';
  if (READ.includes(lang)) {
    if (result.state !== 'ready')
      return [`a page in '${lang}' ended '${result.state}', not 'ready'`];
    if (result.ranges === 0) return [`a page in '${lang}' ended with no highlight`];
    return [];
  }
  const found: string[] = [];
  if (result.state !== 'other-language') {
    found.push(`a page in '${result.lang}' ended '${result.state}', not 'other-language'`);
  }
  if (result.ranges > 0) found.push(`a page in '${result.lang}' has ${result.ranges} highlights`);
  return found;
}

async function checkPage(ext: ExtensionBrowser, url: string, file: string): Promise<PageResult> {
  const page = await ext.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    // The policy's refusals, and fonts the server does not serve (it serves only pages), are the
    // server's doing, not ours.
    if (PAGE_LOAD_REPORT.test(stack) && !EXTENSION_URL.test(stack)) return;
    // The page's own scripts are refused by its policy here, so any other uncaught error is ours.
    errors.push(`uncaught: ${stack.split('\n').slice(0, 3).join(' ← ')}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = `${message.location().url ?? ''} ${message.text()}`;
    if (EXTENSION_URL.test(where)) errors.push(`console: ${message.text().slice(0, 300)}`);
  });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const before = await pageText(page);
    const tabId = await ext.tabIdOf(page);
    await waitInPage(page, () => {
      const marks = performance.getEntriesByName('sourcelight-ready');
      return marks.length > 0 || document.readyState === 'complete';
    });
    const report = await settledReport(ext, tabId);
    const ms = await page.evaluate(() => {
      const start = performance.getEntriesByName('sourcelight-start')[0];
      const ready = performance.getEntriesByName('sourcelight-ready')[0];
      return start && ready ? ready.startTime - start.startTime : null;
    });
    const ranges = await paintedRanges(page);
    await exercise(ext, page, tabId, report);
    const after = await pageText(page);
    return {
      browser: ext.name,
      page: file,
      lang: goldLanguage(file),
      state: report.state,
      attributions: report.attributions.length,
      ranges,
      ms,
      errors,
      textChanged: before !== after,
    };
  } finally {
    await page.close();
  }
}

/** The report once the page is read (whatever it found), asked again until then. */
const SETTLED = new Set<PageState>(['ready', 'not-article', 'other-language']);

async function settledReport(ext: ExtensionBrowser, tabId: number): Promise<PageReport> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const report = await reportOf(ext, tabId).catch(() => null);
    if (report && SETTLED.has(report.state)) return report;
    if (Date.now() > deadline)
      throw new Error(`no settled report: ${report?.state ?? 'no answer'}`);
    await new Promise((resume) => setTimeout(resume, 200));
  }
}

/** What a reader does: points at a highlight, opens its card, jumps to a claim, presses Esc. */
async function exercise(ext: ExtensionBrowser, page: Page, tabId: number, report: PageReport) {
  if (report.attributions.length === 0) return;
  await askTab(ext, tabId, { type: 'jump-to-claim', index: 0 });
  const point = await page.evaluate(() => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (found || !name.startsWith('sourcelight-cue')) return;
      highlight.forEach((range) => {
        // A cue inside a link would take the click away to another site, which is offline here.
        if ((range as Range).startContainer.parentElement?.closest('a[href]')) return;
        const rect = (range as Range).getClientRects()[0];
        if (!found && rect && rect.top >= 0 && rect.bottom <= innerHeight)
          found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
    });
    return found as { x: number; y: number } | null;
  });
  if (point) {
    await page.bringToFront();
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await page.mouse.click(point.x, point.y);
    await new Promise((resume) => setTimeout(resume, 400));
    await page.mouse.wheel({ deltaY: 400 });
    await page.keyboard.press('Escape');
  }
}

function table(results: PageResult[]): string {
  const rows = results.map((r) => [
    r.browser,
    r.page,
    r.lang ?? '?',
    r.state,
    String(r.attributions),
    String(r.ranges),
    r.ms === null ? '–' : `${r.ms.toFixed(0)} ms`,
    r.textChanged ? 'CHANGED' : 'same',
    r.errors.length === 0 ? 'none' : `${r.errors.length}: ${r.errors[0]}`,
    misses(r).length === 0 ? 'yes' : `NO: ${misses(r).join('; ')}`,
  ]);
  const header = [
    'browser',
    'page',
    'lang',
    'state',
    'attributions',
    'ranges',
    'time',
    'text',
    'extension errors',
    'as a reader expects',
  ];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main(): Promise<number> {
  if (!existsSync(PAGES)) {
    console.log(
      'check:pages skipped: ../shared/pages is absent (the saved real pages live there).',
    );
    return 0;
  }
  const files = readdirSync(PAGES)
    .filter((file) => file.endsWith('.html'))
    .sort();
  const server = await serveOffline(PAGES, new Map(), { pageScripts: false });
  const results: PageResult[] = [];
  try {
    for (const name of BROWSERS) {
      if (!browserAvailable(name)) throw new Error(`${name} is not installed: run npm run setup`);
      const ext = await launchWithExtension(name);
      try {
        for (const file of files) {
          const result = await checkPage(ext, server.url(file), file).catch(
            (error: unknown): PageResult => ({
              browser: name,
              page: file,
              lang: goldLanguage(file),
              state: 'failed',
              attributions: 0,
              ranges: 0,
              ms: null,
              errors: [`check failed: ${String(error).slice(0, 300)}`],
              textChanged: false,
            }),
          );
          results.push(result);
          console.log(
            `${name} ${file}: ${result.state}, ${result.attributions} attributions, ${result.errors.length} errors`,
          );
        }
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`\n${table(results)}\n`);
  const failed = results.filter(
    (r) => r.errors.length > 0 || r.textChanged || misses(r).length > 0,
  );
  for (const result of failed) {
    for (const error of result.errors) console.error(`${result.browser} ${result.page}: ${error}`);
    for (const miss of misses(result)) console.error(`${result.browser} ${result.page}: ${miss}`);
    if (result.textChanged)
      console.error(`${result.browser} ${result.page}: the page's text changed`);
  }
  console.log(
    failed.length === 0 ? 'check:pages: passed' : `check:pages: ${failed.length} page runs failed`,
  );
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
