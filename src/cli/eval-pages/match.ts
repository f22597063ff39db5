import type { Attribution } from '../../engine';
import type { GoldAttribution } from '../check-seed/gold';
import { fold, wordsOf } from './fold';

/** The fewest consecutive words a claim must share with the gold's piece of it. */
const SHARED_RUN = 3;

/** A prediction matches a gold entry: cues contain one another and the claims share a run of words. */
export function matches(gold: GoldAttribution, found: Attribution): boolean {
  return cueMatches(gold, found) && claimMatches(gold, found);
}

export function cueMatches(gold: GoldAttribution, found: Attribution): boolean {
  const want = fold(gold.cue);
  const got = fold(found.cue.text);
  return got.length > 0 && (got.includes(want) || want.includes(got));
}

/** Three consecutive words in common, or all of the gold's piece when it is shorter. */
function claimMatches(gold: GoldAttribution, found: Attribution): boolean {
  if (gold.content_contains === null) return true;
  if (!found.content) return false;
  const want = wordsOf(gold.content_contains);
  const claim = ` ${wordsOf(found.content.text).join(' ')} `;
  const run = Math.min(SHARED_RUN, want.length);
  for (let k = 0; k + run <= want.length; k++) {
    if (claim.includes(` ${want.slice(k, k + run).join(' ')} `)) return true;
  }
  return false;
}

/** The predicted claim holds the whole of the gold's piece. */
export function claimCovered(gold: GoldAttribution, found: Attribution): boolean {
  if (gold.content_contains === null) return true;
  return found.content !== null && fold(found.content.text).includes(fold(gold.content_contains));
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** The source mentions overlap: a word in common besides an article; both absent counts. */
export function sourceCorrect(gold: GoldAttribution, found: Attribution): boolean {
  if (gold.source === null || found.source === null) return gold.source === found.source;
  const want = new Set(wordsOf(gold.source).filter((word) => !ARTICLES.has(word)));
  return wordsOf(found.source.text).some((word) => want.has(word));
}

/** Names compared folded, a leading "the" dropped; both absent counts. */
export function nameCorrect(gold: GoldAttribution, found: Attribution): boolean {
  return comparableName(gold.name) === comparableName(found.name);
}

const comparableName = (name: string | null) =>
  name === null ? null : fold(name).replace(/^the /, '');
