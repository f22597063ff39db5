import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { extract } from '../../engine';
import { bundledCode } from './bundle-size';

/** The engine's code as the extension ships it: one ES module. */
export function shippedCode(): Promise<string> {
  return bundledCode('src/engine/index.ts', 'es');
}

/** What the benchmark times of an engine. */
export type Extract = typeof extract;

/**
 * The engine as the extension ships it: bundled and minified by Vite, as the size report weighs
 * it. The bench runs under tsx, which compiles the source with esbuild's keepNames: every function
 * and closure made in hot code then pays for a name helper that no build of the extension has.
 */
export async function shippedExtract(code?: string): Promise<Extract> {
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  try {
    const file = join(folder, 'engine.mjs');
    writeFileSync(file, code ?? (await shippedCode()));
    const engine = (await import(pathToFileURL(file).href)) as { extract: Extract };
    return engine.extract;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
