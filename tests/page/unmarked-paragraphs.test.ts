// @vitest-environment happy-dom
/**
 * Story text that sites write without paragraph markup (issue 10): a lede typed straight into a
 * div, paragraphs split by `<br><br>`, a standfirst set as a heading. Each page is small and
 * synthetic; each test asserts what a reader notices: that text is in the story, and the menus,
 * notices and teasers written the same way are not.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page/article-text';

const LEDE =
  'The river authority will open the flood gates at dawn on Friday, two days earlier than planned.';
const BODY = [
  'Engineers said the water behind the dam had risen by a metre since the storm began on Monday.',
  'Farmers downstream were told to move their cattle to higher ground before the end of Thursday.',
  'A spokeswoman for the authority said the early opening would spare the town from worse flooding.',
];
const paragraphs = BODY.map((text) => `<p>${text}</p>`).join('');

function expectBody(text: string) {
  for (const paragraph of BODY) expect(text).toContain(paragraph);
}

describe('text written as paragraphs without their markup', () => {
  it('reads a lede typed straight into a div, first, before the marked-up paragraphs', () => {
    document.body.innerHTML = `<article><h1>Gates to open early</h1>
      <div class="story-body"><div class="intro">${LEDE}</div>${paragraphs}</div></article>`;
    const text = readArticle(document).text;
    expect(text.indexOf(LEDE)).toBe(0);
    expectBody(text);
  });

  it('reads a story whose paragraphs are runs of text split by line breaks', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div id="story">${LEDE}<br><br>${BODY.join('<br>\n<br>')}</div>`;
    const article = readArticle(document);
    // Each run is a paragraph of its own, as the reader sees it: no sentence runs into the next.
    expect(article.text).toBe([LEDE, ...BODY].join('\n\n'));
    expect(article.isArticle).toBe(true);
  });

  it('keeps a caption, a teaser list and an ad held inside such a div out of its text', () => {
    document.body.innerHTML = `<div id="story">${LEDE}<br><br>${BODY[0]}
      <figure><img src="dam.jpg"><figcaption>The dam at dusk, as residents said.</figcaption></figure>
      <ul class="read-more"><li><a href="/rain">Rain to ease by Sunday, forecasters say</a></li></ul>
      <div class="ad-slot">Advertisement</div>
      ${BODY[1]}<br><br>${BODY[2]}</div>`;
    const text = readArticle(document).text;
    expect(text).toContain(LEDE);
    expectBody(text);
    expect(text).not.toContain('dam at dusk');
    expect(text).not.toContain('forecasters');
    expect(text).not.toContain('Advertisement');
  });

  it('leaves out menus, labels and notices written as divs of text around the story', () => {
    document.body.innerHTML = `<div class="top-bar">Subscribe today and read every story, as thousands of readers have said.</div>
      <nav><div>Home, news, sport and weather: everything our editors said matters today.</div></nav>
      <article><div class="story-body"><div>${LEDE}</div>
        <div class="label">Updated 5 minutes ago</div>${paragraphs}</div></article>
      <div class="bio">Jo Bloggs covers rivers and floods and has reported from the valley since 2009.</div>
      <div class="comments">To comment you must sign in, as our rules say, with your reader account.</div>`;
    const text = readArticle(document).text;
    expect(text.indexOf(LEDE)).toBe(0);
    expectBody(text);
    for (const unwanted of [
      'Subscribe',
      'everything our editors',
      'Updated',
      'Jo Bloggs',
      'comment',
    ]) {
      expect(text).not.toContain(unwanted);
    }
  });

  it('reads a div of text inside a list item with the item, not apart from it', () => {
    document.body.innerHTML = `<article>${paragraphs}<ul><li><strong>Timeline:</strong>
      <div>Gates last opened early in 1998, the authority said in its annual report.</div></li></ul></article>`;
    expect(readArticle(document).text).toContain(
      'Timeline: Gates last opened early in 1998, the authority said in its annual report.',
    );
  });
});

describe('a standfirst written as a heading', () => {
  const STANDFIRST =
    'The head of the river authority said the town would have flooded had the gates stayed shut.';

  it('reads a sentence heading right under the headline, before the story', () => {
    document.body.innerHTML = `<article><header><h1>Gates to open early</h1>
      <div class="subtitle"><h2>${STANDFIRST}</h2></div></header>
      <div class="story-body"><p>${LEDE}</p>${paragraphs}</div></article>`;
    const text = readArticle(document).text;
    expect(text.indexOf(STANDFIRST)).toBe(0);
    expect(text).toContain(LEDE);
    expectBody(text);
  });

  it('reads a sentence heading at the top of the story’s container', () => {
    document.body.innerHTML = `<article><h1>Gates to open early</h1><div class="entry">
      <div class="video-embed"></div><h2><span>${STANDFIRST}</span></h2>
      <p>${LEDE}</p>${paragraphs}</div></article>`;
    const text = readArticle(document).text;
    expect(text.indexOf(STANDFIRST)).toBe(0);
    expectBody(text);
  });

  it('leaves out section titles and the titles of teasers, linked or cut short', () => {
    document.body.innerHTML = `<article><h1>Gates to open early</h1><div class="story-body">
        <h2>What happens next</h2><p>${LEDE}</p>${paragraphs}
      </div></article>
      <div class="more"><h3><a href="/rain">Rain to ease by Sunday as the storm moves east, forecasters say.</a></h3>
        <h3>Mayor: the town will rebuild the bridge, whatever the cost to the council and its…</h3></div>`;
    const text = readArticle(document).text;
    expect(text).toContain(LEDE);
    for (const unwanted of ['What happens next', 'Rain to ease', 'rebuild the bridge']) {
      expect(text).not.toContain(unwanted);
    }
  });

  it('keeps a heading inside a list item as part of the item’s text', () => {
    document.body.innerHTML = `<article>${paragraphs}<ul><li>
      <h3>The gates were last opened early in 1998, after a week of heavy rain in the hills.</h3>
      <p>Nobody was hurt, the authority's report says.</p></li></ul></article>`;
    const text = readArticle(document).text;
    expect(text).toContain(
      'The gates were last opened early in 1998, after a week of heavy rain in the hills.',
    );
  });
});
