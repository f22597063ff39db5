import browser from 'webextension-polyfill';
import { type MessageKey, t, tCount } from '../shared/i18n';
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

/**
 * How long the button tells of a change that was not saved as usual: long enough for a reader who
 * flipped a switch from the menu or the keyboard to glance at the toolbar and point at it.
 */
export const SAVE_NOTICE_MS = 8_000;

/** Tabs whose button tells of a save now, each with the timer that gives the count back. */
const saveNotices = new Map<number, ReturnType<typeof setTimeout>>();

/** The toolbar badge shows how many attributed claims the tab's page has; empty when none. */
export async function showCount(tabId: number, page: PageCount): Promise<void> {
  // A notice of a save keeps the button until it ends, then asks the page for its count afresh.
  if (saveNotices.has(tabId)) return;
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

/**
 * The button on the reader's tab says, for a few seconds, that a change was not saved or was kept
 * on this device only: the context menu and the keyboard shortcuts have no page of their own to
 * say it on, and MV3 gives the background no other place without the notifications permission.
 */
export async function showSaveNotice(
  tabId: number,
  title: Extract<MessageKey, 'badgeTitleSaveFailed' | 'badgeTitleSavedOnThisDevice'>,
): Promise<void> {
  clearTimeout(saveNotices.get(tabId));
  const end = setTimeout(() => {
    saveNotices.delete(tabId);
    void refreshCount(tabId);
  }, SAVE_NOTICE_MS);
  saveNotices.set(tabId, end);
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#a8281e' });
  await browser.action.setTitle({ tabId, title: t(title) });
}
