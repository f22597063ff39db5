/**
 * The script that reads a page. No manifest declares it: the background registers it for the
 * sites the reader granted (see background/page-script-registration.ts) or injects it into the
 * tab the reader asked about, so Sourcelight touches no page it was not given.
 */

/** Its built file, one classic script at the root of the extension (see vite.config.ts). */
export const PAGE_SCRIPT_FILE = 'page.js';

/** The id of its one registration with the browser. */
export const PAGE_SCRIPT_ID = 'sourcelight-page';
