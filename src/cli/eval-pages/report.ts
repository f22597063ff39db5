import type { Attribution } from '../../engine';
import type { GoldAttribution } from '../check-seed/gold';
import { measuresOf } from './measures';
import { type Counts, closestTo, type PageScore } from './score';

const f2 = (n: number | null) => (n === null ? '–' : n.toFixed(2));

const HEADER = [
  '',
  'article',
  'found',
  'gold',
  'precision',
  'recall',
  'source',
  'name',
  'kind',
  'claim',
  'negatives',
];

function row(label: string, c: Counts): string[] {
  const m = measuresOf(c);
  return [
    label,
    `${c.articlesFound}/${c.pages}`,
    String(c.predictions),
    String(c.required),
    f2(m.precision),
    f2(m.recall),
    f2(m.source),
    f2(m.name),
    f2(m.kind),
    f2(m.claim),
    String(c.negatives),
  ];
}

/** A Markdown table: one row per page, then one per language and the total. */
export function formatTable(
  pages: readonly PageScore[],
  totals: ReadonlyArray<[string, Counts]>,
): string {
  const rows = [
    HEADER,
    HEADER.map(() => '---'),
    ...pages.map((p) => row(`${p.page} (${p.lang})`, p.counts)),
    ...totals.map(([label, c]) => row(`**${label}**`, c)),
  ];
  return `${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}

const flat = (text: string | null | undefined, most = 90) => {
  if (text === null || text === undefined) return 'none';
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > most ? `${one.slice(0, most - 1)}…` : one}"`;
};

const goldLine = (g: GoldAttribution) =>
  `${flat(g.cue)} ← ${flat(g.source)} as ${flat(g.name)} (${g.kind}) on ${flat(g.content_contains, 60)}`;

const foundLine = (a: Attribution) =>
  `${flat(a.cue.text)} ← ${flat(a.source?.text ?? null)} as ${flat(a.name)} (${a.kind}), claim ${flat(a.content?.text ?? null, 70)}`;

/** Which claim is wrong and how: misses, wrong names and kinds, claims not covered, extra finds, negatives. */
export function formatDetails(page: PageScore, found: readonly Attribution[]): string {
  const lines: string[] = [];
  for (const entry of page.entries) {
    if (!entry.found) {
      const near = closestTo(entry.gold, found);
      lines.push(`  missed    ${goldLine(entry.gold)}`);
      if (near) lines.push(`            nearest: ${foundLine(near)}`);
    } else if (entry.wrong.length > 0) {
      lines.push(`  wrong ${entry.wrong.join('+')}: ${goldLine(entry.gold)}`);
      lines.push(`            found: ${foundLine(entry.found)}`);
    }
  }
  for (const a of page.unmatched) lines.push(`  extra     ${foundLine(a)}`);
  for (const hit of page.negativeHits)
    lines.push(`  NEGATIVE  ${flat(hit.phrase)}: ${foundLine(hit.found)}`);
  if (!page.articleFound)
    lines.push('  article not found: its first or last paragraph is not in the text read');
  return lines.length === 0 ? '' : `${page.page}\n${lines.join('\n')}\n`;
}
