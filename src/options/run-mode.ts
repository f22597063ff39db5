import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { RunMode, Settings } from '../shared/settings-schema';
import { ALL_SITES, siteAccess } from '../shared/site-access';
import { choiceGroup } from './choice-group';
import { everySiteNotice } from './every-site-notice';
import { section } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

/** The sites the reader turned on, as the browser is asked for them. */
const allowedSites = (settings: Settings): string[] =>
  Object.entries(settings.sites)
    .filter(([, on]) => on)
    .flatMap(([host]) => siteAccess(host));

/**
 * When Sourcelight reads pages: everywhere, on the reader's sites, or only when asked. Each mode
 * asks the browser for what it needs, inside the reader's click (the only time a prompt may
 * show): every site, the sites turned on below, or nothing.
 */
export function runModePart(save: SaveChange, say: (text: string) => void): SettingsPart {
  let settings: Settings | null = null;
  const choose = (runMode: RunMode) => {
    const asked =
      runMode === 'automatic'
        ? [...ALL_SITES]
        : runMode === 'allowed-sites' && settings
          ? allowedSites(settings)
          : [];
    if (asked.length === 0) return void save({ runMode });
    const previous = settings?.runMode ?? 'automatic';
    // Every page cannot be read without every site: a refused grant puts the choice back, saying why.
    const refused = () => {
      group.set(previous);
      say(t('allSitesRefused'));
    };
    // The allowed sites' grants are asked for in passing: refused, those sites read on request.
    browser.permissions.request({ origins: asked }).then((granted) => {
      if (granted || runMode !== 'automatic') void save({ runMode });
      else refused();
    }, refused);
  };
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
    choose,
  );
  const notice = everySiteNotice(say);
  return {
    element: section(
      'run-mode',
      t('optionsRunModeTitle'),
      t('optionsRunModeText'),
      group.element,
      notice.element,
    ),
    update: (next) => {
      settings = next;
      group.set(next.runMode);
      notice.update(next.runMode);
    },
  };
}
