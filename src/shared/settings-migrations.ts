/**
 * Stored settings carry the version of their layout; each migration lifts stored data from one
 * version to the next, so a reader's choices survive any change of layout.
 */

import { spreadSites } from './site-items';

export const VERSION_KEY = 'schemaVersion';

export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n+1 into version n+2. Append, never edit, so old data always lifts. */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2: the sites, one item that filled at about 270, spread over as many items as they need.
  ({ sites, ...rest }) => {
    const isMap = typeof sites === 'object' && sites !== null && !Array.isArray(sites);
    return isMap ? { ...rest, ...spreadSites(sites as Record<string, unknown>) } : rest;
  },
];

/** The version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length + 1;

/** Lifts stored data to the current layout; a missing or unreadable version counts as the first. */
export function migrate(
  stored: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): Record<string, unknown> {
  const raw = stored[VERSION_KEY];
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : 1;
  let data = stored;
  for (; version <= migrations.length; version += 1) {
    const step = migrations[version - 1];
    if (step) data = step(data);
  }
  return data;
}
