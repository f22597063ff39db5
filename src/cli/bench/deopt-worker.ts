/**
 * Run by `deopts.ts` in a Node started with --trace-deopt: reads every corpus with the engine file
 * given until compiled, marks the end of warming up on stdout, then reads each once more. V8 writes
 * each deoptimisation to stdout as it happens, between the marks when the warm engine has any.
 */
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../../engine';
import { loadCorpus } from './corpus';
import { DONE, WARM, WARMED_UP } from './deopts';
import { loadLanguageCorpora } from './language-corpora';
import type { Extract } from './shipped-engine';

const [engineFile] = process.argv.slice(2);
if (!engineFile) throw new Error('deopt-worker: give the engine file to read with');
const { extract } = (await import(pathToFileURL(engineFile).href)) as { extract: Extract };
const english = loadCorpus();
const { corpora } = await loadLanguageCorpora();
// English with and without beliefs, then every other language, as the background worker meets them.
const runs: Array<{ texts: readonly string[]; options: ExtractOptions }> = [
  { texts: english.texts, options: { language: 'en' } },
  { texts: english.texts, options: { language: 'en', beliefs: true } },
  ...corpora.map(({ language, texts }) => ({ texts, options: { language } })),
];
function pass(): void {
  for (const { texts, options } of runs) for (const text of texts) extract(text, options);
}
for (let round = 0; round < WARM; round++) pass();
process.stdout.write(`${WARMED_UP}\n`);
pass();
process.stdout.write(`${DONE}\n`);
