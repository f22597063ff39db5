/**
 * The story's own container: the smallest element that holds most of the page's prose. Short
 * blocks outside it (teasers, tickers, "sign up" lines around the story) are not the story, and
 * neither is anything a hint marks as not the story, unless that hint wraps the container itself.
 */
import { type ArticleBlock, isProse } from './article-text';
import { holdsOwnText } from './div-paragraphs';
import { hintsNotStory } from './not-story-hints';

/** The share of the prose the story's container holds. */
const MOST = 0.6;
/** The container shows in the first prose blocks; a huge page need not be walked to the end. */
const SAMPLE = 400;

/**
 * Sought twice: first over every block, so that a hint wrapping most of the prose (a page saved
 * with a dialog open, a story in an "ad-portal") is known to wrap the story; then over the blocks
 * no other hint hides, so that a comment thread or an ad beside the story cannot widen it.
 */
export function findStoryRoot(blocks: readonly ArticleBlock[]): Element | null {
  const widest = innermostHoldingMost(blocks);
  if (!widest) return null;
  return innermostHoldingMost(blocks.filter((block) => !isHintedAway(block.element, widest)));
}

function innermostHoldingMost(blocks: readonly ArticleBlock[]): Element | null {
  const held = new Map<Element, number>();
  let total = 0;
  let sampled = 0;
  for (const block of blocks) {
    if (!isProse(block)) continue;
    total += block.text.length;
    for (let at = block.element.parentElement; at; at = at.parentElement) {
      held.set(at, (held.get(at) ?? 0) + block.text.length);
    }
    if (++sampled >= SAMPLE) break;
  }
  // Elements holding most of the prose are nested in one another: the one holding least is innermost.
  let root: Element | null = null;
  let least = Number.POSITIVE_INFINITY;
  for (const [element, chars] of held) {
    if (chars >= total * MOST && chars < least) {
      root = element;
      least = chars;
    }
  }
  return root;
}

/** Whether a hint on the element or an ancestor that does not wrap the story's container hides it. */
function isHintedAway(element: Element, root: Element | null): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (root && at.contains(root)) return false;
    if (hintsNotStory(at)) return true;
  }
  return false;
}

/**
 * Whether a block is part of the story: inside its container, or prose wherever it stands. Text
 * written in a div without paragraph markup counts only inside: outside, such prose was an
 * author's bio, a comment prompt or an archive notice on every saved page that had any.
 */
export function belongsToStory(block: ArticleBlock, root: Element | null): boolean {
  if (isHintedAway(block.element, root)) return false;
  if (root === null || root.contains(block.element)) return true;
  return isProse(block) && !holdsOwnText(block.element);
}
