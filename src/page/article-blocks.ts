/**
 * Which elements of a page are the blocks a reader reads: paragraphs, list items, block quotes and
 * text written as paragraphs without their markup; not navigation, the site's chrome, forms or
 * anything the reader can edit. Hints that can be wrong (aria-hidden, widget-like class names)
 * are judged later, against the story's container.
 * Uses no layout, so that it works in happy-dom as in a browser.
 */
import { holdsOwnText } from './div-paragraphs';
import { isStandfirstHeading } from './standfirst';

export const BLOCK_SELECTOR = 'p, li, blockquote, div, section, article, h2, h3, h4, h5, h6';

/** Paragraphs as the page marks them up, by name: asked of every element inside every block. */
const PARAGRAPH_NAMES = new Set(['p', 'li', 'blockquote']);
const PARAGRAPHS = 'p, li, blockquote';

export const isParagraph = (element: Element) => PARAGRAPH_NAMES.has(element.localName);

/**
 * A block a reader reads: a paragraph as marked up, or text written as one outside any (a div of
 * text, a standfirst heading). Inside a paragraph or list item such text is part of its words.
 */
export function isBlockElement(element: Element): boolean {
  if (isParagraph(element)) return true;
  if (!holdsOwnText(element) && !isStandfirstHeading(element)) return false;
  return !element.parentElement?.closest(PARAGRAPHS);
}

/** Areas of a page that are not the story, whatever they contain: by tag (upper case)… */
const SKIPPED_TAGS = new Set([
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'MENU',
  'DIALOG',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'TEMPLATE',
  'NOSCRIPT',
  'SCRIPT',
  'STYLE',
  'SVG',
  'PRE',
  'SOURCELIGHT-CARD',
]);

/** …and by ARIA role. */
const SKIPPED_ROLES = new Set([
  'textbox',
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/**
 * A `<header>` that heads the story (or the main area) holds its standfirst; any other is the
 * site's banner or the header of a widget (a comment section's rules).
 */
function isStoryHeader(header: Element): boolean {
  const section = header.parentElement?.closest('article, main, section, aside, nav');
  return section?.localName === 'article' || section?.localName === 'main';
}

/** Attribute reads, not selector matching: this runs on every ancestor of every block once. */
function isOutsideStory(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'HEADER') return !isStoryHeader(element);
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.hasAttribute('data-sourcelight-host')) return true;
  const role = element.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

/** Whether the page is being edited as a whole (a rich editor in designMode). */
function isEditedDocument(doc: Document): boolean {
  return doc.designMode === 'on';
}

/** Hidden by the page's styles; only asked where the browser can tell without a layout. */
function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && element.isConnected && !check.call(element);
}

/** Remembers, for one pass over the page, which elements lie in a skipped area. */
export class AreaFilter {
  private readonly skipped = new Map<Element, boolean>();
  private pageHidden: boolean | undefined;

  /** Whether an element or one of its ancestors is outside the story. */
  isSkipped(element: Element): boolean {
    const known = this.skipped.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    const result = isOutsideStory(element) || (parent !== null && this.isSkipped(parent));
    this.skipped.set(element, result);
    return result;
  }

  /**
   * Hidden by the page's styles. A page hidden as a whole is one that shows itself with its own
   * script (an anti-flicker `html { display: none }`, lifted once the page has set itself up, and
   * never in the command line, which runs no script): its styles then say nothing of what a
   * reader will see.
   */
  isHidden(element: Element): boolean {
    if (!isHiddenByStyle(element)) return false;
    const body = element.ownerDocument.body;
    this.pageHidden ??= body !== null && isHiddenByStyle(body);
    return !this.pageHidden;
  }
}

/** Whether an element is a block a reader reads, given the filter of this pass. */
export function isArticleBlock(element: Element, areas: AreaFilter): boolean {
  return isBlockElement(element) && !areas.isSkipped(element) && !areas.isHidden(element);
}

/** The reader's blocks inside a root (a document, or an element added to it), in document order. */
export function collectArticleBlocks(root: ParentNode, areas = new AreaFilter()): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc || isEditedDocument(doc)) return [];
  const found: Element[] = [];
  if (root.nodeType === 1 && isArticleBlock(root as Element, areas)) found.push(root as Element);
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (isArticleBlock(element, areas)) found.push(element);
  }
  return found;
}
