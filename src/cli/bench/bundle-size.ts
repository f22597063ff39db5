import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export const BUDGET_KB = 60;

export interface BundleSize {
  minifiedKb: number;
  gzippedKb: number;
}

/** The engine as the content script carries it: src/engine bundled by Vite, minified for Chrome 120, gzipped at level 9. */
export async function engineBundleSize(): Promise<BundleSize> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'chrome120',
      minify: true,
      lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: 'engine' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const code = outputs
    .flatMap((result) => result.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('');
  return {
    minifiedKb: Buffer.byteLength(code) / 1024,
    gzippedKb: gzipSync(code, { level: 9 }).length / 1024,
  };
}
