import browser from 'webextension-polyfill';
import type messages from '../public/_locales/en/messages.json';

/** Every interface string has a key in _locales/en/messages.json; the compiler refuses a key that does not. */
export type MessageKey = keyof typeof messages | '@@bidi_dir' | '@@ui_locale';

/** Keys that come in plural forms: `${base}_one`, `${base}_other` (and any other CLDR category). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

/** The interface text for a key, with its $PLACEHOLDERS$ filled in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}

let rules: Intl.PluralRules | undefined;

/** A number as the reader's language writes it: "1,234", "1 234", "1.234". */
export function tNumber(count: number): string {
  return count.toLocaleString(browser.i18n.getUILanguage());
}

/** A counted phrase in the reader's language: "1 claim", "5 claims". */
export function tCount(base: PluralBase, count: number): string {
  rules ??= new Intl.PluralRules(browser.i18n.getUILanguage());
  const formatted = tNumber(count);
  const text = browser.i18n.getMessage(`${base}_${rules.select(count)}`, [formatted]);
  return text || browser.i18n.getMessage(`${base}_other`, [formatted]);
}
