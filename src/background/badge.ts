import browser from 'webextension-polyfill';
import { tCount } from '../shared/i18n';
import { askPage, type PageState } from '../shared/messages';

/** The toolbar button's tooltip: the count, or why a read article has none. */
function titleFor(count: number, state: PageState | null): string {
  if (count > 0) return tCount('badgeTitle', count);
  if (state === 'other-language') return browser.i18n.getMessage('badgeTitleOtherLanguage');
  return browser.i18n.getMessage('actionTitle');
}

/** The toolbar badge shows how many attributed claims the tab's page has; empty when none. */
export async function showCount(
  tabId: number,
  count: number,
  state: PageState | null = null,
): Promise<void> {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1c2434' });
  await browser.action.setTitle({ tabId, title: titleFor(count, state) });
}

/** Sets the badge from the tab's content script, or clears it when no script answers there. */
export async function refreshCount(tabId: number): Promise<void> {
  const report = await askPage(tabId, { type: 'get-report' }).catch(() => null);
  await showCount(tabId, report?.attributions.length ?? 0, report?.state ?? null);
}
