import browser from 'webextension-polyfill';
import { PAGE_SCRIPT_FILE, PAGE_SCRIPT_ID } from '../shared/page-script';
import type { Settings } from '../shared/settings-schema';
import { loadSettings } from '../shared/settings-store';
import { ALL_SITES, siteAccess } from '../shared/site-access';

/** Web pages in a permission pattern: every site of a scheme, or one site, with any path. */
const WEB_PATTERN = /^https?:\/\/[^/]+\/\*$/;

/**
 * The pages the page script starts on by itself: for "every page", every page the reader granted
 * (every site, or the sites allowed one by one from the popup), exactly the granted sites turned
 * on for "allowed sites", and none "on request" (the reader's click injects it, see
 * run-on-tab.ts). This is the one way the script arrives on a page unasked: a second path (a
 * manifest entry) would run it twice where both match.
 */
export async function pagesToRunOn(settings: Settings): Promise<string[]> {
  const granted = (origins: string[]) => browser.permissions.contains({ origins });
  if (settings.runMode === 'automatic') {
    if (await granted([...ALL_SITES])) return [...ALL_SITES];
    const { origins = [] } = await browser.permissions.getAll();
    return origins.filter((origin) => WEB_PATTERN.test(origin));
  }
  if (settings.runMode === 'on-request') return [];
  const patterns = Object.entries(settings.sites)
    .filter(([, on]) => on)
    .flatMap(([host]) => siteAccess(host));
  const allowed = await Promise.all(patterns.map((pattern) => granted([pattern])));
  return patterns.filter((_, index) => allowed[index]);
}

/** Registers, updates or removes the page script's registration to match `matches`. */
async function register(matches: string[]): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [PAGE_SCRIPT_ID] });
    return;
  }
  if (current?.matches?.join('\n') === matches.join('\n')) return;
  const script = {
    id: PAGE_SCRIPT_ID,
    matches,
    js: [PAGE_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (current) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Brings the registration in line with the settings and the browser's grants. Calls run one after
 * another: two at once would both find no registration and the second would fail as a duplicate.
 */
export function updatePageScriptRegistration(known?: Settings): Promise<void> {
  queue = queue
    .then(async () => register(await pagesToRunOn(known ?? (await loadSettings()))))
    .catch((error: unknown) => console.error('Sourcelight: page script registration', error));
  return queue;
}
