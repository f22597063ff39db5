import './options.css';
import { createAnnouncer } from '../popup/announcer';
import { element } from '../popup/dom';
import { setUpPage } from '../popup/page-setup';
import { applyTheme } from '../popup/theme';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import {
  loadSettings,
  onSettingsChanged,
  resetSettings,
  saveSettings,
} from '../shared/settings-store';
import { beliefsPart } from './beliefs-choice';
import { cuePhrasesPart } from './cue-phrases';
import { highlightedKindsPart } from './highlighted-kinds';
import { resetPart } from './reset';
import { runModePart } from './run-mode';
import type { SaveChange } from './settings-part';
import { sitesPart } from './sites';
import { themePart } from './theme-choice';

setUpPage(t('optionsTitle'));
const status = createAnnouncer({ visible: true });
const save: SaveChange = (change) =>
  saveSettings(change).then(
    (outcome) => {
      status.say(t(outcome === 'synced' ? 'settingsSaved' : 'settingsSavedOnThisDevice'));
      return true;
    },
    () => {
      status.say(t('settingsSaveFailed'));
      return false;
    },
  );
const parts = [
  runModePart(save, status.say),
  sitesPart(save, status.say),
  highlightedKindsPart(save),
  beliefsPart(save),
  themePart(save),
  cuePhrasesPart(save),
];

const show = (settings: Settings) => {
  applyTheme(settings.theme);
  for (const part of parts) part.update(settings);
  document.body.dataset.state = 'ready';
};

const main =
  document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
document.body.prepend(
  element(
    'header',
    { className: 'app-bar' },
    element('h1', { className: 'brand', text: t('optionsTitle') }),
  ),
);
main.append(
  ...parts.map((part) => part.element),
  resetPart(() => {
    resetSettings().then(
      () => status.say(t('settingsReset')),
      () => status.say(t('settingsSaveFailed')),
    );
  }),
  status.element,
);
void loadSettings().then(show);
onSettingsChanged(show);
