import browser from 'webextension-polyfill';
import { askPage, type PageReport } from '../shared/messages';
import { PAGE_SCRIPT_FILE } from '../shared/page-script';

/**
 * Starts Sourcelight on a tab now: asks the page script that is already there, and when there is
 * none (a site not granted, the "on request" mode, a page loaded before install) injects it first.
 * activeTab grants the injection when the reader asked from the toolbar, the shortcut or the
 * context menu; no host permission is needed.
 */
export async function runOnTab(tabId: number): Promise<PageReport> {
  try {
    return await askPage(tabId, { type: 'run-now' });
  } catch {
    // A classic script that listens as it starts: it answers once the injection has resolved.
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT_FILE] });
    return await askPage(tabId, { type: 'run-now' });
  }
}
