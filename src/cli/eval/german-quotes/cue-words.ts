import type { GermanArticle } from './corpus';

/** Each cue's text, lower-cased with its pieces joined by a space ("teilte mit"), counted. */
export function countCueWords(articles: readonly GermanArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, quotations } of articles) {
    for (const { cue } of quotations) {
      if (cue.length === 0) continue;
      const words = cue
        .map(([start, end]) => text.slice(start, end))
        .join(' ')
        .replace(/\s+/g, ' ')
        .toLowerCase();
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
  }
  return counts;
}

/** One row per cue, most frequent over all splits first, with its count in each split and in all. */
export function cueWordRows(
  bySplit: readonly { split: string; counts: Map<string, number> }[],
): { cue: string; counts: number[]; total: number }[] {
  const cues = new Set(bySplit.flatMap(({ counts }) => [...counts.keys()]));
  return [...cues]
    .map((cue) => {
      const counts = bySplit.map((s) => s.counts.get(cue) ?? 0);
      return { cue, counts, total: counts.reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => b.total - a.total || a.cue.localeCompare(b.cue, 'de'));
}
