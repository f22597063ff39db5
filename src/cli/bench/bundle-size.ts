import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

/** What the engine may add to the content script, lexicons included: issue 3's budget. */
export const BUDGET_KB = 60;

export interface BundleSize {
  minifiedKb: number;
  gzippedKb: number;
}

/** Both sizes a reader pays for: the script parsed on every page, and the engine behind it. */
export interface BundleSizes {
  /** page.js, the content script, as the extension builds it: one classic script. */
  pageScript: BundleSize;
  /** The engine alone, as the background carries it and starts it once per worker start. */
  engine: BundleSize;
}

/** One entry bundled by Vite, minified for Chrome 120, as the extension builds it: its code. */
export async function bundledCode(entry: string, format: 'es' | 'iife'): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'chrome120',
      minify: true,
      lib: { entry, formats: [format], name: 'sourcelight', fileName: 'bundle' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((result) => result.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('');
}

/** One entry's size, minified and gzipped at level 9. */
async function bundled(entry: string, format: 'es' | 'iife'): Promise<BundleSize> {
  const code = await bundledCode(entry, format);
  return {
    minifiedKb: Buffer.byteLength(code) / 1024,
    gzippedKb: gzipSync(code, { level: 9 }).length / 1024,
  };
}

/**
 * The content script as the extension builds it, and the engine alone. The engine runs in the
 * background, so what it adds to the content script is nothing: the budget is judged on page.js.
 */
export async function bundleSizes(): Promise<BundleSizes> {
  return {
    pageScript: await bundled('src/page/index.ts', 'iife'),
    engine: await bundled('src/engine/index.ts', 'es'),
  };
}
