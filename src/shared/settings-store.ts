import browser from 'webextension-polyfill';
import { migrate, SCHEMA_VERSION, VERSION_KEY } from './settings-migrations';
import { parseSettings, type Settings } from './settings-schema';
import { gatherSites, SITE_ITEM_COUNT, spreadSites, staleSiteItems } from './site-items';

/**
 * Settings live in synced storage, so they follow the reader to their other browsers. A change
 * synced storage refuses (its quota is full, or too many writes came at once) is kept in local
 * storage instead, under one key, and wins over the synced value on this device until a later
 * change of the same setting syncs again: a save loses nothing, and says where it went.
 */
const ON_THIS_DEVICE = 'keptOnThisDevice';

/** Where a change was stored. */
export type SaveOutcome = 'synced' | 'this-device';

/**
 * The synced data in the current layout. Older data is lifted and written back first, so that a
 * later save, which stamps the current version, never labels old-layout values as current.
 */
async function readSynced(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.sync.get(null);
  const version = stored[VERSION_KEY];
  // Data from a newer version (synced from another device) is read as is, never rewritten.
  if (typeof version === 'number' && version >= SCHEMA_VERSION) return stored;
  const lifted = migrate(stored);
  const dropped = Object.keys(stored).filter((key) => !(key in lifted));
  await browser.storage.sync.set({ ...lifted, [VERSION_KEY]: SCHEMA_VERSION });
  // Removed only once the lifted data is written: a failed write leaves the old data whole.
  if (dropped.length > 0) await browser.storage.sync.remove(dropped);
  return lifted;
}

/** The changes synced storage refused, by setting. */
async function readKept(): Promise<Record<string, unknown>> {
  const { [ON_THIS_DEVICE]: kept } = await browser.storage.local.get(ON_THIS_DEVICE);
  return typeof kept === 'object' && kept !== null && !Array.isArray(kept)
    ? (kept as Record<string, unknown>)
    : {};
}

export async function loadSettings(): Promise<Settings> {
  const [synced, kept] = await Promise.all([readSynced(), readKept()]);
  return parseSettings({ ...synced, sites: gatherSites(synced), ...kept });
}

export async function saveSettings(change: Partial<Settings>): Promise<SaveOutcome> {
  const synced = await readSynced();
  const { sites, ...rest } = change;
  const spread = sites === undefined ? {} : spreadSites(sites);
  try {
    await browser.storage.sync.set({ ...rest, ...spread, [VERSION_KEY]: SCHEMA_VERSION });
  } catch {
    await browser.storage.local.set({ [ON_THIS_DEVICE]: { ...(await readKept()), ...change } });
    return 'this-device';
  }
  if (sites !== undefined) {
    const stale = staleSiteItems(synced, spread[SITE_ITEM_COUNT] as number);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
  }
  await forgetKept(Object.keys(change));
  return 'synced';
}

/** Settings that synced again no longer need their copy on this device. */
async function forgetKept(settings: string[]): Promise<void> {
  const kept = await readKept();
  if (!settings.some((setting) => setting in kept)) return;
  const left = Object.fromEntries(Object.entries(kept).filter(([key]) => !settings.includes(key)));
  if (Object.keys(left).length > 0) await browser.storage.local.set({ [ON_THIS_DEVICE]: left });
  else await browser.storage.local.remove(ON_THIS_DEVICE);
}

export async function resetSettings(): Promise<void> {
  // Synced storage holds the settings and nothing else.
  await browser.storage.sync.clear();
  await browser.storage.local.remove(ON_THIS_DEVICE);
}

/** Calls back with the whole, validated settings whenever any of them changes. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || (area === 'local' && ON_THIS_DEVICE in changes)) {
      void loadSettings().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
