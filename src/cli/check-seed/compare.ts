import type { Attribution, Span } from '../../engine';
import type { Gold, GoldAttribution } from './gold';

/** found / missed for required gold; credited / absent for optional gold. */
export type Verdict = 'found' | 'missed' | 'credited' | 'absent';

export interface GoldResult {
  gold: GoldAttribution;
  verdict: Verdict;
  /** The attribution that matched; when none did, the closest one by cue, if any. */
  attribution: Attribution | null;
  /** Why the closest attribution is not a match; empty when found. */
  misses: string[];
  /** Differences that are not counted (via, cited by), shown because they help. */
  notes: string[];
}

export interface NegativeResult {
  phrase: string;
  /** Whether the phrase is in the article text at all (a page's skipped parts are not). */
  inText: boolean;
  /** Where it was reported: 'the claim of "said" at 1234', ... */
  reportedIn: string[];
}

export interface SeedComparison {
  results: GoldResult[];
  negatives: NegativeResult[];
  passed: boolean;
}

/** The engine's attributions on the seed text against the gold: what matched, what did not, and why. */
export function compareWithGold(
  text: string,
  attributions: readonly Attribution[],
  gold: Gold,
): SeedComparison {
  const used = new Set<Attribution>();
  const results = new Map<GoldAttribution, GoldResult>();
  // Required gold first, so an optional entry never takes the attribution a required one needs.
  const order = [...gold.attributions].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const entry of order) {
    const match = attributions.find((a) => !used.has(a) && missesOf(entry, a).length === 0);
    if (match) used.add(match);
    results.set(entry, resultFor(entry, match ?? null, attributions));
  }
  const negatives = gold.negatives.map((phrase) => negativeResult(text, phrase, attributions));
  return {
    results: gold.attributions.map((entry) => results.get(entry) as GoldResult),
    negatives,
    passed:
      [...results.values()].every((r) => r.verdict !== 'missed') &&
      negatives.every((n) => n.reportedIn.length === 0),
  };
}

function resultFor(
  gold: GoldAttribution,
  match: Attribution | null,
  attributions: readonly Attribution[],
): GoldResult {
  if (match) {
    return {
      gold,
      verdict: gold.optional ? 'credited' : 'found',
      attribution: match,
      misses: [],
      notes: notesOf(gold, match),
    };
  }
  const verdict = gold.optional ? 'absent' : 'missed';
  const closest = closestByCue(gold, attributions);
  const misses = closest ? missesOf(gold, closest) : [`no attribution has the cue "${gold.cue}"`];
  return { gold, verdict, attribution: closest, misses, notes: [] };
}

/**
 * Among attributions whose cue is the gold cue, contains it or is inside it: the one whose source
 * and claim sit where the gold's do, then the one with the fewest misses.
 */
function closestByCue(
  gold: GoldAttribution,
  attributions: readonly Attribution[],
): Attribution | null {
  const cue = normal(gold.cue).toLowerCase();
  let best: Attribution | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const attribution of attributions) {
    const found = normal(attribution.cue.text).toLowerCase();
    if (!found.includes(cue) && !cue.includes(found)) continue;
    const misses = missesOf(gold, attribution);
    const elsewhere = misses.filter((miss) => /^(?:source|claim|no claim)/.test(miss)).length;
    const score = elsewhere * 100 + misses.length;
    if (score < bestScore) [best, bestScore] = [attribution, score];
  }
  return best;
}

/** Each way an attribution differs from the gold, in a reader's words. */
export function missesOf(gold: GoldAttribution, found: Attribution): string[] {
  const misses: string[] = [];
  if (normal(found.cue.text).toLowerCase() !== normal(gold.cue).toLowerCase()) {
    misses.push(`cue is "${found.cue.text}", not "${gold.cue}"`);
  }
  if (gold.source !== null && normal(found.source?.text ?? '') !== normal(gold.source)) {
    misses.push(`source is ${quoted(found.source?.text)}, not "${gold.source}"`);
  }
  if (normal(found.name ?? '') !== normal(gold.name ?? '')) {
    misses.push(`name is ${quoted(found.name)}, not ${quoted(gold.name)}`);
  }
  if (found.kind !== gold.kind) misses.push(`kind is ${found.kind}, not ${gold.kind}`);
  if (gold.content_contains !== null) {
    const claim = found.content ? normal(found.content.text) : null;
    if (claim === null) misses.push(`no claim, expected one containing "${gold.content_contains}"`);
    else if (!claim.includes(normal(gold.content_contains))) {
      misses.push(
        `claim ${quoted(found.content?.text)} does not contain "${gold.content_contains}"`,
      );
    }
  }
  return misses;
}

function notesOf(gold: GoldAttribution, found: Attribution): string[] {
  const notes: string[] = [];
  if (gold.via !== undefined && found.via !== gold.via) {
    notes.push(`via is ${quoted(found.via)}, gold says "${gold.via}"`);
  }
  if (gold.cited_by !== undefined && found.citedBy !== gold.cited_by) {
    notes.push(`cited by ${quoted(found.citedBy)}, gold says "${gold.cited_by}"`);
  }
  return notes;
}

function negativeResult(
  text: string,
  phrase: string,
  attributions: readonly Attribution[],
): NegativeResult {
  const pattern = new RegExp(
    normal(phrase)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  const reportedIn: string[] = [];
  let inText = false;
  for (const occurrence of text.matchAll(pattern)) {
    inText = true;
    const start = occurrence.index;
    const end = start + occurrence[0].length;
    for (const a of attributions) {
      const roles: Array<[string, Span | null]> = [
        ['cue', a.cue],
        ['source', a.source],
        ['claim', a.content],
      ];
      for (const [role, span] of roles) {
        if (span && span.start < end && start < span.end) {
          reportedIn.push(`the ${role} of "${a.cue.text}" at ${a.cue.start}`);
        }
      }
    }
  }
  return { phrase, inText, reportedIn };
}

/** Whitespace collapsed and typographic quotes made plain, so layout never decides a match. */
function normal(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
}

function quoted(text: string | null | undefined): string {
  if (text === null || text === undefined) return 'none';
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 70 ? `${flat.slice(0, 69)}…` : flat}"`;
}
