import { vi } from 'vitest';
import { gatherSites } from '../../src/shared/site-items';
import { getMessage } from './messages';

type Listener = (...args: never[]) => unknown;

/** An event of the WebExtension API that tests can fire. */
function fakeEvent<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: (listener: L) => void listeners.add(listener),
    removeListener: (listener: L) => void listeners.delete(listener),
    fire: (...args: Parameters<L>) => {
      for (const listener of listeners) listener(...args);
    },
    clear: () => listeners.clear(),
  };
}

const stored: Record<string, unknown> = {};
/** What the extension keeps in local storage. */
export const storedLocally: Record<string, unknown> = {};
const storageChanged = fakeEvent<(changes: Record<string, unknown>, area: string) => void>();

/** One storage area that really stores, as the browser's do. */
function fakeArea(area: 'sync' | 'local', held: Record<string, unknown>) {
  return {
    get: vi.fn(async (key: string | null = null) =>
      structuredClone(key === null ? held : key in held ? { [key]: held[key] } : {}),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(held, structuredClone(items));
      storageChanged.fire(items, area);
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      for (const key of [keys].flat()) delete held[key];
      storageChanged.fire(Object.fromEntries([keys].flat().map((key) => [key, {}])), area);
    }),
    clear: vi.fn(async () => {
      for (const key of Object.keys(held)) delete held[key];
      storageChanged.fire({}, area);
    }),
  };
}

/**
 * The parts of the WebExtension API the extension pages use, in memory: storage.sync that
 * really stores, and tabs, runtime and permissions whose answers each test chooses.
 */
export const browser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  storage: {
    sync: fakeArea('sync', stored),
    local: fakeArea('local', storedLocally),
    onChanged: storageChanged,
  },
  tabs: {
    sendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
    get: vi.fn(
      async (tabId: number): Promise<{ id: number; url?: string; windowId: number }> => ({
        id: tabId,
        windowId: 1,
      }),
    ),
    query: vi.fn(async (_query: unknown) => [{ id: 7, windowId: 1 }]),
    onActivated: fakeEvent<(info: { tabId: number; windowId: number }) => void>(),
    onUpdated: fakeEvent<(tabId: number, change: { status?: string; url?: string }) => void>(),
  },
  runtime: {
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    onMessage: fakeEvent<(message: unknown, sender: { tab?: { id?: number } }) => unknown>(),
    openOptionsPage: vi.fn(async () => undefined),
  },
  permissions: {
    contains: vi.fn(async (_permissions: { origins: string[] }) => true),
    request: vi.fn(async (_permissions: { origins: string[] }) => true),
    onAdded: fakeEvent<(permissions: { origins?: string[] }) => void>(),
    onRemoved: fakeEvent<(permissions: { origins?: string[] }) => void>(),
  },
  windows: { getCurrent: vi.fn(async () => ({ id: 1 })) },
};

/** The settings as stored right now. */
export const storedSettings = stored;

/** The per-site choices as stored right now, gathered from the items they are spread over. */
export const storedSites = () => gatherSites(stored);

/** A clean browser for the next test: nothing stored, default answers, no listeners. */
export function resetBrowser(): void {
  for (const key of Object.keys(stored)) delete stored[key];
  for (const key of Object.keys(storedLocally)) delete storedLocally[key];
  vi.clearAllMocks();
  browser.tabs.sendMessage.mockImplementation(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  browser.tabs.get.mockImplementation(async (tabId: number) => ({ id: tabId, windowId: 1 }));
  browser.permissions.contains.mockImplementation(async () => true);
  browser.runtime.sendMessage.mockImplementation(async () => undefined);
  browser.runtime.onMessage.clear();
  browser.storage.onChanged.clear();
  browser.tabs.onActivated.clear();
  browser.tabs.onUpdated.clear();
}
