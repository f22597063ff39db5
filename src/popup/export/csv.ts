import type { PageReport } from '../../shared/messages';
import { groupBySource } from '../source-groups';

/** Column names are a data format, not interface text: they stay the same in every language. */
const COLUMNS = [
  'number',
  'source',
  'kind',
  'resolved',
  'cue',
  'claim',
  'source_as_written',
  'via',
  'cited_by',
  'url',
] as const;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ tab or
 * carriage return gets an apostrophe so a spreadsheet never runs page text as a formula.
 */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every claim of the page, one row each in page order, with the name it is listed under. */
export function claimsAsCsv(report: PageReport): string {
  const listedAs = new Map<number, string | null>();
  for (const group of groupBySource(report.attributions)) {
    for (const index of group.claims) listedAs.set(index, group.name);
  }
  const rows = report.attributions.map((claim, index) =>
    [
      index + 1,
      listedAs.get(index) ?? null,
      claim.kind,
      claim.resolved,
      claim.cue.text,
      claim.content?.text ?? null,
      claim.source?.text ?? null,
      claim.via,
      claim.citedBy,
      report.url,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
