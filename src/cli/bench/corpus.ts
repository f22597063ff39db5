import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../shared-folder';
import { newsLikeTexts } from './news-like-text';
import { countWords } from './words';

/** The texts every method reads, one article each, and how much there is. */
export interface Corpus {
  description: string;
  /** False for the generated fallback, whose figures compare with no PolNeAR run. */
  isPolnear: boolean;
  texts: string[];
  words: number;
  characters: number;
}

/** PolNeAR's train articles as read from disk; generated news-like text when they are absent. */
export function loadCorpus(): Corpus {
  const folder = sharedPath('corpora', 'polnear', 'train', 'text');
  if (folder) {
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    const texts = files.map((name) => readFileSync(join(folder, name), 'utf8'));
    return describe(`PolNeAR train, ${files.length} articles`, texts, true);
  }
  return describe(
    'generated news-like text (../shared/corpora/polnear is absent: figures are not comparable with PolNeAR runs)',
    newsLikeTexts(840),
    false,
  );
}

function describe(description: string, texts: string[], isPolnear: boolean): Corpus {
  return {
    description,
    isPolnear,
    texts,
    words: texts.reduce((sum, text) => sum + countWords(text), 0),
    characters: texts.reduce((sum, text) => sum + text.length, 0),
  };
}
