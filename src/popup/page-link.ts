import browser from 'webextension-polyfill';
import { askPage, type PageReport, type RunOnTab } from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { ALL_SITES } from '../shared/site-access';
import { canRunOn, siteOrigin } from './page-access';

/** What the popup can learn about a tab's page. */
export type PageReach =
  | { kind: 'report'; report: PageReport }
  /** Browser pages, extension stores, files: no extension may run there. */
  | { kind: 'unsupported' }
  /** The reader chose to read every page and has not granted the sites yet. */
  | { kind: 'no-permission'; site: string | null; everywhere: string[] }
  /** Sourcelight may run here but nobody asked yet (run mode, or the page predates the install). */
  | { kind: 'not-started' };

/** Whether an answer is a page report at all: anything else counts as no answer. */
const isReport = (value: unknown): value is PageReport =>
  typeof value === 'object' && value !== null && Array.isArray((value as PageReport).attributions);

export async function reachPage(tabId: number): Promise<PageReach> {
  try {
    const answer: unknown = await askPage(tabId, { type: 'get-report' });
    // Firefox delivers tab messages to extension pages in tabs too; they answer nothing.
    if (isReport(answer)) return { kind: 'report', report: answer };
  } catch {
    // No content script answered: find out why below.
  }
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'unsupported' };
  }
  const everywhere = [...ALL_SITES];
  // Only reading every page needs a grant first: otherwise the reader asks for each page, and
  // the toolbar button's activeTab lets Sourcelight read the page in front.
  const ungranted = async (site: string | null): Promise<PageReach> =>
    (await loadSettings()).runMode === 'automatic'
      ? { kind: 'no-permission', site, everywhere }
      : { kind: 'not-started' };
  if (url === undefined) {
    // No address means no access to this tab; with every site allowed, the page itself is closed.
    const allowed = await browser.permissions.contains({ origins: everywhere });
    return allowed ? { kind: 'unsupported' } : ungranted(null);
  }
  const site = siteOrigin(url);
  if (!canRunOn(url) || site === null) return { kind: 'unsupported' };
  if (!(await browser.permissions.contains({ origins: [site] }))) return ungranted(site);
  return { kind: 'not-started' };
}

/**
 * Starts Sourcelight on the tab now and returns the page's report, or null when the page stays
 * closed to it (a PDF viewer, a page that went away). A content script that is there but idle
 * is asked directly; otherwise the background injects one (activeTab + scripting).
 */
export async function readNow(tabId: number): Promise<PageReport | null> {
  try {
    const answer: unknown = await askPage(tabId, { type: 'run-now' });
    if (isReport(answer)) return answer;
  } catch {
    // No content script yet: the background starts one below.
  }
  return startOnTab(tabId);
}

async function startOnTab(tabId: number): Promise<PageReport | null> {
  const message: RunOnTab = { type: 'run-on-tab', tabId };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch {
    return null;
  }
  if (isReport(answer)) return answer;
  return answer === false ? null : reportOnceStarted(tabId);
}

const RETRY_DELAYS_MS = [0, 100, 250, 500, 1000, 2000, 4000];

/** The report of a page whose content script was just started and may not answer yet. */
async function reportOnceStarted(tabId: number): Promise<PageReport | null> {
  for (const delay of RETRY_DELAYS_MS) {
    await new Promise((done) => setTimeout(done, delay));
    try {
      const answer: unknown = await askPage(tabId, { type: 'get-report' });
      if (isReport(answer)) return answer;
    } catch {
      // Still loading: try again after a longer pause.
    }
  }
  return null;
}
