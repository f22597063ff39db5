import browser from 'webextension-polyfill';
import { askPage } from '../shared/messages';

/** The toolbar badge shows how many attributed claims the tab's page has; empty when none. */
export async function showCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1c2434' });
  await browser.action.setTitle({
    tabId,
    title:
      count > 0
        ? browser.i18n.getMessage('badgeTitle', [String(count)])
        : browser.i18n.getMessage('actionTitle'),
  });
}

/** Sets the badge from the tab's content script, or clears it when no script answers there. */
export async function refreshCount(tabId: number): Promise<void> {
  const count = await askPage(tabId, { type: 'get-report' }).then(
    (report) => report.attributions.length,
    () => 0,
  );
  await showCount(tabId, count);
}
