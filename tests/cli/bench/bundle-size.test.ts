import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../../src/cli/bench/bundle-size';

describe('bundleSizes', () => {
  it('weighs the content script and the engine apart, minified and gzipped', {
    timeout: 120_000,
  }, async () => {
    const { pageScript, engine } = await bundleSizes();
    for (const size of [pageScript, engine]) {
      expect(size.gzippedKb).toBeGreaterThan(0.2);
      expect(size.gzippedKb).toBeLessThan(size.minifiedKb);
    }
    // The engine runs in the background: none of it is in the script every page parses.
    expect(pageScript.minifiedKb).toBeLessThan(engine.minifiedKb / 2);
  });
});
