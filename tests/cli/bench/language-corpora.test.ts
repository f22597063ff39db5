import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_PAGES, loadLanguageCorpora } from '../../../src/cli/bench/language-corpora';

describe('loadLanguageCorpora', () => {
  const shared = process.env.SOURCELIGHT_SHARED;
  afterEach(() => {
    if (shared === undefined) delete process.env.SOURCELIGHT_SHARED;
    else process.env.SOURCELIGHT_SHARED = shared;
  });

  it('skips each absent corpus with one line naming it', async () => {
    process.env.SOURCELIGHT_SHARED = mkdtempSync(join(tmpdir(), 'no-corpus-'));
    const { corpora, skipped } = await loadLanguageCorpora();
    expect(corpora).toEqual([]);
    expect(skipped).toHaveLength(1 + LANGUAGE_PAGES.length);
    expect(skipped[0]).toMatch(/^de: skipped the German quotation corpus/);
    expect(skipped.slice(1).map((line) => line.slice(0, 3))).toEqual(['de:', 'fr:', 'es:', 'pt:']);
  });
});
