import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageArticle } from '../../src/cli/page-article';
import { extract } from '../../src/engine';

const STORY = resolve('tests/fixtures/cli/harbour-vote.txt');
const PAGE = resolve('tests/fixtures/cli/harbour-vote.html');

/**
 * The package as a user gets it: `npm pack` of the built repository, installed from its tarball
 * into an empty folder (from npm's cache when it holds the dependencies), with no dev dependency.
 */
describe('the packed package, installed in an empty folder', () => {
  let app = '';
  const sourcelight = (args: string[]) =>
    spawnSync('npx', ['--no-install', 'sourcelight', ...args], { cwd: app, encoding: 'utf8' });

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-package-'));
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
    });
    const tarball = join(dir, packed.trim().split('\n').at(-1) ?? '');
    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      cwd: app,
      stdio: 'ignore',
    });
    copyFileSync(STORY, join(app, 'story.txt'));
    copyFileSync(PAGE, join(app, 'page.html'));
  });

  it('installs the command and its run-time dependencies, and no dev dependency', () => {
    expect(existsSync(join(app, 'node_modules', '.bin', 'sourcelight'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'happy-dom'))).toBe(true);
    for (const dev of ['tsx', 'vite', 'typescript', 'webextension-polyfill']) {
      expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    }
  });

  it('scans a saved page with `npx sourcelight scan`', () => {
    const run = sourcelight(['scan', 'page.html']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^page\.html: \d+ claims, \d+ sources\n/);
    expect(run.stdout).toMatch(/Elena Ruiz · person · \d+ claims?/);
  });

  it('writes the attributions extract returns with --json', () => {
    const run = sourcelight(['scan', '--json', 'story.txt']);
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout);
    expect(line.attributions).toEqual(extract(readFileSync(STORY, 'utf8')));
  });

  it('names a missing file on one line, scans the rest and exits 1', () => {
    const run = sourcelight(['scan', 'missing.txt', 'story.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('scan: missing.txt: no such file\n');
    expect(run.stdout).toMatch(/^story\.txt: \d+ claims/);
  });

  it('refuses an unknown command with exit 2', () => {
    const run = sourcelight(['sacn', 'story.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^sourcelight: unknown command sacn\nUsage: sourcelight scan/);
  });

  it("reads a page with `import { readPage } from 'sourcelight'`: its article text and the attributions in it", async () => {
    const script = `import { readFileSync } from 'node:fs';
      import { readPage } from 'sourcelight';
      const reading = await readPage(readFileSync('page.html', 'utf8'));
      process.stdout.write(JSON.stringify(reading));`;
    const reading = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: app,
        encoding: 'utf8',
      }),
    );
    const article = await pageArticle(readFileSync(PAGE, 'utf8'));
    expect(reading.text).toBe(article.text);
    expect(reading).toMatchObject({ isArticle: true, language: 'en' });
    expect(reading.attributions).toEqual(extract(article.text, { language: 'en' }));
    expect(reading.attributions.length).toBeGreaterThan(0);
  });
});
