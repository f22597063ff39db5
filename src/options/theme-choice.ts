import { t } from '../shared/i18n';
import type { Theme } from '../shared/settings-schema';
import { choiceGroup } from './choice-group';
import { section } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

/** The colour theme of Sourcelight's own pages: the system's, light or dark. */
export function themePart(save: SaveChange): SettingsPart {
  const group = choiceGroup<Theme>(
    t('optionsThemeTitle'),
    [
      { value: 'system', label: t('themeSystem') },
      { value: 'light', label: t('themeLight') },
      { value: 'dark', label: t('themeDark') },
    ],
    (theme) => void save({ theme }),
  );
  return {
    element: section('theme', t('optionsThemeTitle'), t('optionsThemeText'), group.element),
    update: (settings) => group.set(settings.theme),
  };
}
