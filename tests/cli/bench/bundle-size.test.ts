import { describe, expect, it } from 'vitest';
import { engineBundleSize } from '../../../src/cli/bench/bundle-size';

describe('engineBundleSize', () => {
  it('bundles the engine alone, minified, and weighs it gzipped', { timeout: 60_000 }, async () => {
    const size = await engineBundleSize();
    expect(size.minifiedKb).toBeGreaterThan(0.5);
    expect(size.gzippedKb).toBeGreaterThan(0.2);
    expect(size.gzippedKb).toBeLessThan(size.minifiedKb);
  });
});
