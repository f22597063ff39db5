import { siteChoices } from './site-choices';

/**
 * Synced storage holds at most 8 KB in one item (its key and its JSON value) and about 100 KB in
 * all: one item of every site the reader chose held about 270 of them. The sites are spread over
 * numbered items instead ("sites.0", "sites.1"…), and a count says how many are current, so that
 * items left from a longer list are never read back.
 */
export const SITE_ITEM_COUNT = 'siteItems';
const SITE_ITEM = 'sites.';
/** Under the 8,192 bytes Chrome and Firefox allow, with room for a longer key. */
const ITEM_BYTES = 8000;

const bytes = (text: string): number => new TextEncoder().encode(text).length;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSiteItem = (key: string): boolean => key.startsWith(SITE_ITEM);

/** The items that hold these sites, and their count. */
export function spreadSites(sites: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  let item: Record<string, unknown> = Object.create(null);
  let size = 0;
  for (const [host, value] of Object.entries(sites)) {
    // "host":value, in the item's JSON.
    const entry = bytes(JSON.stringify(host)) + bytes(JSON.stringify(value) ?? '') + 2;
    if (size > 0 && size + entry > ITEM_BYTES) {
      items.push(item);
      item = Object.create(null);
      size = 0;
    }
    item[host] = value;
    size += entry;
  }
  if (size > 0) items.push(item);
  return Object.fromEntries([
    [SITE_ITEM_COUNT, items.length],
    ...items.map((held, index) => [`${SITE_ITEM}${index}`, held]),
  ]);
}

/** The sites the current items hold, or undefined when none are stored (or the count is broken). */
export function gatherSites(stored: Readonly<Record<string, unknown>>): unknown {
  const count = stored[SITE_ITEM_COUNT];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  const entries: [string, boolean][] = [];
  for (let index = 0; index < count; index += 1) {
    const item = stored[`${SITE_ITEM}${index}`];
    if (!isRecord(item)) continue;
    for (const [host, on] of Object.entries(item))
      if (typeof on === 'boolean') entries.push([host, on]);
  }
  return siteChoices(entries);
}

/** The items a shorter list of sites leaves behind. */
export function staleSiteItems(stored: Readonly<Record<string, unknown>>, count: number): string[] {
  return Object.keys(stored).filter(
    (key) => isSiteItem(key) && !(Number(key.slice(SITE_ITEM.length)) < count),
  );
}
