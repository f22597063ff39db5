import type { GoldResult, NegativeResult, SeedComparison, Verdict } from './compare';
import type { GoldAttribution } from './gold';

const MARK: Readonly<Record<Verdict, string>> = {
  found: '✓',
  missed: '✗',
  credited: '+',
  absent: '·',
};

/** What matched and what did not, line by line, then the totals and the verdict. */
export function formatSeedReport(page: string, comparison: SeedComparison): string {
  const lines = [`Seed check: ${page} against gold.json`, ''];
  for (const result of comparison.results) lines.push(...resultLines(result));
  lines.push('', 'Never to be reported:');
  for (const negative of comparison.negatives) lines.push(negativeLine(negative));
  lines.push('', summary(comparison), '');
  return lines.join('\n');
}

function resultLines(result: GoldResult): string[] {
  const optional = result.gold.optional ? ' (optional)' : '';
  const lines = [`  ${MARK[result.verdict]} ${describe(result.gold)}${optional}`];
  if (result.verdict === 'missed' || result.verdict === 'absent') {
    if (result.attribution) {
      lines.push(
        `      closest: "${result.attribution.cue.text}" at ${result.attribution.cue.start}`,
      );
    }
    for (const miss of result.misses) lines.push(`      ${miss}`);
  }
  for (const note of result.notes) lines.push(`      note: ${note}`);
  return lines;
}

function describe(gold: GoldAttribution): string {
  const source = gold.source === null ? 'no source' : `"${gold.source}"`;
  const name = gold.name !== null && gold.name !== gold.source ? ` → ${gold.name}` : '';
  return `"${gold.cue}" · ${source}${name} · ${gold.kind}`;
}

function negativeLine(negative: NegativeResult): string {
  const phrase = `"${negative.phrase}"`;
  if (negative.reportedIn.length > 0)
    return `  ✗ ${phrase} reported in ${negative.reportedIn.join('; ')}`;
  return `  ✓ ${phrase} ${negative.inText ? 'is in the text, not reported' : 'is not in the article text'}`;
}

function summary({ results, negatives, passed }: SeedComparison): string {
  const count = (verdict: Verdict) => results.filter((r) => r.verdict === verdict).length;
  const required = results.filter((r) => !r.gold.optional).length;
  const reported = negatives.filter((n) => n.reportedIn.length > 0).length;
  return `${count('found')} of ${required} required found, ${count('credited')} of ${results.length - required} optional credited, ${reported} of ${negatives.length} negatives reported: ${passed ? 'PASS' : 'FAIL'}`;
}
