/**
 * The article as a reader reads it: the text of its blocks joined into one string, with a map
 * from string offsets back to the page's Text nodes so that engine spans become DOM Ranges.
 */
import { collectArticleBlocks, isBlockElement, isParagraph } from './article-blocks';
import { type BlockText, readBlock } from './block-text';
import { isBox } from './div-paragraphs';
import { isTeaser } from './teasers';

export type { TextPiece } from './block-text';

/** One block of the article with its text; piece offsets are relative to the block. */
export interface ArticleBlock extends BlockText {
  element: Element;
}

/** Blocks joined into one text, each block's text starting at its offset in `starts`. */
export interface JoinedBlocks {
  text: string;
  blocks: ArticleBlock[];
  /** Where each block's text starts in `text`; its pieces' offsets are relative to that start. */
  starts: number[];
}

export interface ArticleText extends JoinedBlocks {
  /** Whether the blocks read like a story (prose), rather than a search page, an app or a stub. */
  isArticle: boolean;
}

/** Between two blocks: the engine sees a paragraph break, and no sentence runs across it. */
export const BLOCK_SEPARATOR = '\n\n';

/** A block made mostly of links is a menu or a list of teasers, whatever its tag. */
const MAX_LINK_SHARE = 0.5;

/** Inside text written without paragraph markup, the boxes it holds are not its words. */
const isBlockOrBox = (element: Element) => isBlockElement(element) || isBox(element);

/** Reads one block; null when it holds no words a reader reads as prose. */
export function readArticleBlock(element: Element): ArticleBlock | null {
  const marked = isParagraph(element);
  const read = readBlock(element, marked ? isBlockElement : isBlockOrBox);
  if (read.text.length === 0 || read.linkChars > read.text.length * MAX_LINK_SHARE) return null;
  if (isTeaser(element)) return null;
  const block = { element, ...read };
  // Text outside paragraph markup counts only when it reads as a paragraph: a label or a date does not.
  return marked || isProse(block) ? block : null;
}

/** Prose: text long enough to hold a sentence, and ending like one. */
const readsAsProse = (text: string) => text.length >= 40 && /[.!?…:;"”’»)]$/.test(text);

/** Prose: a block long enough to hold a sentence, and ending like one. */
export const isProse = (block: ArticleBlock) => readsAsProse(block.text);

/**
 * An article has at least two paragraphs of prose; a search page or a web app rarely does. A block
 * whose paragraphs a page split with line breaks alone counts each of them.
 */
export function looksLikeArticle(blocks: readonly ArticleBlock[]): boolean {
  let prose = 0;
  let chars = 0;
  for (const block of blocks) {
    for (const paragraph of block.text.split(BLOCK_SEPARATOR)) {
      if (!readsAsProse(paragraph)) continue;
      prose += 1;
      chars += paragraph.length;
      if (prose >= 2 && chars >= 150) return true;
    }
  }
  return false;
}

/** Joins blocks into one text; no piece is copied, each block's start is noted instead. */
export function joinBlocks(blocks: ArticleBlock[]): JoinedBlocks {
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    if (starts.length > 0) length += BLOCK_SEPARATOR.length;
    starts.push(length);
    length += block.text.length;
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks, starts };
}

/** The reader's text blocks of a page, in document order. Works on any DOM, in a page or in Node. */
export function readArticle(doc: Document): ArticleText {
  const read: ArticleBlock[] = [];
  for (const element of collectArticleBlocks(doc)) {
    const block = readArticleBlock(element);
    if (block) read.push(block);
  }
  const root = findStoryRoot(read);
  const blocks = read.filter((block) => belongsToStory(block, root));
  return { ...joinBlocks(blocks), isArticle: looksLikeArticle(blocks) };
}

export { rangeFor } from './anchoring';

import { belongsToStory, findStoryRoot } from './story-root';
