import type { ExtensionBrowser } from './browsers';
import { grantInAClick } from './browsers';
import { inExtension } from './extension-api';

/**
 * What a reader does about Sourcelight's site access in the browser's own settings: take back the
 * grant to every site, give it again, or give one site. In Chromium, the extension's details page
 * (chrome://extensions and the API behind its "Site access" menu); in Firefox, about:addons'
 * permission switch, which removes a grant as permissions.remove does, and a click that grants.
 */

type DeveloperPrivate = {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
};

/** Runs `change` in Chromium's extensions page, on Sourcelight's entry. */
async function inChromiumSettings(
  ext: ExtensionBrowser,
  change: (api: DeveloperPrivate, id: string, hosts: string[]) => Promise<void>,
  hosts: string[] = [],
): Promise<void> {
  const id = /^chrome-extension:\/\/([a-p]{32})\//.exec(ext.extensionOrigin)?.[1] ?? '';
  const page = await ext.browser.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${id}`);
    await page.evaluate(
      `(${change.toString()})(chrome.developerPrivate, ${JSON.stringify(id)}, ${JSON.stringify(hosts)})`,
    );
  } finally {
    await page.close();
  }
}

const EVERY_SITE = ['http://*/*', 'https://*/*'];

/** Site access "On click" (Chromium), or the "Access your data for all websites" switch off (Firefox). */
export async function takeBackEverySite(ext: ExtensionBrowser): Promise<void> {
  if (ext.name === 'chromium') {
    return inChromiumSettings(ext, (api, id) =>
      api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }),
    );
  }
  await inExtension(ext, (api, origins) => api.permissions.remove({ origins }), EVERY_SITE);
}

/** Site access "On all sites" (Chromium), or the switch on again (Firefox). */
export async function grantEverySite(ext: ExtensionBrowser): Promise<void> {
  if (ext.name === 'chromium') {
    return inChromiumSettings(ext, (api, id) =>
      api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }),
    );
  }
  await grantInAClick(ext, EVERY_SITE);
}

/** Site access "On click" with one site allowed, over http and https (Chromium only). */
export function grantOneSiteInChromium(ext: ExtensionBrowser, host: string): Promise<void> {
  return inChromiumSettings(
    ext,
    async (api, id, patterns) => {
      await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' });
      for (const pattern of patterns) await api.addHostPermission(id, pattern);
    },
    [`http://${host}/*`, `https://${host}/*`],
  );
}
