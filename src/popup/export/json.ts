import type { Span } from '../../engine/types';
import type { PageReport } from '../../shared/messages';

/** Bumped when a field changes meaning, so that tools reading exports can tell. */
export const EXPORT_FORMAT_VERSION = 1;

const offsets = (span: Span | null) => (span ? [span.start, span.end] : null);

/** The page's claims as data: what the popup shows, with offsets into the article text. */
export function claimsAsJson(report: PageReport, exportedAt: Date): string {
  const claims = report.attributions.map((claim, index) => ({
    number: index + 1,
    source: claim.name,
    kind: claim.kind,
    mode: claim.mode,
    resolved: claim.resolved,
    via: claim.via,
    citedBy: claim.citedBy,
    cue: claim.cue.text,
    claim: claim.content?.text ?? null,
    sourceAsWritten: claim.source?.text ?? null,
    offsets: {
      cue: offsets(claim.cue),
      source: offsets(claim.source),
      claim: offsets(claim.content),
    },
  }));
  const data = {
    format: 'sourcelight-claims',
    version: EXPORT_FORMAT_VERSION,
    title: report.title,
    url: report.url,
    exportedAt: exportedAt.toISOString(),
    claims,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
