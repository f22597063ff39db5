import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { highlightsOnFor, type Settings } from '../shared/settings-schema';
import { loadSettings } from '../shared/settings-store';
import { runOnTab } from './run-on-tab';
import { saveAndTell } from './save-and-tell';
import { siteSwitched, webHost } from './toggles';

/** The page context menu: this site's switch, the global switch, and "run here now". */
const WEB_PAGES = ['http://*/*', 'https://*/*'];
const MENU = { site: 'sourcelight-site', all: 'sourcelight-all', run: 'sourcelight-run' } as const;

/** Menus persist across restarts once created: create them when the extension is installed or updated. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const common = { contexts: ['page', 'selection', 'link'] as Menus.ContextType[] };
  const settings = await loadSettings();
  browser.contextMenus.create({
    ...common,
    id: MENU.site,
    type: 'checkbox',
    checked: settings.highlightsOn,
    title: browser.i18n.getMessage('menuToggleSite'),
    documentUrlPatterns: WEB_PAGES,
  });
  browser.contextMenus.create({
    ...common,
    id: MENU.all,
    type: 'checkbox',
    checked: settings.highlightsOn,
    title: browser.i18n.getMessage('menuToggleAll'),
  });
  browser.contextMenus.create({
    ...common,
    id: MENU.run,
    title: browser.i18n.getMessage('menuRunHere'),
    documentUrlPatterns: WEB_PAGES,
  });
}

/** Keeps both checkboxes showing the state of the page the reader is on. */
export async function showStateFor(url: string | undefined, known?: Settings): Promise<void> {
  const settings = known ?? (await loadSettings());
  const host = webHost(url);
  await Promise.all([
    browser.contextMenus.update(MENU.all, { checked: settings.highlightsOn }),
    host
      ? browser.contextMenus.update(MENU.site, { checked: highlightsOnFor(settings, host) })
      : Promise.resolve(),
  ]);
}

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  const settings = await loadSettings();
  const url = info.pageUrl ?? tab?.url;
  const host = webHost(url);
  let saved = true;
  if (info.menuItemId === MENU.all) {
    saved = await saveAndTell({ highlightsOn: info.checked === true }, tab?.id);
  }
  if (info.menuItemId === MENU.site && host) {
    saved = await saveAndTell(siteSwitched(settings, host, info.checked === true), tab?.id);
  }
  // The browser ticked or cleared the box as it was clicked: a change not stored puts it back.
  if (!saved) await showStateFor(url);
  if (info.menuItemId === MENU.run && tab?.id !== undefined) await runOnTab(tab.id);
}
