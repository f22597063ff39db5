// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readArticle } from '../../src/page/article-text';

const PROSE =
  'The council met on Tuesday to discuss the ferry contract and the timetable for next year.';

describe('readArticle', () => {
  it('joins paragraphs, keeps inline markup inside a sentence and skips navigation', () => {
    document.body.innerHTML = `<nav><p>Home said nothing</p></nav>
      <article><p>Mayor <a href="/ruiz">Elena Ruiz</a> <em>said</em> it.</p><p>Second.</p></article>`;
    const article = readArticle(document);
    expect(article.text).toBe('Mayor Elena Ruiz said it.\n\nSecond.');
  });

  it('reads text as a reader sees it: whitespace of the source collapsed, line breaks as spaces', () => {
    document.body.innerHTML = `<article><p>
        Officials   said\n\t the ferry<br>was late.</p></article>`;
    expect(readArticle(document).text).toBe('Officials said the ferry was late.');
  });

  it('reads two line breaks in a row as a paragraph’s end, and maps every word back', () => {
    document.body.innerHTML =
      '<article><p>The ferry was late. <br> <br>Officials said so.<br><br></p></article>';
    const article = readArticle(document);
    expect(article.text).toBe('The ferry was late.\n\nOfficials said so.');
    const start = article.text.indexOf('Officials');
    expect(rangeFor(article, start, start + 'Officials said so.'.length)?.toString()).toBe(
      'Officials said so.',
    );
  });

  it('leaves out captions, asides, comment widgets, forms, hidden text and buttons', () => {
    document.body.innerHTML = `<header><p>Site header.</p></header><main>
      <figure><figcaption>Picture released by the presidency shows the mayor.</figcaption></figure>
      <p>Kept.<button>Share</button><span hidden>secret</span><span aria-hidden="true">icon</span></p>
      <aside><p>Support us.</p></aside>
      <div class="comments-section"><p>Great piece, says a reader.</p></div>
      <form><p>Sign up</p></form>
      <p style="display:none">Hidden by style.</p>
      <footer><p>Footer.</p></footer>
    </main>`;
    expect(readArticle(document).text).toBe('Kept.');
  });

  it('never reads what the reader can edit', () => {
    document.body.innerHTML = `<article><p>${PROSE}</p>
      <div contenteditable="true"><p>According to my notes, we won.</p></div>
      <div contenteditable><div><p>Rich editor, reportedly.</p></div></div>
      <div role="textbox"><p>Another editor said hi.</p></div>
      <textarea>According to the draft</textarea></article>`;
    expect(readArticle(document).text).toBe(PROSE);
  });

  it('reads a paragraph nested in a list item once, apart from the item’s own words', () => {
    document.body.innerHTML =
      '<article><ul><li>Item intro<p>Nested paragraph.</p></li></ul></article>';
    expect(readArticle(document).text).toBe('Item intro\n\nNested paragraph.');
  });

  it('skips lists of links such as menus and teasers', () => {
    document.body.innerHTML = `<article><ul><li><a href="/a">Another story about ferries</a></li></ul>
      <p>${PROSE}</p></article>`;
    expect(readArticle(document).text).toBe(PROSE);
  });

  it('keeps the story and leaves out short teasers and tickers around it', () => {
    document.body.innerHTML = `<div class="ticker"><ul><li>Dow 30 18,037.10 -105.32</li></ul></div>
      <article><p>${PROSE}</p><p>${PROSE}</p><p>Short line inside the story</p></article>
      <div class="more"><p>Five ways to plan your year</p><p>${PROSE}</p></div>`;
    const text = readArticle(document).text;
    expect(text).toContain('Short line inside the story');
    expect(text).not.toContain('Dow 30');
    expect(text).not.toContain('Five ways');
    // Prose stays wherever it stands: a story may run on outside its first container.
    expect(text.split(PROSE).length - 1).toBe(3);
  });

  it('tells an article from a page without one', () => {
    document.body.innerHTML = `<article><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article>`;
    expect(readArticle(document).isArticle).toBe(true);
    document.body.innerHTML = '<div id="app"><p>Inbox</p><ul><li>Mail one</li></ul></div>';
    expect(readArticle(document).isArticle).toBe(false);
    document.body.innerHTML = '';
    expect(readArticle(document)).toMatchObject({ text: '', isArticle: false });
  });
});

describe('rangeFor', () => {
  it('maps article offsets back to a Range over the same words', () => {
    document.body.innerHTML =
      '<article><p>Mayor <a href="/ruiz">Elena Ruiz</a> said it.</p></article>';
    const article = readArticle(document);
    const start = article.text.indexOf('Ruiz said');
    expect(rangeFor(article, start, start + 'Ruiz said'.length)?.toString()).toBe('Ruiz said');
  });

  it('maps through collapsed whitespace and across paragraphs', () => {
    document.body.innerHTML = '<article><p>One   two\n three.</p><p>Four five.</p></article>';
    const article = readArticle(document);
    expect(article.text).toBe('One two three.\n\nFour five.');
    const at = (words: string) => {
      const start = article.text.indexOf(words);
      return rangeFor(article, start, start + words.length)?.toString();
    };
    expect(at('two three')).toBe('two\n three');
    expect(at('three.\n\nFour')).toBe('three.Four');
    // A span starting in the break between paragraphs starts with the next paragraph's words.
    expect(at('\n\nFour')).toBe('Four');
    expect(at('five.')).toBe('five.');
  });

  it('gives no range for offsets outside the text', () => {
    document.body.innerHTML = '<article><p>Short.</p></article>';
    const article = readArticle(document);
    expect(rangeFor(article, 10, 20)).toBeNull();
  });
});
