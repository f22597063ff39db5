import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Attribution, extract } from '../../../src/engine';
import { scanCli } from '../run-cli';

const TEXT = 'tests/fixtures/cli/harbour-vote.txt';
const PAGE = 'tests/fixtures/cli/harbour-vote.html';

interface JsonLine {
  file: string;
  article: boolean;
  attributions: Attribution[];
}

const jsonLines = (stdout: string): JsonLine[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);

/** Every span's text is exactly the text at its offsets. */
function expectSpansAt(text: string, attributions: readonly Attribution[]) {
  for (const a of attributions) {
    for (const span of [a.cue, a.source, a.content]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
}

const spanTexts = (attributions: readonly Attribution[]) =>
  attributions.flatMap((a) => [a.cue, a.source, a.content]).map((span) => span?.text ?? '');

describe('scan', { timeout: 60_000 }, () => {
  it('explains itself with --help', async () => {
    const run = await scanCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: sourcelight scan [--json] [--beliefs] FILE...');
  });

  it('lists a text file’s claims grouped by source, unsourced claims last', async () => {
    const run = await scanCli([TEXT]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^tests\/fixtures\/cli\/harbour-vote\.txt: \d+ claims/);
    expect(run.stdout).toMatch(/Elena Ruiz · person · \d+ claims?/);
    const headings = run.stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(headings.at(-1)).toMatch(/^ {2}No source · /);
    expect(run.stdout).toMatch(/reportedly +“[^”\n]*asked for a larger subsidy/);
  });

  it('writes one JSON line with the attributions extract returns, offsets into the text as read', async () => {
    const run = await scanCli(['--json', TEXT]);
    expect(run.status).toBe(0);
    const [line, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    const text = readFileSync(TEXT, 'utf8');
    expect(line?.file).toBe(TEXT);
    expect(line?.article).toBe(true);
    expect(line?.attributions).toEqual(extract(text));
    expect(line?.attributions.length).toBeGreaterThan(0);
    expectSpansAt(text, line?.attributions ?? []);
  });

  it('finds beliefs, intentions and stances only with --beliefs, and marks them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sourcelight-beliefs-')), 'ferry.txt');
    const text =
      'Harbour residents fear the new ferry will be late. Mayor Elena Ruiz said it would open in May.';
    writeFileSync(file, text);
    const plain = jsonLines((await scanCli(['--json', file])).stdout)[0]?.attributions ?? [];
    expect(plain.map((a) => [a.cue.text, a.mode])).toEqual([['said', 'report']]);
    const run = await scanCli(['--json', '--beliefs', file]);
    expect(run.status).toBe(0);
    const found = jsonLines(run.stdout)[0]?.attributions ?? [];
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.mode])).toEqual([
      ['fear', 'Harbour residents', 'the new ferry will be late', 'belief'],
      ['said', 'Mayor Elena Ruiz', 'it would open in May', 'report'],
    ]);
    expectSpansAt(text, found);
    const table = await scanCli(['--beliefs', file]);
    expect(table.stdout).toMatch(/fear +“the new ferry will be late” \(belief\)/);
  });

  it('keeps a byte order mark as the first character, so offsets still match the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-bom-'));
    const file = join(dir, 'with-bom.txt');
    const text = `\uFEFF${readFileSync(TEXT, 'utf8')}`;
    writeFileSync(file, text);
    const [line] = jsonLines((await scanCli(['--json', file])).stdout);
    const plain = jsonLines((await scanCli(['--json', TEXT])).stdout)[0];
    expect(line?.attributions[0]?.cue.start).toBe((plain?.attributions[0]?.cue.start ?? 0) + 1);
    expectSpansAt(text, line?.attributions ?? []);
  });

  describe('a page', () => {
    let page: JsonLine | undefined;
    beforeAll(async () => {
      const run = await scanCli(['--json', PAGE]);
      expect(run.status).toBe(0);
      page = jsonLines(run.stdout)[0];
    });

    it('is read as its article text: the claims, not navigation, hidden text, forms, asides or footers', () => {
      const names = page?.attributions.map((a) => a.name);
      expect(names).toContain('Elena Ruiz');
      const texts = spanTexts(page?.attributions ?? []).join(' | ');
      for (const outside of ['Home', 'Insiders', 'Readers', 'Subscribers', 'Editors']) {
        expect(texts).not.toContain(outside);
      }
    });

    it('runs none of its scripts', () => {
      expect(page?.attributions.map((a) => a.name)).not.toContain('Tomás Vidal');
    });

    it('gives the same attributions when piped on stdin', async () => {
      const run = await scanCli(['--json', '-'], readFileSync(PAGE));
      expect(run.status).toBe(0);
      const [line] = jsonLines(run.stdout);
      expect(line?.file).toBe('-');
      expect(line?.attributions).toEqual(page?.attributions);
    });
  });

  it('reads plain text from stdin', async () => {
    const run = await scanCli(
      ['-'],
      'Mayor Elena Ruiz said the ferry would run. It reportedly will.',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^stdin: 2 claims, 1 source\n/);
    expect(run.stdout).toContain('Elena Ruiz · person · 1 claim');
  });

  it('names each unreadable input on one line, still scans the others and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-errors-'));
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 owners said no.', 'latin1'));
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.from('\uFEFFOfficials said so.', 'utf16le'));
    const missing = join(dir, 'missing.txt');

    const run = await scanCli(['--json', missing, TEXT, dir, binary, latin1, utf16, PAGE]);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `scan: ${missing}: no such file`,
      `scan: ${dir}: is a directory`,
      `scan: ${binary}: binary file (a NUL byte at offset 4)`,
      `scan: ${latin1}: not valid UTF-8 at byte 3`,
      `scan: ${utf16}: UTF-16 text: only UTF-8 is read (convert it with iconv -t UTF-8)`,
    ]);
    expect(jsonLines(run.stdout).map((line) => line.file)).toEqual([TEXT, PAGE]);
  });

  it('reads a 10 MB text and a page nested 10,000 deep among unreadable files, naming each failure on one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-hard-'));
    const story = readFileSync(TEXT, 'utf8');
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(corpus, `${story}\n\n`.repeat(Math.ceil((10 * 2 ** 20) / story.length)));
    const deep = join(dir, 'deep.html');
    const deepText =
      'Mayor Elena Ruiz said the ferry would run, and the council said it would not.';
    const nested = `${'<div>'.repeat(10_000)}<p>${deepText}</p><p>${deepText}</p>${'</div>'.repeat(10_000)}`;
    writeFileSync(deep, `<!doctype html><html><body>${nested}</body></html>`);
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const missing = join(dir, 'missing.txt');

    const run = await scanCli([corpus, missing, deep, binary, TEXT]);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `scan: ${missing}: no such file`,
      `scan: ${binary}: binary file (a NUL byte at offset 4)`,
    ]);
    expect(run.status).toBe(1);
    const titles = run.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(titles).toEqual([
      expect.stringMatching(new RegExp(`^${corpus}: \\d{6,} claims, \\d+ sources$`)),
      `${deep}: 4 claims, 2 sources`,
      expect.stringMatching(new RegExp(`^${TEXT}: \\d+ claims`)),
    ]);
    // Ten megabytes of text take the engine a while on a busy two-core machine.
  }, 150_000);

  it('says when a story is in a language Sourcelight does not read yet, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-language-'));
    const page = join(dir, 'giornale.html');
    const paragraph =
      '<p>Il traghetto ha lasciato il porto alle nove e ha raggiunto l’isola un’ora dopo, ' +
      'ha detto il capitano, che da vent’anni percorre questa rotta e conosce la gente del posto.</p>';
    writeFileSync(
      page,
      `<!doctype html><html lang="it"><body><article>${paragraph.repeat(4)}</article></body></html>`,
    );
    const run = await scanCli(['--json', page]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `^scan: ${page}: not in a language Sourcelight reads yet \\(it reads English, French.*\\)\n$`,
      ),
    );
    expect(jsonLines(run.stdout)).toEqual([{ file: page, article: true, attributions: [] }]);
  });

  it('says which input held no story and which held a story with no claim, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-no-story-'));
    const search = join(dir, 'search.html');
    writeFileSync(
      search,
      '<!doctype html><html><body><ul><li><a href="/a">Ferry</a></li></ul><p>2 results</p></body></html>',
    );
    const quiet = join(dir, 'quiet.html');
    const paragraph =
      '<p>The ferry left the harbour at nine and reached the island an hour later.</p>';
    writeFileSync(
      quiet,
      `<!doctype html><html><body><article>${paragraph.repeat(3)}</article></body></html>`,
    );

    const json = await scanCli(['--json', search, quiet]);
    expect(json.status).toBe(0);
    expect(json.stderr).toBe(`scan: ${search}: no article text found\n`);
    expect(jsonLines(json.stdout)).toEqual([
      { file: search, article: false, attributions: [] },
      { file: quiet, article: true, attributions: [] },
    ]);

    const table = await scanCli([search, quiet]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(`${search}: 0 claims, 0 sources\n  no article text found\n`);
    expect(table.stdout).toContain(`${quiet}: 0 claims, 0 sources\n  no attributions found\n`);
  });

  it('exits 1 with nothing on stdout when the only input cannot be read', async () => {
    const run = await scanCli(['no-such-article.txt']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('scan: no-such-article.txt: no such file\n');
  });

  it('refuses a wrong command line with exit 2', async () => {
    expect(await scanCli([])).toMatchObject({
      status: 2,
      stderr: 'scan: no file to scan (see --help)\n',
    });
    expect(await scanCli(['--jsn', TEXT])).toMatchObject({
      status: 2,
      stderr: 'scan: unknown option --jsn (see --help)\n',
      stdout: '',
    });
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await scanCli([TEXT, PAGE, TEXT]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
