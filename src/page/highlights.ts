import type { Attribution } from '../engine/types';
import { type ArticleText, rangeFor } from './article-text';

/** Highlight names; the stylesheet in the page gives each its look through ::highlight(). */
const NAMES = { cue: 'sourcelight-cue', source: 'sourcelight-source', claim: 'sourcelight-claim' };

const STYLE = `
::highlight(${NAMES.cue}) { background-color: rgb(255 213 79 / 0.55); }
::highlight(${NAMES.source}) { text-decoration: underline 2px solid rgb(25 118 210); }
::highlight(${NAMES.claim}) { background-color: rgb(144 202 249 / 0.25); }
`;

let sheet: CSSStyleSheet | null = null;

/** Paints every attribution's cue, source and claim; the page's own nodes are never touched. */
export function paintHighlights(article: ArticleText, attributions: Attribution[]): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const ranges = { cue: [] as Range[], source: [] as Range[], claim: [] as Range[] };
  for (const attribution of attributions) {
    const parts = { cue: attribution.cue, source: attribution.source, claim: attribution.content };
    for (const role of ['cue', 'source', 'claim'] as const) {
      const part = parts[role];
      const range = part && rangeFor(article, part.start, part.end);
      if (range) ranges[role].push(range);
    }
  }
  for (const role of ['cue', 'source', 'claim'] as const) {
    CSS.highlights.set(NAMES[role], new Highlight(...ranges[role]));
  }
}

export function clearHighlights(): void {
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}
