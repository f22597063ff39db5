import browser, { type Tabs } from 'webextension-polyfill';
import { loadSettings } from '../shared/settings-store';
import { saveAndTell } from './save-and-tell';
import { siteToggled, webHost } from './toggles';

const THIS_SITE = 'toggle-highlights';
const EVERYWHERE = 'toggle-highlights-everywhere';

/** Keyboard shortcuts (the reader can change the keys in the browser's shortcut settings). */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== THIS_SITE && command !== EVERYWHERE) return;
  const settings = await loadSettings();
  // The tab the reader pressed the keys on, whose toolbar button tells of a save gone wrong.
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (command === EVERYWHERE) {
    await saveAndTell({ highlightsOn: !settings.highlightsOn }, target?.id);
    return;
  }
  const host = webHost(target?.url);
  if (host) await saveAndTell(siteToggled(settings, host), target?.id);
}
