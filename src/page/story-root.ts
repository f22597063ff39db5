/**
 * The story's own container: the smallest element that holds most of the page's prose. Short
 * blocks outside it (teasers, tickers, "sign up" lines around the story) are not the story.
 */
import { type ArticleBlock, isProse } from './article-text';

/** The share of the prose the story's container holds. */
const MOST = 0.6;
/** The container shows in the first prose blocks; a huge page need not be walked to the end. */
const SAMPLE = 400;

export function findStoryRoot(blocks: readonly ArticleBlock[]): Element | null {
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

/** Whether a block is part of the story: inside its container, or prose wherever it stands. */
export function belongsToStory(block: ArticleBlock, root: Element | null): boolean {
  return root === null || root.contains(block.element) || isProse(block);
}
