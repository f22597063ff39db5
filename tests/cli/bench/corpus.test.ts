import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/cli/bench/corpus';

describe('loadCorpus', () => {
  const shared = process.env.SOURCELIGHT_SHARED;
  afterEach(() => {
    if (shared === undefined) delete process.env.SOURCELIGHT_SHARED;
    else process.env.SOURCELIGHT_SHARED = shared;
  });

  it('falls back to generated news-like text, and says so, without the shared corpus', () => {
    process.env.SOURCELIGHT_SHARED = mkdtempSync(join(tmpdir(), 'no-corpus-'));
    const corpus = loadCorpus();
    expect(corpus.description).toMatch(
      /^generated news-like text \(\.\.\/shared\/corpora\/polnear is absent/,
    );
    expect(corpus.texts).toHaveLength(840);
    expect(corpus.words).toBeGreaterThan(100_000);
  });
});
