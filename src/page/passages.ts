/**
 * The article as it lives in the page: its blocks in document order, grouped into passages that
 * the engine reads one at a time. A change to the page dirties only the passages it touches.
 */
import type { Attribution, Span } from '../engine/types';
import { type ArticleBlock, BLOCK_SEPARATOR } from './article-text';
import type { Found } from './found';

export interface Passage {
  blocks: ArticleBlock[];
  found: Found[];
  /** The engine last read it as a language it does not read yet. */
  otherLanguage: boolean;
  /** Its blocks changed since the engine last read it. */
  dirty: boolean;
}

/**
 * Characters per passage: a change to the page has its passage read again and repainted, so a
 * passage is short; passages are asked for many at a time.
 */
export const PASSAGE_CHARS = 3_000;

/** How much of the passage before a passage the engine sees with it, for pronouns and quotes. */
const CONTEXT_CHARS = 1_500;

/** A passage the engine has yet to read. */
const unread = (blocks: ArticleBlock[]): Passage => ({
  blocks,
  found: [],
  otherLanguage: false,
  dirty: true,
});

const textLength = (blocks: readonly ArticleBlock[]) =>
  blocks.reduce((sum, block) => sum + block.text.length + BLOCK_SEPARATOR.length, 0);

const follows = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

export class ArticlePassages {
  readonly passages: Passage[] = [];
  private readonly byElement = new Map<Element, Passage>();
  /** The size of the passage last filled, so that filling it block by block stays linear. */
  private fill: { passage: Passage | null; chars: number } = { passage: null, chars: 0 };

  /** Called with every attribution whose ranges stop being valid, so that it is unpainted at once. */
  constructor(private readonly onDropped: (found: Found) => void) {}

  has(element: Element): boolean {
    return this.byElement.has(element);
  }

  passageWith(element: Element): Passage | undefined {
    return this.byElement.get(element);
  }

  get blocks(): ArticleBlock[] {
    return this.passages.flatMap((passage) => passage.blocks);
  }

  /**
   * Adds a block known to come after every block so far (the page read in order): no comparison
   * of document positions, which costs a walk over siblings on a page with thousands of them.
   */
  append(block: ArticleBlock): void {
    const last = this.passages.at(-1);
    if (last?.dirty && this.isFilling(last)) {
      last.blocks.push(block);
      this.fill.chars += block.text.length + BLOCK_SEPARATOR.length;
      this.byElement.set(block.element, last);
      return;
    }
    const passage = unread([block]);
    this.passages.push(passage);
    this.byElement.set(block.element, passage);
    this.fill = { passage, chars: block.text.length + BLOCK_SEPARATOR.length };
  }

  private forgetFill(): void {
    this.fill = { passage: null, chars: 0 };
  }

  /** Whether a dirty passage is still short of the target (its size remembered while it fills). */
  private isFilling(passage: Passage): boolean {
    if (this.fill.passage !== passage) {
      this.fill = { passage, chars: textLength(passage.blocks) };
    }
    return this.fill.chars < PASSAGE_CHARS;
  }

  /** Adds a block where it stands in the document; a passage still being filled takes it in. */
  insert(block: ArticleBlock): void {
    // Reading a page in order appends: one comparison instead of a search.
    const last = this.passages.at(-1);
    const lastBlock = last?.blocks.at(-1)?.element;
    const at =
      lastBlock && follows(lastBlock, block.element)
        ? this.passages.length - 1
        : this.gapBefore(block.element);
    const inside = at >= 0 ? this.passages[at] : undefined;
    if (inside && this.isWithin(inside, block.element)) {
      this.insertInto(inside, block);
      return;
    }
    if (inside?.dirty && this.isFilling(inside)) {
      this.insertInto(inside, block);
      return;
    }
    const passage = unread([block]);
    this.fill = { passage, chars: block.text.length + BLOCK_SEPARATOR.length };
    this.passages.splice(at + 1, 0, passage);
    this.byElement.set(block.element, passage);
  }

  /** The block's text changed: the passage is read again (not when it reads as before, over the same nodes). */
  update(block: ArticleBlock): void {
    const passage = this.byElement.get(block.element);
    if (!passage) return;
    const index = passage.blocks.findIndex((b) => b.element === block.element);
    const was = passage.blocks[index];
    if (was && readsAsBefore(was, block) && !passage.dirty) return;
    passage.blocks[index] = block;
    this.forgetFill();
    this.markDirty(passage);
  }

  /** The block left the page, or no longer reads as prose. */
  remove(element: Element): void {
    const passage = this.byElement.get(element);
    if (!passage) return;
    this.byElement.delete(element);
    passage.blocks = passage.blocks.filter((b) => b.element !== element);
    this.forgetFill();
    this.markDirty(passage);
    if (passage.blocks.length > 0) return;
    for (const found of passage.found) this.onDropped(found);
    this.passages.splice(this.passages.indexOf(passage), 1);
  }

  /** Everything is read again (the reader's own cue phrases changed). */
  markAllDirty(): void {
    for (const passage of this.passages) passage.dirty = true;
  }

  /**
   * A block's text is changing: attributions over it go at once (their ranges may now cover other
   * words); the rest stay painted until the passage is read again and replaces them in one go.
   */
  touch(element: Element): void {
    const passage = this.byElement.get(element);
    if (!passage) return;
    const next = this.passages[this.passages.indexOf(passage) + 1];
    for (const reader of next ? [passage, next] : [passage]) {
      reader.found = reader.found.filter((found) => {
        const over = Object.values(found.ranges).some(
          (range) =>
            range !== null &&
            (range.collapsed || !range.startContainer.isConnected || range.intersectsNode(element)),
        );
        if (over) this.onDropped(found);
        return !over;
      });
    }
    this.markDirty(passage);
  }

  markDirty(passage: Passage): void {
    passage.dirty = true;
    // Spans of the next passage may reach back into this one: they are rebuilt too.
    const next = this.passages[this.passages.indexOf(passage) + 1];
    if (next && !next.dirty && next.found.some((f) => startOf(f.attribution) < 0)) {
      next.dirty = true;
    }
  }

  /** The blocks before a passage that the engine reads with it, whole blocks only. */
  contextOf(passage: Passage): ArticleBlock[] {
    const before = this.passages[this.passages.indexOf(passage) - 1];
    if (!before) return [];
    const context: ArticleBlock[] = [];
    let chars = 0;
    for (let i = before.blocks.length - 1; i >= 0 && chars < CONTEXT_CHARS; i--) {
      const block = before.blocks[i] as ArticleBlock;
      context.unshift(block);
      chars += block.text.length;
    }
    return context;
  }

  /** Cuts a passage that grew past its size at block boundaries, so that a change rereads little. */
  split(passage: Passage): void {
    const index = this.passages.indexOf(passage);
    const pieces: ArticleBlock[][] = [[]];
    let chars = 0;
    for (const block of passage.blocks) {
      const current = pieces.at(-1) as ArticleBlock[];
      if (current.length > 0 && chars + block.text.length > PASSAGE_CHARS) {
        pieces.push([block]);
        chars = block.text.length;
      } else {
        current.push(block);
        chars += block.text.length + BLOCK_SEPARATOR.length;
      }
    }
    if (pieces.length === 1) return;
    this.forgetFill();
    for (const found of passage.found) this.onDropped(found);
    const parts = pieces.map(unread);
    for (const part of parts)
      for (const block of part.blocks) this.byElement.set(block.element, part);
    this.passages.splice(index, 1, ...parts);
  }

  nextDirty(): Passage | undefined {
    return this.passages.find((passage) => passage.dirty);
  }

  /** How many attributions there are, without building the list (the badge asks often). */
  count(): number {
    return this.passages.reduce((sum, passage) => sum + passage.found.length, 0);
  }

  /** Every attribution in document order, offsets into the whole article text (as readArticle joins it). */
  attributions(): { attribution: Attribution; found: Found }[] {
    const all: { attribution: Attribution; found: Found }[] = [];
    let offset = 0;
    for (const passage of this.passages) {
      for (const found of passage.found) {
        all.push({ attribution: shift(found.attribution, offset), found });
      }
      offset += textLength(passage.blocks);
    }
    return all;
  }

  /** Index of the last passage that starts before the element (-1: before them all). */
  private gapBefore(element: Element): number {
    let low = 0;
    let high = this.passages.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const first = this.passages[mid]?.blocks[0]?.element;
      if (first && follows(first, element)) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  private isWithin(passage: Passage, element: Element): boolean {
    const last = passage.blocks.at(-1)?.element;
    return last !== undefined && follows(element, last);
  }

  private insertInto(passage: Passage, block: ArticleBlock): void {
    let index = passage.blocks.length;
    while (index > 0 && follows(block.element, (passage.blocks[index - 1] as ArticleBlock).element))
      index--;
    passage.blocks.splice(index, 0, block);
    this.byElement.set(block.element, passage);
    if (this.fill.passage === passage)
      this.fill.chars += block.text.length + BLOCK_SEPARATOR.length;
    this.markDirty(passage);
  }
}

const readsAsBefore = (was: ArticleBlock, now: ArticleBlock) =>
  was.text === now.text &&
  was.pieces.length === now.pieces.length &&
  was.pieces.every((piece, i) => {
    const other = now.pieces[i];
    return other !== undefined && piece.node === other.node && piece.nodeStart === other.nodeStart;
  });

const startOf = (attribution: Attribution) =>
  Math.min(
    attribution.cue.start,
    attribution.source?.start ?? Number.POSITIVE_INFINITY,
    attribution.content?.start ?? Number.POSITIVE_INFINITY,
  );

const shiftSpan = (span: Span | null, by: number): Span | null =>
  span && { start: span.start + by, end: span.end + by, text: span.text };

function shift(attribution: Attribution, by: number): Attribution {
  return {
    ...attribution,
    cue: { ...attribution.cue, start: attribution.cue.start + by, end: attribution.cue.end + by },
    source: shiftSpan(attribution.source, by),
    content: shiftSpan(attribution.content, by),
  };
}
