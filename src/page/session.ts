/**
 * One article in one page address: reads its blocks, has the engine read its passages in slices,
 * paints what is found and keeps it true as the page changes. Ends with its AbortSignal.
 */
import type { Attribution } from '../engine/types';
import type { PageState } from '../shared/messages';
import { AreaFilter, BLOCK_SELECTOR, collectArticleBlocks, isArticleBlock } from './article-blocks';
import { inOtherLanguage } from './article-language';
import { type ArticleBlock, looksLikeArticle, readArticleBlock } from './article-text';
import { AttributionCeiling } from './ceiling';
import { type AskBackground, PassageReader } from './extraction';
import type { Found } from './found';
import type { HighlightPainter } from './highlights';
import type { PageChanges } from './live-updates';
import { ArticlePassages, PASSAGE_CHARS, type Passage } from './passages';
import { belongsToStory, findStoryRoot } from './story-root';
import { afterRender, TimeSlice } from './yield';

/**
 * Characters asked of the background at once, painted together: a typical article in one message
 * and one paint. Asking for its top alone first, to paint it early, cost the page a third more
 * main-thread time in bench:page (a second message, a second paint) and painted the whole later.
 */
const CHARS_ASKED_TOGETHER = 40_000;

/** Above this many characters the page is a live blog, not an article: it is painted as below. */
const HUGE_PAGE_ABOVE = 200_000;

/**
 * How often a page that large is painted while it is read: each paint has the browser redraw every
 * painted word (30–60 ms on a 1-million-character page, whatever the change), so it paints a few
 * times, not after every answer.
 */
const HUGE_PAGE_PAINTS_EVERY_MS = 300;

export interface SessionHooks {
  extraCues(): readonly string[];
  /** Whether beliefs, intentions and stances are read too (the reader's choice); no when absent. */
  beliefs?(): boolean;
  /** Where the engine runs, off the page's main thread. */
  askBackground: AskBackground;
  /** The state or the attributions changed. */
  onReportChanged(): void;
}

export class ArticleSession {
  state: PageState = 'scanning';
  private readonly passages: ArticlePassages;
  private readonly reader: PassageReader;
  private readonly queue: PageChanges[] = [];
  private readonly foundByRange = new WeakMap<Range, Found>();
  /** Blocks whose text changed since they were read: read again before the engine reads them. */
  private readonly changed = new Set<Element>();
  private working: Promise<void> | null = null;
  private isArticle = false;
  private everReady = false;
  private everPainted = false;
  /** The story's container once the page has been read; null when the page has no prose. */
  private root: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly hooks: SessionHooks,
    private readonly signal: AbortSignal,
    private readonly ceiling = new AttributionCeiling(),
  ) {
    this.passages = new ArticlePassages((found) => this.painter.remove(found));
    this.reader = new PassageReader(
      hooks.extraCues,
      hooks.askBackground,
      () => doc.documentElement?.lang ?? '',
      () => hooks.beliefs?.() === true,
    );
  }

  /** The article's language as the engine read it, once it has read some of it. */
  get language(): string | null {
    return this.reader.language;
  }

  /** Reads the page as it is now, then the engine reads it; resolves when all is painted. */
  start(): Promise<void> {
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on') return this.settle();
    return this.work(async (slice) => {
      const view = this.doc.defaultView;
      if (view) await afterRender(view);
      slice.restart();
      const areas = new AreaFilter();
      for (const element of body.querySelectorAll(BLOCK_SELECTOR)) {
        if (slice.spent) await slice.next(this.signal);
        if (!isArticleBlock(element, areas)) continue;
        const block = readArticleBlock(element);
        if (!block) continue;
        this.passages.append(block);
      }
      this.findRoot();
      const chars = textOf(this.passages.blocks);
      if (chars > HUGE_PAGE_ABOVE) {
        // The styles now, in a frame of their own: restyling so large a page takes a frame already.
        this.painter.install(this.passages.blocks[0]?.element ?? null);
        this.painter.gather(HUGE_PAGE_PAINTS_EVERY_MS);
      }
      performance.mark('sourcelight-read');
    });
  }

  /** A batch of page changes from the live-updates observer. */
  apply(changes: PageChanges): Promise<void> {
    this.queue.push(changes);
    return this.work(async (slice) => {
      for (let changes = this.queue.shift(); changes; changes = this.queue.shift()) {
        await this.applyOne(changes, slice);
      }
    });
  }

  /** The reader's own cue phrases changed: every passage is read again. */
  rereadAll(): Promise<void> {
    this.passages.markAllDirty();
    return this.work(async () => {});
  }

  isBlock(element: Element): boolean {
    return this.passages.has(element);
  }

  /** A block's text is changing: the highlights over it go now, before the page repaints. */
  forgetBlockHighlights(element: Element): void {
    this.changed.add(element);
    this.passages.touch(element);
  }

  attributions(): { attribution: Attribution; found: Found }[] {
    return this.passages.attributions();
  }

  attributionCount(): number {
    return this.passages.count();
  }

  /** Whether the page holds more attributions than are listed and painted. */
  get capped(): boolean {
    return this.ceiling.capped;
  }

  foundOf(range: AbstractRange): Found | undefined {
    return this.foundByRange.get(range as Range);
  }

  /** The attributions of the passage holding a node: where a pointer over that node may be. */
  foundsNear(node: Node): readonly Found[] {
    for (let at: Node | null = node; at; at = at.parentNode) {
      if (at.nodeType === 1 && this.passages.has(at as Element)) {
        return this.passages.passageWith(at as Element)?.found ?? [];
      }
    }
    return [];
  }

  private addBlock(element: Element): void {
    const block = readArticleBlock(element);
    if (block && belongsToStory(block, this.root)) {
      this.passages.insert(block);
    }
  }

  private async applyOne(changes: PageChanges, slice: TimeSlice): Promise<void> {
    // The story's container left the page (a single-page site swapped it): take every block in.
    const rootLost = this.root !== null && !this.root.isConnected;
    if (rootLost) this.root = null;
    if (changes.removals) {
      for (const block of this.passages.blocks) {
        if (!block.element.isConnected) this.passages.remove(block.element);
      }
    }
    for (const element of changes.touched) {
      if (slice.spent) await slice.next(this.signal);
      this.readBlockAgain(element);
    }
    const areas = new AreaFilter();
    for (const root of changes.added) {
      if (!root.isConnected) continue;
      for (const element of collectArticleBlocks(root, areas)) {
        if (slice.spent) await slice.next(this.signal);
        if (!this.passages.has(element)) this.addBlock(element);
      }
    }
    // Until the page reads as an article, or after its container went, the container is sought again.
    if (rootLost || !this.isArticle) this.findRoot();
  }

  private readBlockAgain(element: Element): void {
    this.changed.delete(element);
    const block = element.isConnected ? readArticleBlock(element) : null;
    if (block) this.passages.update(block);
    else this.passages.remove(element);
  }

  private findRoot(): void {
    this.root = findStoryRoot(this.passages.blocks);
    for (const block of this.passages.blocks) {
      if (!belongsToStory(block, this.root)) this.passages.remove(block.element);
    }
  }

  /** Runs one piece of work, then the engine over every dirty passage; one run at a time. */
  private work(step: (slice: TimeSlice) => Promise<void>): Promise<void> {
    const previous = this.working ?? Promise.resolve();
    const run = previous.then(async () => {
      const slice = new TimeSlice();
      await step(slice);
      await this.readDirtyPassages(slice);
    });
    // A run that failed is reported and does not stop the next: the page keeps changing.
    this.working = run.catch((error: unknown) => {
      if (this.signal.aborted) return;
      console.error('Sourcelight could not read this page:', error);
      this.setState('failed');
    });
    return this.working;
  }

  private async readDirtyPassages(slice: TimeSlice): Promise<void> {
    this.isArticle ||= looksLikeArticle(this.passages.blocks);
    if (!this.isArticle) return this.settle();
    if (this.passages.nextDirty() && this.state !== 'scanning') this.setState('scanning');
    for (;;) {
      await slice.next(this.signal);
      // Blocks the page changed while the engine read (the batch of changes comes later).
      for (const element of this.changed) this.readBlockAgain(element);
      if (this.ceiling.full(this.passages.count())) {
        this.leaveUnread();
        break;
      }
      const batch = this.nextPassages(CHARS_ASKED_TOGETHER);
      if (batch.length === 0) break;
      const answers = await this.reader.read(this.passages, batch).catch((error: unknown) => {
        // Still unread: the next change to the page has them read again.
        for (const passage of batch) passage.dirty = true;
        throw error;
      });
      // The page may have moved on (navigation, the reader's switch) while the engine read.
      this.signal.throwIfAborted();
      for (const [index, answer] of answers.entries()) {
        if (index > 0) await slice.next(this.signal);
        const passage = answer.text.passage;
        const anchored = this.reader.anchor(answer);
        const others = this.passages.count() - passage.found.length;
        const fresh = anchored && this.ceiling.fit(anchored, others);
        if (fresh) this.show(passage, fresh, answer.otherLanguage);
      }
    }
    return this.settle();
  }

  /**
   * The ceiling is met: passages still unread stay so, not read only to be thrown away. A change to
   * one of them later has it read again, within the room left.
   */
  private leaveUnread(): void {
    for (const passage of this.passages.passages) {
      if (passage.dirty) this.ceiling.capped = true;
      passage.dirty = false;
    }
  }

  /** The next dirty passages (cut to size first) up to `chars` characters, at least one, marked as being read. */
  private nextPassages(chars: number): Passage[] {
    const batch: Passage[] = [];
    let total = 0;
    while (batch.length === 0 || total < chars) {
      const passage = this.passages.nextDirty();
      if (!passage) break;
      if (passage.blocks.length > 1 && textOf(passage.blocks) > PASSAGE_CHARS * 1.5) {
        this.passages.split(passage);
        continue;
      }
      passage.dirty = false;
      batch.push(passage);
      total += textOf(passage.blocks);
    }
    return batch;
  }

  private show(passage: Passage, fresh: Found[], otherLanguage: boolean): void {
    this.painter.replace(passage.found, fresh);
    // The benchmark's mark for the first words painted: the top of the story, before the rest is read.
    if (fresh.length > 0 && !this.everPainted) {
      this.everPainted = true;
      performance.mark('sourcelight-first-painted');
    }
    passage.found = fresh;
    passage.otherLanguage = otherLanguage;
    for (const found of fresh) {
      for (const range of Object.values(found.ranges))
        if (range) this.foundByRange.set(range, found);
    }
  }

  private settle(): Promise<void> {
    this.painter.flush();
    const state = !this.isArticle
      ? 'not-article'
      : inOtherLanguage(this.passages.passages)
        ? 'other-language'
        : 'ready';
    // An article in another language is read as fully as one in English: the mark is the same.
    if (state !== 'not-article' && !this.everReady) {
      this.everReady = true;
      performance.mark('sourcelight-ready');
    }
    this.setState(state);
    return Promise.resolve();
  }

  private setState(state: PageState): void {
    this.state = state;
    this.hooks.onReportChanged();
  }
}

const textOf = (blocks: readonly ArticleBlock[]) =>
  blocks.reduce((sum, block) => sum + block.text.length, 0);
