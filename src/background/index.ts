import browser, { type Runtime } from 'webextension-polyfill';
import {
  type BackgroundMessage,
  isMessage,
  type ReportChanged,
  type RunOnTab,
} from '../shared/messages';
import { showCount } from './badge';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (isMessage<ReportChanged>(message, 'report-changed') && sender.tab?.id !== undefined) {
    void showCount(sender.tab.id, message.count);
  }
  if (isMessage<RunOnTab>(message, 'run-on-tab')) {
    return runOnTab(message.tabId);
  }
  return undefined;
});

async function runOnTab(tabId: number): Promise<boolean> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  await browser.scripting.executeScript({ target: { tabId }, files });
  return true;
}

export type { BackgroundMessage };
