/**
 * Where an extension may not run, whatever it is allowed: browser pages, extension stores, files
 * (Sourcelight does not ask for file access), and the domains Firefox and Chrome keep closed.
 */
const CLOSED_HOSTS = [
  'chrome.google.com',
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts.firefox.com',
  'support.mozilla.org',
  'install.mozilla.org',
];

export function canRunOn(url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return false;
  if (address.hostname === 'chrome.google.com') return !address.pathname.startsWith('/webstore');
  return !CLOSED_HOSTS.includes(address.hostname);
}

/** The host permission pattern for one site: "https://www.bbc.co.uk/*". */
export function siteOrigin(url: string): string | null {
  try {
    const address = new URL(url);
    return /^https?:$/.test(address.protocol) ? `${address.protocol}//${address.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** The hostname a report's address belongs to, the key of the per-site switch. */
export function hostOf(url: string): string | null {
  try {
    const address = new URL(url);
    return /^https?:$/.test(address.protocol) ? address.hostname : null;
  } catch {
    return null;
  }
}
