import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  layoutProblems,
  openExtensionView,
  openPopup,
  runAxe,
  screenshot,
  waitForState,
} from '../popup/browser-helpers';
import { BROWSERS, launchWithExtension } from './harness/browsers';
import { windowOf } from './harness/extension-api';
import { waitForHighlights } from './harness/page-snapshot';
import { servedFixtures } from './harness/suite';

/** The interface in each of its languages, in a browser set to that language: words, layout, accessibility. */

const LOCALES = ['fr', 'es', 'de', 'pt_BR', 'pt_PT'] as const;

/** Screenshots for people to compare the languages side by side (gitignored). */
const SCREENSHOTS = resolve('reports/screenshots');

/** At 200% zoom a 360-pixel side panel is 180 CSS pixels wide, a 640-pixel window 320. */
const ZOOMED_WIDTH = { popup: 400, sidepanel: 180, options: 320 } as const;

/** What a browser from Debian needs to show its interface in these languages. */
const PACKS = {
  chromium: 'chromium-l10n',
  firefox: 'firefox-esr-l10n-fr, -es-es, -de, -pt-br and -pt-pt',
} as const;

const messagesOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve('src/public/_locales', locale, 'messages.json'), 'utf8'));

describe.each(BROWSERS)('the interface in other languages in %s', (name) => {
  const fixtures = servedFixtures(name);

  it.each(LOCALES)('reads %s, fits its window and passes axe', async (locale) => {
    const messages = messagesOf(locale);
    const text = (key: string) => messages[key]?.message ?? '';
    const ext = await launchWithExtension(name, undefined, locale);
    try {
      const article = await ext.browser.newPage();
      await article.goto(fixtures.server.url('ui-harbour.html'));
      await waitForHighlights(article);
      const tabId = await ext.tabIdOf(article);
      const windowId = await windowOf(ext, tabId);

      const views = {
        popup: () => openPopup(ext, tabId),
        sidepanel: () =>
          openExtensionView(ext, `src/sidepanel/index.html?windowId=${windowId}`, {
            window: true,
            viewport: { width: 360, height: 800 },
          }),
        options: () =>
          openExtensionView(ext, 'src/options/index.html', {
            viewport: { width: 640, height: 800 },
          }),
      };
      const found: Record<string, unknown> = {};
      for (const [view, open] of Object.entries(views)) {
        const page = await open();
        try {
          if (view !== 'options') await waitForState(page, 'ready');
          // The browser's language, not the article's (English here), is the interface's.
          const lang = await page.evaluate(() => document.documentElement.lang);
          expect(
            lang.replace('-', '_').startsWith(locale),
            `${name} shows its interface in ${lang}, not ${locale}: it needs its language packs (Debian: ${PACKS[name]})`,
          ).toBe(true);
          const shown = await page.evaluate(() => document.body.textContent ?? '');
          if (view === 'options') {
            expect(shown).toContain(text('optionsTitle'));
            expect(shown).toContain(text('optionsCuesTitle'));
          } else {
            expect(shown).toContain(text('summaryNamed'));
            expect(shown).toContain(text('exportMarkdown'));
          }
          const layout = await layoutProblems(page);
          const axe = await runAxe(page);
          await screenshot(page, `${name}-${locale}-${view}`, SCREENSHOTS);
          // As ui-quality's reflow test: the width each view has at 200% zoom.
          const viewport = page.viewport() ?? { width: 400, height: 600 };
          await page.setViewport({ ...viewport, width: ZOOMED_WIDTH[view as keyof typeof views] });
          found[view] = { layout, axe, zoomed: await layoutProblems(page) };
        } finally {
          await page.close();
        }
      }
      expect(found).toEqual({
        popup: { layout: [], axe: [], zoomed: [] },
        sidepanel: { layout: [], axe: [], zoomed: [] },
        options: { layout: [], axe: [], zoomed: [] },
      });
    } finally {
      await ext.close();
    }
  });
});
