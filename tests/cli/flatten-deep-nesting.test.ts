import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DEEPEST_ELEMENT, flattenDeepNesting } from '../../src/cli/flatten-deep-nesting';
import { pageArticle } from '../../src/cli/page-article';

/** `<html><body>` and then `depth` divs, numbered from 1, each opening with its own text. */
function nestedPage(depth: number): Document {
  const window = new Window();
  const opening = Array.from({ length: depth }, (_, i) => `<div id="d${i + 1}">t${i + 1}`);
  window.document.write(`<!doctype html><html><body>${opening.join('')}${'</div>'.repeat(depth)}`);
  return window.document as unknown as Document;
}

function depthOf(element: Element): number {
  let depth = 0;
  for (let at: Element | null = element; at; at = at.parentElement) depth++;
  return depth;
}

describe('flattenDeepNesting', () => {
  it('nests elements as deep as Chromium does, and lays the deeper ones beside the deepest, in order, each with its own text', () => {
    const document = nestedPage(600);
    flattenDeepNesting(document);
    // html and body are 1 and 2: the 511th div is the deepest Chromium nests.
    const deepest = document.getElementById('d511') as Element;
    expect(depthOf(deepest)).toBe(DEEPEST_ELEMENT);
    const beside = [...(deepest.parentElement as Element).children].map((child) => child.id);
    expect(beside).toEqual(Array.from({ length: 90 }, (_, i) => `d${i + 511}`));
    expect(document.getElementById('d600')?.textContent).toBe('t600');
    expect(document.getElementById('d510')?.firstChild?.textContent).toBe('t510');
  });

  it('leaves a page within that depth as it is', () => {
    const document = nestedPage(DEEPEST_ELEMENT - 2);
    const before = document.documentElement.outerHTML;
    flattenDeepNesting(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('pageArticle on a page nested 10,000 deep', () => {
  it('reads the story at the bottom as the extension does', async () => {
    const paragraph = (n: number) =>
      `<p>The mayor said the harbour vote would pass on the ${n} day, and the council said it would not.</p>`;
    const html = `<!doctype html><html><body>${paragraph(1)}${'<div>'.repeat(10_000)}${paragraph(2)}${'</div>'.repeat(10_000)}</body></html>`;
    const { text, isArticle } = await pageArticle(html);
    expect(isArticle).toBe(true);
    expect(text).toBe(`${paragraph(1).slice(3, -4)}\n\n${paragraph(2).slice(3, -4)}`);
  }, 60_000);
});
