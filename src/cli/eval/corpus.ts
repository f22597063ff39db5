import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldAttribution, parseBrat } from './brat';

/** One annotated article of a split. */
export interface Article {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/**
 * The articles of one split (`text/NAME.txt` with `attributions/NAME_ANNOTATOR.ann`), each with
 * the first annotator's file in sorted order, as EVAL.md asks.
 */
export function readSplit(corpus: string, split: string): Article[] {
  const textDir = join(corpus, split, 'text');
  const annDir = join(corpus, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new Error(`PolNeAR split "${split}" not found: expected ${textDir} and ${annDir}`);
  }
  const annotations = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const first = annotations.find(
        (a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1).includes('_'),
      );
      const text = readFileSync(join(textDir, file), 'utf8');
      const gold = first ? parseBrat(readFileSync(join(annDir, first), 'utf8')) : [];
      return { name, text, gold };
    });
}
