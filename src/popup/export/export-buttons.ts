import { t } from '../../shared/i18n';
import type { PageReport } from '../../shared/messages';
import { element } from '../dom';
import { claimsAsCsv } from './csv';
import { exportFileName } from './file-name';
import { claimsAsJson } from './json';
import { claimsAsMarkdown } from './markdown';

/** How long a download's Blob address lives: long enough for the browser to read it, then freed. */
const BLOB_LIFETIME_MS = 60_000;

/** Saves text as a file through an `<a download>`: no downloads permission needed. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { className: 'visually-hidden', attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
}

/** Copy as Markdown, download CSV, download JSON, for the report `current()` returns. */
export function createExportButtons(
  current: () => PageReport | null,
  say: (message: string) => void,
): HTMLElement {
  const fallback = element('div', { className: 'copy-fallback' });
  fallback.hidden = true;

  // When the browser refuses the clipboard, the text is shown selected for the reader to copy.
  const offerToCopy = (text: string) => {
    const box = element('textarea', {
      attrs: { readonly: '', rows: '6', 'aria-label': t('copyFallbackLabel') },
    });
    box.value = text;
    fallback.replaceChildren(element('p', { text: t('copyFallbackText') }), box);
    fallback.hidden = false;
    box.focus();
    box.select();
  };

  const button = (label: string, onClick: (report: PageReport) => void) => {
    const node = element('button', { className: 'button', attrs: { type: 'button' }, text: label });
    node.addEventListener('click', () => {
      const report = current();
      if (report) onClick(report);
    });
    return node;
  };

  const copy = button(t('exportMarkdown'), (report) => {
    const text = claimsAsMarkdown(report, new Date(), t);
    fallback.hidden = true;
    navigator.clipboard.writeText(text).then(
      () => say(t('exportCopied')),
      () => offerToCopy(text),
    );
  });
  const csv = button(t('exportCsv'), (report) => {
    // The byte order mark tells spreadsheet programs the file is UTF-8.
    download(
      `\ufeff${claimsAsCsv(report)}`,
      'text/csv;charset=utf-8',
      exportFileName(report.url, new Date(), 'csv'),
    );
    say(t('exportDownloaded'));
  });
  const json = button(t('exportJson'), (report) => {
    download(
      claimsAsJson(report, new Date()),
      'application/json',
      exportFileName(report.url, new Date(), 'json'),
    );
    say(t('exportDownloaded'));
  });

  return element(
    'section',
    { className: 'export', attrs: { 'aria-label': t('exportLabel') } },
    element('div', { className: 'export-buttons' }, copy, csv, json),
    fallback,
  );
}
