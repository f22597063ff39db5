import { vi } from 'vitest';
import { browser as pagesBrowser, resetBrowser } from '../popup/fake-browser';

/** What the toolbar button shows on one tab. */
interface Button {
  text: string;
  title: string;
  color: string;
}

/** The toolbar button on each tab, as the background last set it. */
export const buttons = new Map<number, Button>();
const button = (tabId: number) => {
  const now = buttons.get(tabId) ?? { text: '', title: '', color: '' };
  buttons.set(tabId, now);
  return now;
};

/** Whether each context menu checkbox is checked now. */
export const menuChecked = new Map<string, boolean>();

/**
 * The extension pages' fake browser, with what the background also uses: the toolbar button
 * (per tab, as MV3's action keeps it) and the context menu's checkboxes.
 */
export const browser = {
  ...pagesBrowser,
  action: {
    setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => {
      button(tabId).text = text;
    }),
    setBadgeBackgroundColor: vi.fn(async ({ tabId, color }: { tabId: number; color: string }) => {
      button(tabId).color = color;
    }),
    setTitle: vi.fn(async ({ tabId, title }: { tabId: number; title: string }) => {
      button(tabId).title = title;
    }),
  },
  contextMenus: {
    update: vi.fn(async (id: string, { checked }: { checked?: boolean }) => {
      if (checked !== undefined) menuChecked.set(id, checked);
    }),
  },
};

/** A clean browser for the next test, buttons and menus included. */
export function resetBackground(): void {
  resetBrowser();
  buttons.clear();
  menuChecked.clear();
}
