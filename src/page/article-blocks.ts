/**
 * Which elements of a page are the blocks a reader reads: paragraphs, list items and block quotes
 * of the story, not its navigation, chrome, widgets, forms or anything the reader can edit.
 * Uses no layout, so that it works in happy-dom as in a browser.
 */

export const BLOCK_SELECTOR = 'p, li, blockquote';

/** The same blocks by name: asked of every element inside every block, cheaper than `matches`. */
const BLOCK_NAMES = new Set(['p', 'li', 'blockquote']);

export const isBlockElement = (element: Element) => BLOCK_NAMES.has(element.localName);

/** Areas of a page that are not the story, whatever they contain: by tag (upper case)… */
const SKIPPED_TAGS = new Set([
  'NAV',
  'HEADER',
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

/** Attribute reads, not selector matching: this runs on every ancestor of every block once. */
function isOutsideStory(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute('inert')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.hasAttribute('data-sourcelight-host')) return true;
  const role = element.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

/** Class or id words of widgets around a story (after Readability's "unlikely candidates"). */
const WIDGET_WORDS =
  /(?:^|[-_\s])(?:comments?|disqus|replies|related|recommend\w*|newsletter|promo|sponsor\w*|advert\w*|ads?|ad-slot|sidebar|share|sharing|social|cookie|consent|gdpr|subscribe|subscription|paywall|outbrain|taboola|popular|trending|breadcrumbs?|pagination|pager|popup|modal|banner|masthead|header|footer|menu|skip-link)(?:$|[-_\s])/i;

/** Whether the page is being edited as a whole (a rich editor in designMode). */
function isEditedDocument(doc: Document): boolean {
  return doc.designMode === 'on';
}

/** Remembers, for one pass over the page, which elements lie in a skipped area. */
export class AreaFilter {
  private readonly skipped = new Map<Element, boolean>();

  /** Whether an element or one of its ancestors is outside the story. */
  isSkipped(element: Element): boolean {
    const known = this.skipped.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    const result = isSkippedArea(element) || (parent !== null && this.isSkipped(parent));
    this.skipped.set(element, result);
    return result;
  }
}

/** Elements that hold a whole page or story: never skipped for the words in their class. */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const STORY_WORDS = /article|story|body|content|post-?text/i;

function isSkippedArea(element: Element): boolean {
  if (isOutsideStory(element)) return true;
  if (STRUCTURAL.has(element.tagName.toUpperCase())) return false;
  const words = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return WIDGET_WORDS.test(words) && !STORY_WORDS.test(words);
}

/** Hidden by the page's styles; only asked where the browser can tell without a layout. */
function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && element.isConnected && !check.call(element);
}

/** Whether an element is a block a reader reads, given the filter of this pass. */
export function isArticleBlock(element: Element, areas: AreaFilter): boolean {
  return isBlockElement(element) && !areas.isSkipped(element) && !isHidden(element);
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
