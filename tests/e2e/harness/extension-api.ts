/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';

/**
 * Calls into the extension's own APIs from one of its pages, as its popup or options page would:
 * stored settings, the badge, messages to the background and to a tab's content script.
 */
export interface ExtensionApi {
  setSettings(values: Record<string, unknown>): Promise<void>;
  badgeText(tabId: number): Promise<string>;
  /** Sends a message to the background and returns its answer. */
  sendToBackground(message: object): Promise<unknown>;
  /** Asks a tab's content script, as the popup does. */
  askPage(tabId: number, request: object): Promise<unknown>;
  close(): Promise<void>;
}

// Each call is its own function: extension pages forbid eval, so code cannot travel as a string.
// Firefox has `browser`; Chromium's `chrome` returns promises in MV3 too.
export async function extensionApi(ext: ExtensionBrowser): Promise<ExtensionApi> {
  const page: Page = await ext.openExtensionPage('src/options/index.html');
  return {
    setSettings: (values) =>
      page.evaluate(async (v) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.sync.set(v);
      }, values),
    badgeText: (tabId) =>
      page.evaluate((id) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    sendToBackground: (message) =>
      page.evaluate((m) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return api.runtime.sendMessage(m);
      }, message),
    askPage: (tabId, request) =>
      page.evaluate(
        (id, r) => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          return api.tabs.sendMessage(id, r);
        },
        tabId,
        request,
      ),
    close: () => page.close(),
  };
}
