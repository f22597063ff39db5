import browser from 'webextension-polyfill';
import { LANGUAGES } from '../engine/types';
import { t } from '../shared/i18n';

/**
 * What the reader is told about an article in a language Sourcelight does not read yet. Its text
 * showed it is not English; the language is named only when the page declares another one, since
 * a page that declares English there declares it wrongly, and telling which language a text is in
 * would take a detector per language.
 */
export function otherLanguageText(declared: string): string {
  const name = languageName(declared);
  const read = readLanguages();
  return name ? t('stateOtherLanguageNamedText', name, read) : t('stateOtherLanguageText', read);
}

/** "English, French, Spanish, German and Portuguese", in the reader's language. */
function readLanguages(): string {
  const ui = browser.i18n.getUILanguage();
  const names = new Intl.DisplayNames([ui], { type: 'language' });
  return new Intl.ListFormat([ui], { type: 'conjunction' }).format(
    LANGUAGES.map((code) => names.of(code) ?? code),
  );
}

function languageName(declared: string): string {
  const tag = declared.trim();
  // A page that declares a language the engine reads declares it wrongly: its text is in another.
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!tag || (LANGUAGES as readonly string[]).includes(primary)) return '';
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
