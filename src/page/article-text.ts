/**
 * The article as a reader reads it: the text of its blocks joined into one string, with a map
 * from string offsets back to the page's Text nodes so that engine spans become DOM Ranges.
 */

/** One run of a Text node inside the article string. */
export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the article string. */
  start: number;
}

export interface ArticleText {
  text: string;
  pieces: TextPiece[];
}

const BLOCKS = 'article p, main p, article li, article blockquote';
const SKIPPED = 'nav, header, footer, aside, form, figcaption, [contenteditable], [hidden]';

/** The reader's text blocks of a page, in document order. Works on any DOM, in a page or in Node. */
export function readArticle(doc: Document): ArticleText {
  const blocks = [...doc.querySelectorAll(BLOCKS)].filter(
    (block) => !block.closest(SKIPPED) && !block.parentElement?.closest(BLOCKS),
  );
  const pieces: TextPiece[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node: node as Text, start: text.length });
      text += node.nodeValue ?? '';
    }
  }
  return { text, pieces };
}

/** The DOM Range covering article-string offsets [start, end). */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  const from = locate(article.pieces, start, false);
  const to = locate(article.pieces, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The Text node and offset of an article-string offset; `atEnd` prefers the piece that ends there. */
function locate(pieces: TextPiece[], at: number, atEnd: boolean) {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const piece = pieces[mid];
    if (piece && (atEnd ? piece.start < at : piece.start <= at)) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  if (!piece) return null;
  const offset = Math.min(at - piece.start, piece.node.length);
  return offset < 0 ? null : { node: piece.node, offset };
}
