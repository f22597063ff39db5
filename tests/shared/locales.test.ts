import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every translation of the interface against the English one the compiler checks keys with. */

interface Message {
  message: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = resolve('src/public/_locales');
const read = (locale: string): Record<string, Message> =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

const EN = read('en');
const TRANSLATIONS = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

/** Keys that come in plural forms, by their base: `claimCount` for claimCount_one, claimCount_other. */
const PLURAL_BASES = Object.keys(EN)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -'_other'.length));
const pluralBaseOf = (key: string) =>
  PLURAL_BASES.find(
    (base) => key.startsWith(`${base}_`) && !key.slice(base.length + 1).includes('_'),
  );

/** Chrome's folder names are language_REGION; Intl wants language-REGION. */
const categoriesOf = (locale: string) =>
  new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;

/** The English message a translated key stands for: a plural form's English twin, or its `_other`. */
function englishOf(key: string): Message {
  const base = pluralBaseOf(key);
  const message = EN[key] ?? (base === undefined ? undefined : EN[`${base}_other`]);
  if (!message) throw new Error(`no English message for ${key}`);
  return message;
}

const placeholdersIn = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]);

/**
 * Messages that are rightly the same as in English: the name, and words these languages share
 * with English ("Organisation" in French and German, "via" in French and Portuguese).
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  '*': ['Sourcelight'],
  fr: ['Organisation', 'Document', 'Sources', 'Sites', 'Site', 'via $SOURCE$', 'via $NAME$'],
  de: ['Organisation', 'Person'],
  es: [],
  pt_BR: ['Sites', 'Site', 'via $SOURCE$', 'via $NAME$'],
  pt_PT: ['Sites', 'Site', 'via $SOURCE$', 'via $NAME$'],
};

describe('the interface translations', () => {
  it('cover French, Spanish, German and both Portuguese', () => {
    expect(TRANSLATIONS.sort()).toEqual(['de', 'es', 'fr', 'pt_BR', 'pt_PT']);
  });

  it('keep the store description within the 132 characters Chrome allows', () => {
    for (const locale of ['en', ...TRANSLATIONS]) {
      const { length } = read(locale).extensionDescription?.message ?? '';
      expect({ locale, length }).toEqual({ locale, length: Math.min(length, 132) });
    }
  });

  describe.each(TRANSLATIONS)('%s', (locale) => {
    const messages = read(locale);

    it('has exactly the English keys, with every plural form its language needs', () => {
      const categories = categoriesOf(locale);
      const expected = [
        ...Object.keys(EN).filter((key) => pluralBaseOf(key) === undefined),
        ...PLURAL_BASES.flatMap((base) => categories.map((category) => `${base}_${category}`)),
      ];
      expect(Object.keys(messages).sort()).toEqual(expected.sort());
    });

    it('keeps every placeholder of the English messages', () => {
      for (const [key, translated] of Object.entries(messages)) {
        const english = englishOf(key);
        expect({ key, placeholders: translated.placeholders }).toEqual({
          key,
          placeholders: english.placeholders,
        });
        expect({ key, used: placeholdersIn(translated.message).sort() }).toEqual({
          key,
          used: placeholdersIn(english.message).sort(),
        });
      }
    });

    it('translates every message that has words', () => {
      const allowed = new Set([
        ...(SAME_AS_ENGLISH['*'] ?? []),
        ...(SAME_AS_ENGLISH[locale] ?? []),
      ]);
      const untranslated = Object.entries(messages)
        .filter(([key, { message }]) => message === englishOf(key).message)
        // Punctuation around a placeholder, such as quotation marks, is no word to translate.
        .filter(([, { message }]) => /\p{L}/u.test(message.replace(/\$[A-Za-z0-9_]+\$/g, '')))
        .filter(([, { message }]) => !allowed.has(message))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });
});
