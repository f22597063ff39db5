import browser from 'webextension-polyfill';
import { element } from '../popup/dom';
import { type MessageKey, t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import { siteAccess } from '../shared/site-access';
import { choiceFor, withChoice, withoutSite } from '../shared/site-choices';
import { entryList } from './entry-list';
import { section, textField } from './field';
import type { SaveChange, SettingsPart } from './settings-part';
import { type SiteProblem, siteEntry } from './site-entry';

const PROBLEM: Record<SiteProblem, MessageKey> = {
  empty: 'siteProblemEmpty',
  invalid: 'siteProblemInvalid',
  duplicate: 'siteProblemDuplicate',
};

/** An on/off choice for highlights on one site. */
function onOffSelect(label: string, on: boolean): HTMLSelectElement {
  const select = element(
    'select',
    { attrs: { 'aria-label': label } },
    element('option', { attrs: { value: 'on' }, text: t('siteOn') }),
    element('option', { attrs: { value: 'off' }, text: t('siteOff') }),
  );
  select.value = on ? 'on' : 'off';
  return select;
}

/** The sites where the reader turned Sourcelight on or off: change, remove, add. */
export function sitesPart(save: SaveChange, say: (text: string) => void): SettingsPart {
  let sites: Settings['sites'] = {};
  let runMode: Settings['runMode'] = 'automatic';
  /** A site turned on is read by itself in the allowed-sites mode, once the browser grants it. */
  const askAccess = (host: string) => {
    if (runMode !== 'allowed-sites') return;
    // Asked at once inside the reader's action: browsers only show the prompt on a gesture.
    browser.permissions.request({ origins: siteAccess(host) }).then(
      (granted) => granted || say(t('siteAccessRefused')),
      () => say(t('siteAccessRefused')),
    );
  };
  const field = textField(t('siteField'), t('siteFieldHint'));
  const choice = onOffSelect(t('siteNewChoice'), true);
  const entries = entryList({
    emptyText: t('sitesEmpty'),
    controls: (host) => {
      const select = onOffSelect(t('siteChoice', host), choiceFor(sites, host) ?? true);
      select.addEventListener('change', () => {
        if (select.value === 'on') askAccess(host);
        void save({ sites: withChoice(sites, host, select.value === 'on') });
      });
      return [select];
    },
    remove: (host) => void save({ sites: withoutSite(sites, host) }),
    afterLast: () => field.input,
  });

  const form = element(
    'form',
    { className: 'add-form', attrs: { 'aria-label': t('siteAdd') } },
    field.row,
    choice,
    element('button', { className: 'button', attrs: { type: 'submit' }, text: t('siteAdd') }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entry = siteEntry(field.input.value, Object.keys(sites));
    if ('problem' in entry) {
      // The typed text stays in the field, with the reason beside it, to be corrected.
      field.showProblem(t(PROBLEM[entry.problem]));
      field.input.focus();
      return;
    }
    field.showProblem(null);
    if (choice.value === 'on') askAccess(entry.host);
    // The field empties only once the site is stored: a failed save loses nothing typed.
    void save({ sites: withChoice(sites, entry.host, choice.value === 'on') }).then((saved) => {
      if (saved) field.input.value = '';
    });
  });

  return {
    element: section('sites', t('optionsSitesTitle'), t('optionsSitesText'), entries.element, form),
    update(settings) {
      sites = settings.sites;
      runMode = settings.runMode;
      entries.set(Object.keys(sites).sort());
    },
  };
}
