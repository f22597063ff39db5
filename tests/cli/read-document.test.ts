import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/cli/read-document';

const STORY =
  '<article><p>Café owners said the ferry was late again on Monday, for the third time this week.</p><p>The operator said a new timetable would start in the spring, weather permitting.</p></article>';

describe('readDocument', () => {
  it('reads a page in the charset it declares, down to its article text', async () => {
    const page = Buffer.from(
      `<!doctype html><html><head><meta charset="windows-1252"></head><body><nav><p>Menu</p></nav>${STORY.replace('é', '\xe9')}</body></html>`,
      'latin1',
    );
    const read = await readDocument('old-page.html', page);
    expect(read.text).toMatch(/^Café owners said the ferry was late again/);
    expect(read.isArticle).toBe(true);
  });

  it('reads stdin as plain text unless it starts like a page', async () => {
    const markup = Buffer.from('<p>Officials said so.</p>');
    expect(await readDocument(null, markup)).toEqual({
      text: '<p>Officials said so.</p>',
      isArticle: true,
      declaredLanguage: '',
    });
    const page = Buffer.from(`<html><body>${STORY}</body></html>`);
    expect((await readDocument(null, page)).text).toMatch(/^Café owners said/);
    const french = Buffer.from(`<html lang="fr-CA"><body>${STORY}</body></html>`);
    expect((await readDocument(null, french)).declaredLanguage).toBe('fr-CA');
  });

  it('tells a page without a story, and plain text without words, from an article', async () => {
    const search = Buffer.from(
      '<!doctype html><html><body><ul><li><a href="/a">Ferry news</a></li></ul><p>No results</p></body></html>',
    );
    expect((await readDocument('search.html', search)).isArticle).toBe(false);
    expect((await readDocument('empty.txt', Buffer.from(' \n'))).isArticle).toBe(false);
    expect((await readDocument('short.txt', Buffer.from('He said no.'))).isArticle).toBe(true);
  });
});
