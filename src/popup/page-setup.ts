import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { applyRememberedTheme } from './theme';

/** An extension page in the reader's language (lang and direction for screen readers), its title and theme. */
export function setUpPage(title: string = t('extensionName')): void {
  applyRememberedTheme();
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = t('@@bidi_dir') || 'ltr';
  document.title = title;
}
