import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine';

const STORY = readFileSync('tests/fixtures/cli/harbour-vote.txt', 'utf8');

/** The built package, imported by name from the repository root as a user's script would. */
describe('the library build', () => {
  it("answers `import { extract } from 'sourcelight'` in Node with what the engine returns", () => {
    const script = `import { extract } from 'sourcelight';
      process.stdout.write(JSON.stringify(extract(process.argv[1])));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, STORY], {
      encoding: 'utf8',
    });
    const found = JSON.parse(output);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(extract(STORY));
  });

  it('ships type declarations a TypeScript user compiles against', () => {
    const dir = join('test-output', 'library-consumer');
    mkdirSync(dir, { recursive: true });
    const consumer = join(dir, 'consumer.ts');
    writeFileSync(
      consumer,
      `import { type Attribution, extract, type PageReading, readPage, type SourceKind } from 'sourcelight';
const found: Attribution[] = extract('Officials said so.');
const kinds: SourceKind[] = found.map((attribution) => attribution.kind);
// @ts-expect-error: the text to read is required
extract();
const reading: Promise<PageReading> = readPage('<p>Officials said so.</p>');
// @ts-expect-error: a page is read from its HTML, a string
readPage(new URL('https://example.org'));
export { kinds, reading };
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [
        join('node_modules', 'typescript', 'bin', 'tsc'),
        ...['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext'],
        ...['--moduleResolution', 'bundler', '--types', 'node', consumer],
      ],
      { encoding: 'utf8' },
    );
    expect({ status: tsc.status, errors: tsc.stdout }).toEqual({ status: 0, errors: '' });
  });
});
