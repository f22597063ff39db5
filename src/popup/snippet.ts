import type { Attribution } from '../engine/types';

/** A claim short enough to scan in a list: whitespace collapsed, cut at a word near `max`. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** What the list shows of a claim: its words, or the source as written when the text gives none. */
export function claimSnippet(attribution: Attribution, max?: number): string | null {
  const text = attribution.content?.text ?? attribution.source?.text;
  return text ? shorten(text, max) : null;
}
