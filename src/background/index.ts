import browser, { type Runtime } from 'webextension-polyfill';
import {
  type ExtractRequest,
  isMessage,
  type ReportChanged,
  type RunOnTab,
  type WakeUp,
} from '../shared/messages';
import { onSettingsChanged } from '../shared/settings-store';
import { refreshCount, showCount } from './badge';
import { onCommand } from './commands';
import { answerExtract } from './extract-requests';
import { createMenus, onMenuClicked, showStateFor } from './menus';
import { updatePageScriptRegistration } from './page-script-registration';
import { runOnTab } from './run-on-tab';

// Every listener is registered synchronously at the top level: an MV3 service worker (Chrome) or
// event page (Firefox) is woken by the event it missed only if the listener exists on start.

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void updatePageScriptRegistration();
});
browser.runtime.onStartup.addListener(() => {
  void createMenus();
  void updatePageScriptRegistration();
});

// The page script starts by itself only where the reader granted it: a grant given or taken back
// (in the options, the popup, or the browser's own settings) moves its registration at once.
browser.permissions.onAdded.addListener(() => void updatePageScriptRegistration());
browser.permissions.onRemoved.addListener(() => void updatePageScriptRegistration());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (isMessage<ReportChanged>(message, 'report-changed') && sender.tab?.id !== undefined) {
    void showCount(sender.tab.id, message);
    return undefined;
  }
  if (isMessage<RunOnTab>(message, 'run-on-tab')) return runOnTab(message.tabId);
  if (isMessage<ExtractRequest>(message, 'extract')) return Promise.resolve(answerExtract(message));
  // Awake now, with the engine loaded: that was all the page asked.
  if (isMessage<WakeUp>(message, 'wake-up')) return Promise.resolve(true);
  return undefined;
});

// Once a tab has loaded, its badge shows what its page says now; a page without Sourcelight
// (a browser page, another site) clears it. A jump within the page keeps its count.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'complete') void refreshCount(tabId);
});

browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));

// The menu's checkboxes follow the page the reader is on (Firefox can also update as it opens).
browser.tabs.onActivated.addListener(
  ({ tabId }) => void browser.tabs.get(tabId).then((tab) => showStateFor(tab.url)),
);
browser.menus?.onShown.addListener((info) => {
  void showStateFor(info.pageUrl).then(() => browser.menus.refresh());
});
onSettingsChanged((settings) => {
  void updatePageScriptRegistration(settings);
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => showStateFor(tab?.url, settings));
});
