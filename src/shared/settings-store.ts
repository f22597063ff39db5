import browser from 'webextension-polyfill';
import { migrate, SCHEMA_VERSION, VERSION_KEY } from './settings-migrations';
import { parseSettings, SETTING_KEYS, type Settings } from './settings-schema';

/**
 * The stored data in the current layout. Older data is lifted and written back first, so that a
 * later save, which stamps the current version, never labels old-layout values as current.
 */
async function readStored(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.sync.get(null);
  const version = stored[VERSION_KEY];
  // Data from a newer version (synced from another device) is read as is, never rewritten.
  if (typeof version === 'number' && version >= SCHEMA_VERSION) return stored;
  const lifted = migrate(stored);
  const dropped = Object.keys(stored).filter((key) => !(key in lifted));
  if (dropped.length > 0) await browser.storage.sync.remove(dropped);
  await browser.storage.sync.set({ ...lifted, [VERSION_KEY]: SCHEMA_VERSION });
  return lifted;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readStored());
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
  await readStored();
  await browser.storage.sync.set({ ...change, [VERSION_KEY]: SCHEMA_VERSION });
}

export async function resetSettings(): Promise<void> {
  await browser.storage.sync.remove([...SETTING_KEYS, VERSION_KEY]);
}

/** Calls back with the whole, validated settings whenever any of them changes. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
