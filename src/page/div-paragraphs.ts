/**
 * Text a site writes straight into a container with no `<p>` around it: a lede in a `<div>`, or
 * paragraphs that are runs of text split by `<br><br>` (issue 10). Such a container is read as a
 * paragraph of its own text only, never of the boxes it holds (a gallery, an ad, a list): those are
 * blocks of their own or not the story. Menus and widgets are divs with text too, so this text
 * counts only when it reads as prose (article-text.ts), under the same area filters as any block.
 */

const CONTAINERS = new Set(['div', 'section', 'article']);

/** A letter: spacing, separators and icons between the boxes of a layout are not text. */
const LETTER = /\p{L}/u;

/** Whether a container holds text of its own, outside any element inside it. */
export function holdsOwnText(element: Element): boolean {
  if (!CONTAINERS.has(element.localName)) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && LETTER.test((child as Text).data)) return true;
  }
  return false;
}

/** Elements that stand as boxes of their own inside a container (tag names, upper case). */
const BOXES = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'NAV',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'ADDRESS',
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
]);

/** Whether an element inside a container of text is a box of its own, not part of that text. */
export const isBox = (element: Element) => BOXES.has(element.tagName.toUpperCase());
