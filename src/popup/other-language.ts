import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/**
 * What the reader is told about an article in a language Sourcelight does not read yet. Its text
 * showed it is not English; the language is named only when the page declares another one, since
 * a page that declares English there declares it wrongly, and telling which language a text is in
 * would take a detector per language.
 */
export function otherLanguageText(declared: string): string {
  const name = languageName(declared);
  return name ? t('stateOtherLanguageNamedText', name) : t('stateOtherLanguageText');
}

function languageName(declared: string): string {
  const tag = declared.trim();
  if (!tag || /^en(?:-|$)/i.test(tag)) return '';
  try {
    const names = new Intl.DisplayNames([browser.i18n.getUILanguage()], {
      type: 'language',
      fallback: 'none',
    });
    return names.of(tag) ?? '';
  } catch {
    // Not a language tag at all ("french", "fr_FR"): no name rather than a wrong one.
    return '';
  }
}
