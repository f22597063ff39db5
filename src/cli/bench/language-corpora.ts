import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../../engine';
import { GERMAN_QUOTES } from '../eval/german-quotes';
import { readGermanSplit } from '../eval/german-quotes/corpus';
import { readDocument } from '../read-document';
import { sharedPath } from '../shared-folder';
import { countWords } from './words';

export type Language = NonNullable<ExtractOptions['language']>;

/** The texts of one language the benchmark reads, once each; `repeat` passes make one timed run. */
export interface LanguageCorpus {
  language: Language;
  description: string;
  texts: string[];
  words: number;
}

/** The saved real pages of each language, in ../shared/pages. */
export const LANGUAGE_PAGES: readonly { language: Language; pages: readonly string[] }[] = [
  { language: 'de', pages: ['heise.html', 'tagesspiegel.html'] },
  { language: 'fr', pages: ['lemonde-1.html', 'radio-canada.html'] },
  { language: 'es', pages: ['la-nacion.html', 'elpais-uy.html'] },
  { language: 'pt', pages: ['folha.html', 'gazetadopovo.html'] },
];

function corpusOf(language: Language, description: string, texts: string[]): LanguageCorpus {
  return {
    language,
    description,
    texts,
    words: texts.reduce((sum, text) => sum + countWords(text), 0),
  };
}

/**
 * The German quotation corpus's train and dev articles, then each language's saved pages as
 * `npm run scan` reads them (their article text); one line for each corpus that is absent.
 */
export async function loadLanguageCorpora(): Promise<{
  corpora: LanguageCorpus[];
  skipped: string[];
}> {
  const corpora: LanguageCorpus[] = [];
  const skipped: string[] = [];
  const german = sharedPath('corpora', GERMAN_QUOTES);
  if (german) {
    const articles = ['train', 'dev'].flatMap((split) => readGermanSplit(german, split));
    corpora.push(
      corpusOf(
        'de',
        `German quotation corpus, train+dev, ${articles.length} articles`,
        articles.map((a) => a.text),
      ),
    );
  } else {
    skipped.push(
      `de: skipped the German quotation corpus, ../shared/corpora/${GERMAN_QUOTES} is absent`,
    );
  }
  const folder = sharedPath('pages');
  for (const { language, pages } of LANGUAGE_PAGES) {
    const present = pages.filter((page) => folder && existsSync(join(folder, page)));
    if (!folder || present.length < pages.length) {
      skipped.push(
        `${language}: skipped its pages, ${pages.join(' and ')} not all in ../shared/pages`,
      );
      continue;
    }
    const texts: string[] = [];
    for (const page of pages) {
      const path = join(folder, page);
      texts.push((await readDocument(path, readFileSync(path))).text);
    }
    corpora.push(
      corpusOf(
        language,
        `pages ${pages.map((page) => page.replace(/\.html$/, '')).join(', ')}`,
        texts,
      ),
    );
  }
  return { corpora, skipped };
}
