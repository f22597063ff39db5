import type { PageReport, PageRequest } from '../../../src/shared/messages';
import { PAGE_SCRIPT_FILE } from '../../../src/shared/page-script';
import type { Settings } from '../../../src/shared/settings-schema';
import { gatherSites, spreadSites } from '../../../src/shared/site-items';
import type { ExtensionBrowser } from './browsers';

/** The slice of the WebExtension API the tests call: `browser` in Firefox, `chrome` in Chromium. */
type Api = {
  storage: {
    sync: {
      set(v: object): Promise<void>;
      clear(): Promise<void>;
      get(keys: null): Promise<object>;
      remove(key: string): Promise<void>;
    };
    local: { get(keys: null): Promise<object> };
  };
  tabs: {
    get(tabId: number): Promise<{ windowId?: number }>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
    query(q: object): Promise<{ id?: number; url?: string }[]>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  permissions: { remove(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    executeScript(details: object): Promise<unknown>;
    getRegisteredContentScripts(): Promise<{ matches?: string[] }[]>;
  };
  runtime: {
    sendMessage(message: object): Promise<unknown>;
  };
};

/**
 * Runs a function with the extension's API in one of its own pages (the options page), as its
 * popup would. The function travels as source text and its argument as JSON, so it may use
 * nothing from the test's scope.
 */
export async function inExtension<T, A>(
  ext: ExtensionBrowser,
  run: (api: Api, arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await ext.openExtensionPage('src/options/index.html');
  try {
    return (await page.evaluate(
      `(${run.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`,
    )) as T;
  } finally {
    await page.close();
  }
}

/** Stores settings as the extension does: the sites spread over their synced items. */
export function saveSettings(ext: ExtensionBrowser, settings: Partial<Settings>): Promise<void> {
  const { sites, ...rest } = settings;
  const items = sites === undefined ? rest : { ...rest, ...spreadSites(sites) };
  return inExtension(ext, (api, values) => api.storage.sync.set(values), items);
}

export function resetSettings(ext: ExtensionBrowser): Promise<void> {
  return inExtension(ext, (api) => api.storage.sync.clear(), null);
}

/** What the extension has stored in sync storage, as a raw object. */
export function storedSettings(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return inExtension(
    ext,
    (api) => api.storage.sync.get(null) as Promise<Record<string, unknown>>,
    null,
  );
}

/** The per-site choices the extension has stored, gathered from the synced items they fill. */
export async function storedSites(ext: ExtensionBrowser): Promise<unknown> {
  return gatherSites(await storedSettings(ext));
}

/** What the extension keeps in local storage, as a raw object. */
export function storedLocally(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return inExtension(
    ext,
    (api) => api.storage.local.get(null) as Promise<Record<string, unknown>>,
    null,
  );
}

/** Asks a tab's content script, as the popup does. */
export function askTab<T>(ext: ExtensionBrowser, tabId: number, request: PageRequest): Promise<T> {
  return inExtension(
    ext,
    (api, { tabId, request }) => api.tabs.sendMessage(tabId, request) as Promise<T>,
    { tabId, request },
  );
}

export function reportOf(ext: ExtensionBrowser, tabId: number): Promise<PageReport> {
  return askTab<PageReport>(ext, tabId, { type: 'get-report' });
}

/** Sends a message to the background and returns its answer. */
export function sendToBackground<T>(ext: ExtensionBrowser, message: object): Promise<T> {
  return inExtension(ext, (api, m) => api.runtime.sendMessage(m) as Promise<T>, message);
}

/** The toolbar badge of a tab. */
export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return inExtension(ext, (api, tabId) => api.action.getBadgeText({ tabId }), tabId);
}

/** The toolbar button's tooltip on a tab. */
export function badgeTitle(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return inExtension(ext, (api, tabId) => api.action.getTitle({ tabId }), tabId);
}

/** Injects the page script once more, as the background does when the reader asks. */
export function injectAgain(ext: ExtensionBrowser, tabId: number): Promise<unknown> {
  return inExtension(
    ext,
    (api, { tabId, file }) => api.scripting.executeScript({ target: { tabId }, files: [file] }),
    { tabId, file: PAGE_SCRIPT_FILE },
  );
}

/** The window a tab is in. */
export async function windowOf(ext: ExtensionBrowser, tabId: number): Promise<number> {
  const id = await inExtension(
    ext,
    async (api, tabId) => (await api.tabs.get(tabId)).windowId,
    tabId,
  );
  if (id === undefined) throw new Error(`tab ${tabId} is in no window`);
  return id;
}

/** Every tab's id except the extension's own pages. */
export function webTabIds(ext: ExtensionBrowser): Promise<number[]> {
  return inExtension(
    ext,
    async (api, origin) =>
      (await api.tabs.query({}))
        .filter((tab) => !tab.url?.startsWith(origin))
        .map((tab) => tab.id ?? -1),
    ext.extensionOrigin,
  );
}

/** The pages each of the extension's registered scripts starts on by itself. */
export function registeredFor(ext: ExtensionBrowser): Promise<string[][]> {
  return inExtension(
    ext,
    async (api) =>
      (await api.scripting.getRegisteredContentScripts()).map((script) => script.matches ?? []),
    null,
  );
}
