import browser from 'webextension-polyfill';
import { tCount } from '../shared/i18n';
import { askPage, type ReportChanged } from '../shared/messages';

/** What the badge shows of a tab's page: its count, its state, whether it was capped. */
export type PageCount = Omit<ReportChanged, 'type'>;

const NO_PAGE: PageCount = { count: 0, state: 'idle', capped: false };

/**
 * The badge's text, four characters at most: the count, "999+" past that, and for a page that
 * holds more than Sourcelight lists, the count listed with "+" ("10k+"). "k", the SI prefix, reads
 * alike in every interface language and keeps 10,000 within the four.
 */
export function badgeText({ count, capped }: PageCount): string {
  if (count === 0) return '';
  if (!capped) return count > 999 ? '999+' : String(count);
  return count < 1000 ? `${count}+` : `${Math.floor(count / 1000)}k+`;
}

/** The toolbar button's tooltip: the count, whether the page holds more, or why a read article has none. */
function titleFor({ count, state, capped }: PageCount): string {
  if (count > 0) return tCount(capped ? 'badgeTitleCapped' : 'badgeTitle', count);
  if (state === 'other-language') return browser.i18n.getMessage('badgeTitleOtherLanguage');
  return browser.i18n.getMessage('actionTitle');
}

/** The toolbar badge shows how many attributed claims the tab's page has; empty when none. */
export async function showCount(tabId: number, page: PageCount): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(page) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1c2434' });
  await browser.action.setTitle({ tabId, title: titleFor(page) });
}

/** Sets the badge from the tab's content script, or clears it when no script answers there. */
export async function refreshCount(tabId: number): Promise<void> {
  const report = await askPage(tabId, { type: 'get-report' }).catch(() => null);
  await showCount(
    tabId,
    report
      ? { count: report.attributions.length, state: report.state, capped: report.capped === true }
      : NO_PAGE,
  );
}
