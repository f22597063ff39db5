import { t } from '../shared/i18n';
import type { SaveOutcome } from '../shared/settings-store';

/**
 * Tells the reader a change did not go where it usually does: kept on this device only (synced
 * storage is full), or not saved at all. A change that synced needs no word: the switch shows it.
 */
export function sayUnusualSave(saving: Promise<SaveOutcome>, say: (text: string) => void): void {
  saving.then(
    (outcome) => outcome === 'this-device' && say(t('settingsSavedOnThisDevice')),
    () => say(t('settingsSaveFailed')),
  );
}
