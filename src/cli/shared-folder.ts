import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared material beside the repository (`../shared`: PolNeAR, the seed page, saved pages),
 * or the folder SOURCELIGHT_SHARED names; a user's clone has none, so callers skip without it.
 */
export function sharedFolder(): string {
  return process.env.SOURCELIGHT_SHARED
    ? resolve(process.env.SOURCELIGHT_SHARED)
    : fileURLToPath(new URL('../../../shared', import.meta.url));
}

/** A path inside the shared folder, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const path = join(sharedFolder(), ...parts);
  return existsSync(path) ? path : null;
}
