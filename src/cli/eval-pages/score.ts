import type { Attribution } from '../../engine';
import type { GoldAttribution } from '../check-seed/gold';
import { fold, occurrences, wordsOf } from './fold';
import { claimCovered, cueMatches, matches, nameCorrect, sourceCorrect } from './match';
import type { PageGold } from './page-gold';

/** What the measures count on one page, or summed over pages. */
export interface Counts {
  pages: number;
  articlesFound: number;
  predictions: number;
  predictionsMatched: number;
  required: number;
  requiredMatched: number;
  sourceCorrect: number;
  nameCorrect: number;
  kindCorrect: number;
  claimCovered: number;
  negatives: number;
}

/** A required gold entry and the prediction it was matched to, with what the prediction got wrong. */
export interface EntryResult {
  gold: GoldAttribution;
  found: Attribution | null;
  /** "name", "kind", "source", "claim": the measures this entry failed; empty when all held. */
  wrong: Array<'source' | 'name' | 'kind' | 'claim'>;
}

export interface PageScore {
  page: string;
  lang: string;
  articleFound: boolean;
  counts: Counts;
  entries: EntryResult[];
  /** Predictions that match no gold entry, not even an optional one. */
  unmatched: Attribution[];
  /** Predictions whose cue lies inside a phrase that must never be reported, with the phrase. */
  negativeHits: Array<{ phrase: string; found: Attribution }>;
}

export const emptyCounts = (): Counts => ({
  pages: 0,
  articlesFound: 0,
  predictions: 0,
  predictionsMatched: 0,
  required: 0,
  requiredMatched: 0,
  sourceCorrect: 0,
  nameCorrect: 0,
  kindCorrect: 0,
  claimCovered: 0,
  negatives: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as Array<keyof Counts>) sum[key] += b[key];
  return sum;
}

/** The scan of one page (its article text and what the engine found there) against its gold. */
export function scorePage(text: string, found: readonly Attribution[], gold: PageGold): PageScore {
  const articleFound =
    text.trim().length > 0 &&
    fold(text).includes(fold(gold.article_first)) &&
    fold(text).includes(fold(gold.article_last));
  const required = gold.attributions.filter((entry) => !entry.optional);
  const used = new Set<Attribution>();
  const entries = required.map((entry): EntryResult => {
    const match = bestMatch(entry, found, used);
    if (match) used.add(match);
    return { gold: entry, found: match, wrong: match ? wrongIn(entry, match) : [] };
  });
  const unmatched = found.filter((a) => !gold.attributions.some((entry) => matches(entry, a)));
  const negativeHits = negativesReported(text, found, gold.negatives);
  const matched = entries.filter((entry) => entry.found);
  const counts: Counts = {
    pages: 1,
    articlesFound: Number(articleFound),
    predictions: found.length,
    predictionsMatched: found.length - unmatched.length,
    required: required.length,
    requiredMatched: matched.length,
    sourceCorrect: matched.filter((e) => !e.wrong.includes('source')).length,
    nameCorrect: matched.filter((e) => !e.wrong.includes('name')).length,
    kindCorrect: matched.filter((e) => !e.wrong.includes('kind')).length,
    claimCovered: matched.filter((e) => !e.wrong.includes('claim')).length,
    negatives: negativeHits.length,
  };
  return {
    page: gold.page,
    lang: gold.lang,
    articleFound,
    counts,
    entries,
    unmatched,
    negativeHits,
  };
}

/** Among unused matching predictions, the one whose claim holds the gold's piece and whose cue is the gold's. */
function bestMatch(
  entry: GoldAttribution,
  found: readonly Attribution[],
  used: ReadonlySet<Attribution>,
): Attribution | null {
  let best: Attribution | null = null;
  let bestScore = -1;
  for (const a of found) {
    if (used.has(a) || !matches(entry, a)) continue;
    const score = 2 * Number(claimCovered(entry, a)) + Number(fold(a.cue.text) === fold(entry.cue));
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return best;
}

function wrongIn(entry: GoldAttribution, a: Attribution): EntryResult['wrong'] {
  const wrong: EntryResult['wrong'] = [];
  if (!sourceCorrect(entry, a)) wrong.push('source');
  if (!nameCorrect(entry, a)) wrong.push('name');
  if (a.kind !== entry.kind) wrong.push('kind');
  if (!claimCovered(entry, a)) wrong.push('claim');
  return wrong;
}

function negativesReported(
  text: string,
  found: readonly Attribution[],
  phrases: readonly string[],
): PageScore['negativeHits'] {
  const hits: PageScore['negativeHits'] = [];
  for (const phrase of phrases) {
    for (const where of occurrences(text, phrase)) {
      for (const a of found) {
        if (a.cue.start >= where.start && a.cue.end <= where.end) hits.push({ phrase, found: a });
      }
    }
  }
  return hits;
}

/** What was found nearest a missed entry: the prediction whose claim shares most words with it, a matching cue first. */
export function closestTo(
  entry: GoldAttribution,
  found: readonly Attribution[],
): Attribution | null {
  const want = new Set(wordsOf(entry.content_contains ?? ''));
  let best: Attribution | null = null;
  let bestScore = 0;
  for (const a of found) {
    const shared = wordsOf(a.content?.text ?? '').filter((word) => want.has(word)).length;
    const score = shared + (cueMatches(entry, a) ? 1000 : 0);
    if (shared > 0 && score > bestScore) [best, bestScore] = [a, score];
  }
  return best;
}
