import type { MessageKey } from '../../shared/i18n';
import type { PageReport } from '../../shared/messages';
import { KIND_LABEL } from '../kinds';
import { sourcingProfile } from '../profile';
import { groupBySource } from '../source-groups';
import { isoDate } from './file-name';

/** The interface text for a key; the popup passes `t`, tests pass a stand-in. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Page text as Markdown text: one line, every character Markdown would read as markup escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`);
}

/** An address as a Markdown autolink when it is a web address, else as plain text. */
function markdownLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : markdownText(url);
}

/** The page's claims grouped by source, for pasting into notes, a ticket or a fact-check. */
export function claimsAsMarkdown(report: PageReport, exportedAt: Date, t: Translate): string {
  const { attributions } = report;
  const groups = groupBySource(attributions);
  const profile = sourcingProfile(attributions, groups);
  const lines = [
    `# ${markdownText(report.title || report.url)}`,
    '',
    markdownLink(report.url),
    '',
    t('exportedOn', isoDate(exportedAt)),
    '',
    [
      `${t('summaryClaims')}: ${profile.claims}`,
      `${t('summarySources')}: ${profile.sources}`,
      `${t('summaryNamed')}: ${profile.namedSources}`,
      `${t('summaryUnsourced')}: ${profile.unsourced}`,
    ].join(' · '),
  ];
  for (const group of groups) {
    const name = group.name === null ? t('noSource') : markdownText(group.name);
    const unresolved = group.resolved ? '' : ` ${t('unresolvedMark')}`;
    lines.push(
      '',
      `## ${name}${unresolved} · ${t(KIND_LABEL[group.kind])} · ${group.claims.length}`,
      '',
    );
    for (const index of group.claims) {
      const claim = attributions[index];
      if (!claim) continue;
      const words = claim.content
        ? t('quotedClaim', markdownText(claim.content.text))
        : t('noClaimText');
      const chain = [
        claim.via && t('chainVia', markdownText(claim.via)),
        claim.citedBy && t('chainCitedBy', markdownText(claim.citedBy)),
      ].filter(Boolean);
      const tail = chain.length > 0 ? ` (${chain.join('; ')})` : '';
      lines.push(`- ${words} — ${markdownText(claim.cue.text)}${tail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
