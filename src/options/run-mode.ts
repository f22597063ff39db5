import { t } from '../shared/i18n';
import type { RunMode } from '../shared/settings-schema';
import { choiceGroup } from './choice-group';
import { section } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

/** When Sourcelight reads pages: everywhere, on the reader's sites, or only when asked. */
export function runModePart(save: SaveChange): SettingsPart {
  const group = choiceGroup<RunMode>(
    t('optionsRunModeTitle'),
    [
      { value: 'automatic', label: t('runModeAutomatic'), description: t('runModeAutomaticText') },
      {
        value: 'allowed-sites',
        label: t('runModeAllowedSites'),
        description: t('runModeAllowedSitesText'),
      },
      { value: 'on-request', label: t('runModeOnRequest'), description: t('runModeOnRequestText') },
    ],
    (runMode) => void save({ runMode }),
  );
  return {
    element: section('run-mode', t('optionsRunModeTitle'), t('optionsRunModeText'), group.element),
    update: (settings) => group.set(settings.runMode),
  };
}
