import browser, { type Tabs } from 'webextension-polyfill';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { siteToggled, webHost } from './toggles';

/** Keyboard shortcuts (the reader can change the keys in the browser's shortcut settings). */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  const settings = await loadSettings();
  if (command === 'toggle-highlights-everywhere') {
    await saveSettings({ highlightsOn: !settings.highlightsOn });
    return;
  }
  if (command !== 'toggle-highlights') return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const host = webHost(target?.url);
  if (host) await saveSettings(siteToggled(settings, host));
}
