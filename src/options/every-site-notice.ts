import browser from 'webextension-polyfill';
import { element } from '../popup/dom';
import { t } from '../shared/i18n';
import type { RunMode } from '../shared/settings-schema';
import { ALL_SITES } from '../shared/site-access';

/**
 * Says so when "every page" is chosen but the browser does not grant every site (refused, or taken
 * back in the browser's settings): until it does, pages are read only when the reader asks. The
 * button asks again, inside the reader's click.
 */
export function everySiteNotice(say: (text: string) => void): {
  element: HTMLElement;
  update(runMode: RunMode): void;
} {
  let runMode: RunMode = 'automatic';
  const ask = element('button', {
    className: 'button',
    attrs: { type: 'button' },
    text: t('grantAllSites'),
  });
  const notice = element(
    'div',
    { className: 'grant-notice' },
    element('p', { className: 'field-error', text: t('allSitesNotGranted') }),
    ask,
  );
  notice.hidden = true;
  const refresh = async () => {
    const granted = await browser.permissions.contains({ origins: [...ALL_SITES] });
    notice.hidden = runMode !== 'automatic' || granted;
  };
  ask.addEventListener('click', () => {
    browser.permissions.request({ origins: [...ALL_SITES] }).then(
      (granted) => granted || say(t('allSitesRefused')),
      () => say(t('allSitesRefused')),
    );
  });
  // A grant given or taken back anywhere (this page, the popup, the browser's settings) shows here.
  browser.permissions.onAdded.addListener(() => void refresh());
  browser.permissions.onRemoved.addListener(() => void refresh());
  return {
    element: notice,
    update(next) {
      runMode = next;
      void refresh();
    },
  };
}
