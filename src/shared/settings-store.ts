import browser from 'webextension-polyfill';
import { parseSettings, SETTING_KEYS, type Settings } from './settings-schema';

/** The version of the stored layout; each migration lifts stored data from one version to the next. */
export const SCHEMA_VERSION = 1;
const VERSION_KEY = 'schemaVersion';

type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n+1 into version n+2. Append, never edit, so old data always lifts. */
const migrations: Migration[] = [];

export function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  const raw = stored[VERSION_KEY];
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : 1;
  let data = stored;
  while (version < SCHEMA_VERSION) {
    const step = migrations[version - 1];
    if (step) data = step(data);
    version += 1;
  }
  return data;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(null);
  return parseSettings(migrate(stored));
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
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
