/**
 * How deep Chromium's parser nests elements, `<html>` being 1: past 512 open elements
 * (kMaximumHTMLParserDOMTreeDepth) a new element is attached beside the current one, not in it.
 * Checked against Chromium on a page nested 600 deep: the 511th div of the body is at 513, and
 * every deeper div follows it as a sibling, holding its own text.
 */
export const DEEPEST_ELEMENT = 513;

/**
 * Rebuilds a parsed document as Chromium would have parsed it: every element deeper than
 * DEEPEST_ELEMENT follows its ancestor at that depth as a sibling, in document order, with its own
 * text. The extension reads pages so flattened; a Node DOM (which walks trees by recursion) reads
 * a page nested 10,000 deep only so. Walks with a loop, never recursion, for the same reason.
 */
export function flattenDeepNesting(document: Document): void {
  let element: Element | null = document.documentElement;
  let depth = 1;
  while (element) {
    if (depth === DEEPEST_ELEMENT) flattenBelow(element);
    else if (element.firstElementChild) {
      element = element.firstElementChild;
      depth++;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element?.nextElementSibling ?? null;
  }
}

/**
 * Moves the elements inside `deepest` out to follow it. Last first: each then holds no element,
 * as those after it in document order are its descendants and have already moved, so a DOM that
 * recurses into what it moves goes one level deep.
 */
function flattenBelow(deepest: Element): void {
  const parent = deepest.parentNode;
  if (!parent) return;
  const inside = descendantElements(deepest);
  for (let i = inside.length - 1; i >= 0; i--) {
    parent.insertBefore(inside[i] as Element, deepest.nextSibling);
  }
}

/** An element's descendant elements in document order, found with a loop. */
function descendantElements(root: Element): Element[] {
  const found: Element[] = [];
  let element = root.firstElementChild;
  while (element) {
    found.push(element);
    if (element.firstElementChild) {
      element = element.firstElementChild;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling) {
      element = element.parentElement;
    }
    element = element && element !== root ? element.nextElementSibling : null;
  }
  return found;
}
