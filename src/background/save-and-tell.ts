import type { Settings } from '../shared/settings-schema';
import { saveSettings } from '../shared/settings-store';
import { showSaveNotice } from './badge';

/**
 * Saves a switch flipped from the context menu or a keyboard shortcut, and has the toolbar button
 * on the reader's tab say so when the change was kept on this device only or not saved at all, as
 * the popup and the options page say it. Resolves to whether the change was stored anywhere.
 */
export async function saveAndTell(change: Partial<Settings>, tabId?: number): Promise<boolean> {
  const outcome = await saveSettings(change).catch(() => 'failed' as const);
  if (tabId !== undefined && outcome === 'failed') {
    await showSaveNotice(tabId, 'badgeTitleSaveFailed');
  }
  if (tabId !== undefined && outcome === 'this-device') {
    await showSaveNotice(tabId, 'badgeTitleSavedOnThisDevice');
  }
  return outcome !== 'failed';
}
