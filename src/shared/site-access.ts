/**
 * What Sourcelight asks the browser for, inside the reader's click: every site when the reader
 * chooses to read every page, one site at a time for "allowed sites", and nothing at all for
 * "on request" (the toolbar button's activeTab covers the page in front).
 */

/** Every web page, as "read every page" asks for it. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** The pages of one site, over http and https: "www.bbc.co.uk" → two patterns. */
export function siteAccess(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}
