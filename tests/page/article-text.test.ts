// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readArticle } from '../../src/page/article-text';

describe('readArticle', () => {
  it('joins paragraphs, keeps inline markup inside a sentence and skips navigation', () => {
    document.body.innerHTML = `<nav><p>Home said nothing</p></nav>
      <article><p>Mayor <a href="/ruiz">Elena Ruiz</a> <em>said</em> it.</p><p>Second.</p></article>`;
    const article = readArticle(document);
    expect(article.text).toBe('Mayor Elena Ruiz said it.\n\nSecond.');
  });

  it('maps article offsets back to a Range over the same words', () => {
    document.body.innerHTML =
      '<article><p>Mayor <a href="/ruiz">Elena Ruiz</a> said it.</p></article>';
    const article = readArticle(document);
    const start = article.text.indexOf('Ruiz said');
    expect(rangeFor(article, start, start + 'Ruiz said'.length)?.toString()).toBe('Ruiz said');
  });
});
