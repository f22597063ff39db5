import { describe, expect, it } from 'vitest';
import { waitForPainted, waitForPaintedIn } from '../page/browser-helpers';
import { BROWSERS } from './harness/browsers';
import { pristinePage, snapshotPage } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';

/** What the reader types is never read, painted or changed, in each real browser. */
describe.each(BROWSERS)('an editor in %s', (name) => {
  const suite = browserWithFixtures(name);

  it('leaves a contenteditable editor, a textarea and an input untouched while the article is highlighted', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('editor.html'));
    const before = await pristinePage(page);
    await waitForPainted(page, 'Mayor Elena Ruiz');
    const after = await snapshotPage(page);
    expect(after.html.trim()).toBe(before.body.trim());
    expect(after.head.trim()).toBe(before.head.trim());

    await page.click('#editor p:last-child');
    await page.keyboard.press('End');
    await page.keyboard.type(' Officials said the ferry was late, according to the timetable.');
    await page.click('#notes');
    await page.keyboard.type(' Officials said so.');
    const typed = await page.$eval('#editor', (editor) => editor.textContent ?? '');
    expect(typed).toContain('Officials said the ferry was late, according to the timetable.');

    // A change in the article after the typing: once it is painted, the typing was seen too.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.id = 'late';
      paragraph.textContent = 'Harbour master Lee Park said the pier was safe for the new ferries.';
      document.querySelector('article')?.append(paragraph);
    });
    await waitForPaintedIn(page, '#late', 'said');

    const inEditors = await page.evaluate(() => {
      const editors = [...document.querySelectorAll('#editor, #notes, #subject')];
      const words: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sourcelight')) return;
        highlight.forEach((range) => {
          if (editors.some((editor) => (range as Range).intersectsNode(editor)))
            words.push(range.toString());
        });
      });
      return words;
    });
    expect(inEditors).toEqual([]);
    expect(await page.$eval('#editor', (editor) => editor.textContent)).toBe(typed);
    expect(await page.$eval('#notes', (notes) => (notes as HTMLTextAreaElement).value)).toContain(
      'Officials said so.',
    );
    await page.close();
  });
});
