/**
 * The text of one block as a reader sees it: whitespace collapsed, inline markup joined, hidden and
 * interactive bits left out; every run of it remembers the Text node it came from.
 */

/** A contiguous run of the block's text that is also a contiguous run of one Text node. */
export interface TextPiece {
  node: Text;
  /** Offset of the run's first character in the node. */
  nodeStart: number;
  /** Offset of the run's first character in the text it belongs to (block or article). */
  start: number;
  length: number;
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
  /** Characters of the text that sit inside links: a block made mostly of links is navigation. */
  linkChars: number;
}

/** Inline content a reader does not read as part of the sentence (tag names, upper case). */
const UNREAD_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'SOURCELIGHT-CARD',
]);

/** Checked per element of every block: tag and attribute reads, cheaper than matching a selector. */
function isUnread(element: Element, tag: string): boolean {
  return (
    UNREAD_TAGS.has(tag) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/** Elements that break a line inside a block: their edges become a space, never glue two words. */
const LINE_BREAKING = new Set([
  'BR',
  'DIV',
  'SECTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
]);

const WHITESPACE = /\s+/g;
/** What the engine reads as the end of a paragraph: the same as between two blocks. */
const PARAGRAPH_BREAK = '\n\n';
/** Whitespace that is not one plain space: a run, a line break, a tab, a no-break space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Builds text and pieces together so that both always agree. */
class TextBuilder {
  text = '';
  pieces: TextPiece[] = [];
  linkChars = 0;
  private open: TextPiece | null = null;
  /** A `<br>` met with no text since: a second one ends a paragraph. */
  private afterBreak = false;

  /** Appends characters [from, to) of a node, extending the open piece when they follow on. */
  private take(node: Text, from: number, chars: string, inLink: boolean) {
    const open = this.open;
    if (open && open.node === node && open.nodeStart + open.length === from)
      open.length += chars.length;
    else {
      this.open = { node, nodeStart: from, start: this.text.length, length: chars.length };
      this.pieces.push(this.open);
    }
    this.text += chars;
    this.afterBreak = false;
    if (inLink) this.linkChars += chars.length;
  }

  /** Whether the text so far ends where a word may not be followed by a space. */
  private atGap(): boolean {
    return this.text.length === 0 || this.text.endsWith(' ') || this.text.endsWith('\n');
  }

  /** Ends the open piece: the next characters start a new one. */
  cut() {
    this.open = null;
  }

  /** A break between elements: at most one space, and only between words. */
  space() {
    this.cut();
    if (!this.atGap()) this.text += ' ';
  }

  /**
   * A line break. Two in a row are how a page without paragraph markup draws a paragraph's end:
   * the engine then sees a paragraph break there, as between blocks, and no sentence across it.
   */
  lineBreak() {
    if (!this.afterBreak) {
      this.space();
      this.afterBreak = true;
      return;
    }
    this.trimEnd();
    if (this.text.length > 0) this.text += PARAGRAPH_BREAK;
  }

  /** Drops the spacing the text ends with, and the part of the last piece that covered it. */
  private trimEnd() {
    this.cut();
    this.text = this.text.trimEnd();
    const last = this.pieces.at(-1);
    if (last && last.start + last.length > this.text.length) {
      last.length = Math.max(0, this.text.length - last.start);
      if (last.length === 0) this.pieces.pop();
    }
  }

  addNode(node: Text, inLink: boolean) {
    const value = node.data;
    // Most text nodes of prose hold single spaces only: taken whole, without a scan.
    if (!ODD_SPACE.test(value) && !(value.startsWith(' ') && this.atGap())) {
      if (value.length > 0) this.take(node, 0, value, inLink);
      return;
    }
    let at = 0;
    for (const run of value.matchAll(WHITESPACE)) {
      if (run.index > at) this.take(node, at, value.slice(at, run.index), inLink);
      if (this.atGap()) this.cut();
      else {
        // One whitespace character stands for itself; a longer run keeps only its first.
        this.take(node, run.index, ' ', inLink);
        if (run[0].length > 1) this.cut();
      }
      at = run.index + run[0].length;
    }
    if (at < value.length) this.take(node, at, value.slice(at), inLink);
  }

  finish(): BlockText {
    this.trimEnd();
    return { text: this.text, pieces: this.pieces, linkChars: this.linkChars };
  }
}

/**
 * Reads a block's text. `isOwnBlock` says whether a nested element is a block of its own (a
 * paragraph inside a list item): its text is read with it, not here.
 */
export function readBlock(block: Element, isOwnBlock: (element: Element) => boolean): BlockText {
  const builder = new TextBuilder();
  const visit = (parent: Node, inLink: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        builder.addNode(child as Text, inLink);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (isUnread(element, tag)) continue;
      if (isOwnBlock(element)) {
        builder.space();
        continue;
      }
      if (tag === 'BR') {
        builder.lineBreak();
        continue;
      }
      const breaks = LINE_BREAKING.has(tag);
      if (breaks) builder.space();
      visit(element, inLink || tag === 'A');
      if (breaks) builder.space();
    }
  };
  visit(block, false);
  return builder.finish();
}
