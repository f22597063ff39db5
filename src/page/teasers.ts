/**
 * Teasers of other stories, which sites put inside the story's own element ("more on this",
 * "read next"): a card that is one link, or a summary under a title that links to another page.
 * Their summaries read like prose and stand inside the story's container, so neither length nor
 * place tells them from the story; their links do.
 */

const TITLES = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** How far up from a block its title may stand: a card's summary sits in a wrapper or two. */
const CARD_DEPTH = 3;

/** A link to another page; a link to a place in this page (a subhead's own anchor) is not one. */
function linksAway(link: Element | null): boolean {
  const href = link?.getAttribute('href');
  return href !== null && href !== undefined && href !== '' && !href.startsWith('#');
}

/** A title that is a link to another page, whole or mostly. */
function isLinkedTitle(element: Element): boolean {
  if (!TITLES.has(element.tagName.toUpperCase())) return false;
  const link = element.closest('a[href]') ?? element.querySelector('a[href]');
  if (!linksAway(link)) return false;
  const linked = link?.contains(element) ? element : link;
  return (linked?.textContent?.trim().length ?? 0) * 2 >= (element.textContent?.trim().length ?? 0);
}

/** Whether a block is the summary of a teaser: inside a link, or under a linked title. */
export function isTeaser(block: Element): boolean {
  if (linksAway(block.closest('a[href]'))) return true;
  // The title is the element just before the block, or before the wrapper the block opens.
  let at: Element | null = block;
  for (let depth = 0; at && depth <= CARD_DEPTH; depth++, at = at.parentElement) {
    const before = at.previousElementSibling;
    if (before) return isLinkedTitle(before);
  }
  return false;
}
