import { type GoldAttribution, parseGold } from '../check-seed/gold';

/** One saved page's gold, as `../shared/pages/gold/NAME.json` writes it. */
export interface PageGold {
  page: string;
  lang: string;
  /** A run from the story's first paragraph and one from its last: the article was found when both are in its text. */
  article_first: string;
  article_last: string;
  attributions: GoldAttribution[];
  negatives: string[];
}

/** A page's gold checked field by field; a broken file says what is wrong instead of passing. */
export function parsePageGold(json: unknown, file: string): PageGold {
  try {
    const gold = parseGold(json) as Partial<PageGold>;
    for (const field of ['lang', 'article_first', 'article_last'] as const) {
      if (typeof gold[field] !== 'string' || gold[field] === '') {
        throw new Error(`gold: "${field}" must be text`);
      }
    }
    return gold as PageGold;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
