import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Menus, Tabs } from 'webextension-polyfill';
import { SAVE_NOTICE_MS, showCount } from '../../src/background/badge';
import { onCommand } from '../../src/background/commands';
import { onMenuClicked } from '../../src/background/menus';
import { SCHEMA_VERSION, VERSION_KEY } from '../../src/shared/settings-migrations';
import { storedLocally, storedSettings, storedSites } from '../popup/fake-browser';
import { browser, buttons, menuChecked, resetBackground } from './fake-background';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-background')).browser,
}));

const TAB = 4;
const tab = { id: TAB, url: 'https://news.example.com/harbour' } as Tabs.Tab;
const FAILED = 'Sourcelight: your change could not be saved, so highlights stay as they were';
const ON_THIS_DEVICE = /^Sourcelight: your change is saved on this device only/;

/** Synced storage refuses every write, as it does when its quota is full. */
const syncedStorageFull = () =>
  browser.storage.sync.set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
/** Local storage refuses too: the change is stored nowhere. */
const noStorageAtAll = () => {
  syncedStorageFull();
  browser.storage.local.set.mockRejectedValue(new Error('disk full'));
};

/** The reader clicks a checkbox of the page's context menu; the browser flips it as it opens. */
const clickBox = (menuItemId: string, checked: boolean) => {
  menuChecked.set(menuItemId, checked);
  return onMenuClicked({ menuItemId, checked, pageUrl: tab.url } as Menus.OnClickData, tab);
};

beforeEach(() => {
  resetBackground();
  vi.useFakeTimers();
  // Settings already in the current layout: reading them writes nothing.
  storedSettings[VERSION_KEY] = SCHEMA_VERSION;
});
afterEach(async () => {
  await vi.runAllTimersAsync();
  vi.useRealTimers();
  browser.storage.sync.set.mockReset();
  browser.storage.local.set.mockReset();
});

describe('a switch flipped from the keyboard or the context menu that is not saved as usual', () => {
  it('says on the tab’s button that it was kept on this device only, then shows the count again', async () => {
    await showCount(TAB, { count: 3, state: 'ready', capped: false });
    syncedStorageFull();
    await onCommand('toggle-highlights', tab);
    expect(storedLocally.keptOnThisDevice).toEqual({ sites: { 'news.example.com': false } });
    expect(buttons.get(TAB)?.text).toBe('!');
    expect(buttons.get(TAB)?.title).toMatch(ON_THIS_DEVICE);

    browser.tabs.sendMessage.mockResolvedValue({ state: 'ready', attributions: [{}, {}, {}] });
    await vi.advanceTimersByTimeAsync(SAVE_NOTICE_MS);
    expect(buttons.get(TAB)).toMatchObject({
      text: '3',
      title: 'Sourcelight: 3 attributed claims',
    });
  });

  it('says it could not be saved, and a count the page sends meanwhile waits for the notice to end', async () => {
    noStorageAtAll();
    await onCommand('toggle-highlights-everywhere', tab);
    expect(storedSettings.highlightsOn).toBeUndefined();
    expect(buttons.get(TAB)).toMatchObject({ text: '!', title: FAILED });

    await showCount(TAB, { count: 5, state: 'ready', capped: false });
    expect(buttons.get(TAB)?.title).toBe(FAILED);
    browser.tabs.sendMessage.mockResolvedValue({
      state: 'ready',
      attributions: [{}, {}, {}, {}, {}],
    });
    await vi.advanceTimersByTimeAsync(SAVE_NOTICE_MS);
    expect(buttons.get(TAB)?.text).toBe('5');
  });

  it('puts the menu’s checkbox back to what is stored when the change could not be saved', async () => {
    noStorageAtAll();
    await clickBox('sourcelight-site', false);
    expect(menuChecked.get('sourcelight-site')).toBe(true);
    expect([storedSites(), storedLocally.keptOnThisDevice]).toEqual([undefined, undefined]);
    expect(buttons.get(TAB)?.title).toBe(FAILED);

    await clickBox('sourcelight-all', false);
    expect(menuChecked.get('sourcelight-all')).toBe(true);
  });

  it('keeps the checkbox as clicked when the change was kept on this device', async () => {
    syncedStorageFull();
    await clickBox('sourcelight-site', false);
    expect(menuChecked.get('sourcelight-site')).toBe(false);
    expect(buttons.get(TAB)?.title).toMatch(ON_THIS_DEVICE);
  });

  it('leaves the button alone when the change synced', async () => {
    await clickBox('sourcelight-site', false);
    expect(storedSites()).toEqual({ 'news.example.com': false });
    expect(buttons.has(TAB)).toBe(false);
  });
});
