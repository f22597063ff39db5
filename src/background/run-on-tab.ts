import browser from 'webextension-polyfill';
import { askPage, type PageReport } from '../shared/messages';

/**
 * Starts Sourcelight on a tab now: asks the content script that is already there, and when there
 * is none (page loaded before install, site never allowed) injects it first. activeTab grants the
 * injection when the reader asked from the toolbar, the shortcut or the context menu.
 */
export async function runOnTab(tabId: number): Promise<PageReport> {
  try {
    return await askPage(tabId, { type: 'run-now' });
  } catch {
    const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    // A classic script that listens as it starts: it answers once the injection has resolved.
    await browser.scripting.executeScript({ target: { tabId }, files });
    return await askPage(tabId, { type: 'run-now' });
  }
}
