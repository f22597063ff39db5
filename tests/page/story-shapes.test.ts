// @vitest-environment happy-dom
/**
 * Shapes of real news pages on which the story's text came out empty or short (issue 10): each
 * page below is small and synthetic, and each test asserts what a reader would notice, the story's
 * first and last paragraphs in the text, and what is not the story left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page/article-text';

const FIRST =
  'The harbour board voted on Tuesday to close the old ferry pier by the end of the year.';
const MIDDLE = [
  'Board chair Elena Ruiz said the pier had cost more to repair than it earned in fares since 2019.',
  'Residents of the island, who rely on the ferry for school and work, said they were not consulted.',
  'A spokesman for the ferry company said the new pier would open in the spring, weather permitting.',
];
const LAST =
  'The board will meet again in March to decide how the old pier is taken down, officials said.';

/** The story's paragraphs, as a site marks them up. */
const storyParagraphs = (from = 0) =>
  [FIRST, ...MIDDLE, LAST]
    .slice(from)
    .map((text) => `<p>${text}</p>`)
    .join('');

const TEASER =
  'Island school to close its doors after a century of teaching, parents told in letter.';

function expectWholeStory(text: string) {
  expect(text).toContain(FIRST);
  expect(text).toContain(LAST);
  for (const paragraph of MIDDLE) expect(text).toContain(paragraph);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

describe('the story found on page shapes seen on real sites', () => {
  it('reads a page saved while a dialog was open, its content marked aria-hidden or inert', () => {
    for (const mark of ['aria-hidden="true"', 'inert']) {
      document.body.innerHTML = `<div id="page" ${mark}>
          <nav><a href="/">Home</a></nav>
          <main><article><h1>Pier to close</h1>${storyParagraphs()}</article></main>
        </div>
        <div role="dialog"><p>We use cookies to improve your experience, as our partners said.</p></div>`;
      const article = readArticle(document);
      expectWholeStory(article.text);
      expect(article.text).not.toContain('cookies');
      expect(article.isArticle).toBe(true);
    }
  });

  it('still leaves out small decorative text marked aria-hidden inside the story', () => {
    document.body.innerHTML = `<article>${storyParagraphs()}
      <div aria-hidden="true"><p>${TEASER}</p></div></article>`;
    const text = readArticle(document).text;
    expectWholeStory(text);
    expect(text).not.toContain(TEASER);
  });

  it('reads a page that hides itself until its own script shows it (anti-flicker styles)', () => {
    for (const style of [
      'html { display: none }',
      'body { display: none !important }',
      'body { visibility: hidden }',
    ]) {
      document.head.innerHTML = `<style>${style} .sr-promo { display: none }</style>`;
      document.body.innerHTML = `<article>${storyParagraphs()}
        <p class="sr-promo">Subscribers can read every story, the company said today.</p></article>`;
      const text = readArticle(document).text;
      expectWholeStory(text);
    }
  });

  it('reads a story inside a container whose class names an ad slot', () => {
    document.body.innerHTML = `<div class="header-ad-wrapper"><p>Advertisement</p></div>
      <div class="ad-portal"><div class="wrapper">
        <h1>Pier to close</h1>${storyParagraphs()}
        <div class="ad-slot"><p>Buy two ferry tickets and the third is free, the company said.</p></div>
      </div></div>`;
    const text = readArticle(document).text;
    expectWholeStory(text);
    expect(text).not.toContain('third is free');
  });

  it('leaves out related-story teasers inside the article element', () => {
    document.body.innerHTML = `<article>${storyParagraphs()}
      <div class="more-on-this"><h3><a href="/school">School to close</a></h3><p>${TEASER}</p></div>
      <a class="card" href="/pier"><h3>Old piers of the coast</h3>
        <p>From Dover to Brighton, the piers that made the seaside what it is, and what is left.</p></a>
      <section><h2><a href="/ferries">Ferries</a></h2>
        <ul><li><p>Ferry fares to rise again in April, the operator has warned passengers.</p></li></ul>
      </section></article>`;
    const text = readArticle(document).text;
    expectWholeStory(text);
    expect(text).not.toContain(TEASER);
    expect(text).not.toContain('From Dover to Brighton');
    expect(text).not.toContain('Ferry fares to rise');
  });

  it('keeps a first paragraph that stands before the story’s main container', () => {
    document.body.innerHTML = `<article>
      <header><h1>Pier to close</h1><p class="standfirst">${FIRST}</p><p>By Jo Bloggs</p></header>
      <div class="article-body">${storyParagraphs(1)}</div></article>`;
    const text = readArticle(document).text;
    expectWholeStory(text);
    expect(text.indexOf(FIRST)).toBe(0);
    expect(text).not.toContain('Jo Bloggs');
  });

  it('still leaves out the site’s own header, outside the story', () => {
    document.body.innerHTML = `<header><p>Sign up to our newsletter, the best of the news as editors said.</p></header>
      <article>${storyParagraphs()}</article>`;
    const text = readArticle(document).text;
    expectWholeStory(text);
    expect(text).not.toContain('newsletter');
  });
});
