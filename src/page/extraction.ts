/**
 * Has the engine read one passage (with the passage before it as context) and anchors what it
 * finds. The engine runs in the background, where it stays warm between pages and costs the page's
 * main thread nothing; when the background cannot answer, it is loaded and run in the page.
 */
import type { Attribution, ExtractOptions, Span } from '../engine/types';
import type { ExtractRequest } from '../shared/messages';
import { rangeFor } from './anchoring';
import { joinBlocks } from './article-text';
import type { Found } from './found';
import type { ArticlePassages, Passage } from './passages';
import { yieldToPage } from './yield';

/** The engine's fixed API; typed here so that the page builds against any engine that honours it. */
type Extract = (text: string, options?: ExtractOptions) => Attribution[];

/** Sends one request to the background; rejects when nothing there can answer. */
export type AskBackground = (request: ExtractRequest) => Promise<unknown>;

/** One passage is at most this long; the size adapts to the engine so one call stays short. */
const MIN_PASSAGE = 2_000;
const MAX_PASSAGE = 60_000;
/** Main-thread time one engine call in the page may take before the page gets a turn. */
const CALL_BUDGET_MS = 25;

export class PassageReader {
  /**
   * Characters per passage, tuned after each call to the engine in the page. The first is short:
   * the engine's first call also pays for its warm-up, and the top of the story is painted first.
   */
  targetChars = 3_000;

  private extract: Extract | null = null;
  private loading: Promise<void> | null = null;
  /** Null once the background failed to answer: the rest is read in the page. */
  private ask: AskBackground | null;

  constructor(
    private readonly extraCues: () => readonly string[],
    ask: AskBackground | null = null,
  ) {
    this.ask = ask;
  }

  /** Loads the engine into the page, once, only when the background cannot read for it. */
  private load(): Promise<void> {
    this.loading ??= import('../engine').then((engine) => {
      this.extract = engine.extract as Extract;
    });
    return this.loading;
  }

  /**
   * The passage's attributions, anchored; null when the page changed under the passage while the
   * engine read it (the passage is then dirty again and will be read anew).
   */
  async read(passages: ArticlePassages, passage: Passage): Promise<Found[] | null> {
    const context = passages.contextOf(passage);
    const before = passages.passages[passages.passages.indexOf(passage) - 1];
    const joined = joinBlocks([...context, ...passage.blocks]);
    const contextChars = joined.starts[context.length] ?? 0;

    const found = await this.attributionsIn(joined.text);
    if (passage.dirty || (context.length > 0 && before?.dirty)) {
      passage.dirty = true;
      return null;
    }

    const anchored: Found[] = [];
    for (const attribution of found) {
      // Attributions whose cue lies in the context belong to the passage before.
      if (attribution.cue.start < contextChars) continue;
      const range = (span: Span | null) => span && rangeFor(joined, span.start, span.end);
      const cue = range(attribution.cue);
      if (!cue) continue;
      anchored.push({
        attribution: relativeTo(attribution, contextChars),
        ranges: { cue, source: range(attribution.source), claim: range(attribution.content) },
      });
    }
    return anchored;
  }

  private async attributionsIn(text: string): Promise<Attribution[]> {
    const extraCues = [...this.extraCues()];
    if (this.ask) {
      try {
        const answer = await this.ask({ type: 'extract', text, extraCues });
        if (isAttributionList(answer)) return answer.attributions;
        console.warn('Sourcelight reads this passage in the page:', errorOf(answer));
      } catch {
        // No background answers (the extension was updated under this page, say): the page reads the rest.
        this.ask = null;
      }
    }
    await this.load();
    // Passages asked for together fall back together: each is read in a task of its own.
    await yieldToPage();
    const started = performance.now();
    const found = (this.extract as Extract)(text, { extraCues });
    this.tune(text.length, performance.now() - started);
    return found;
  }

  /** From now on the engine runs in the page, as when the background cannot answer. */
  readInPage(): void {
    this.ask = null;
  }

  /** Whether the engine reads off the page's main thread, so that passages can be asked for together. */
  get offThread(): boolean {
    return this.ask !== null;
  }

  private tune(chars: number, ms: number) {
    if (chars < 500) return;
    const perChar = Math.max(ms, 0.5) / chars;
    this.targetChars = Math.round(
      Math.min(MAX_PASSAGE, Math.max(MIN_PASSAGE, CALL_BUDGET_MS / perChar)),
    );
  }
}

const isAttributionList = (answer: unknown): answer is { attributions: Attribution[] } =>
  typeof answer === 'object' &&
  answer !== null &&
  Array.isArray((answer as { attributions?: unknown }).attributions);

const errorOf = (answer: unknown): string =>
  typeof answer === 'object' && answer !== null && 'error' in answer
    ? String(answer.error)
    : 'the background gave no attributions';

const move = (span: Span, by: number): Span => ({
  ...span,
  start: span.start - by,
  end: span.end - by,
});

function relativeTo(attribution: Attribution, by: number): Attribution {
  return {
    ...attribution,
    cue: move(attribution.cue, by),
    source: attribution.source && move(attribution.source, by),
    content: attribution.content && move(attribution.content, by),
  };
}
