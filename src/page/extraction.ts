/**
 * Has the engine read one passage (with the passage before it as context) and anchors what it
 * finds. The engine runs in the background, where it stays warm between pages and costs the page's
 * main thread nothing; when the background cannot answer, it is loaded and run in the page.
 */
import type { Attribution, ExtractOptions, Span } from '../engine/types';
import type { ExtractRequest } from '../shared/messages';
import { rangeFor } from './anchoring';
import { type JoinedBlocks, joinBlocks } from './article-text';
import type { Found } from './found';
import type { ArticlePassages, Passage } from './passages';
import { yieldToPage } from './yield';

/** The engine's fixed API; typed here so that the page builds against any engine that honours it. */
type Extract = (text: string, options?: ExtractOptions) => Attribution[];

/** A passage's text as the engine reads it, and what anchoring the answer needs. */
interface PassageText {
  passage: Passage;
  joined: JoinedBlocks;
  /** Where the passage's own text starts, after its context. */
  contextChars: number;
  /** The passage whose blocks are the context: a change there makes the answer stale too. */
  before: Passage | undefined;
}

/** What the engine found in one passage, not yet anchored in the page. */
export interface Answer {
  text: PassageText;
  found: Attribution[];
}

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

  /** What the engine finds in each passage of a batch, asked for together. */
  async read(passages: ArticlePassages, batch: readonly Passage[]): Promise<Answer[]> {
    const asked = batch.map((passage) => passageText(passages, passage));
    const found = await this.attributionsIn(asked.map((text) => text.joined.text));
    return asked.map((text, index) => ({ text, found: found[index] ?? [] }));
  }

  /**
   * An answer's attributions anchored in the page; null when the page changed under the passage
   * while the engine read it (the passage is then dirty again and will be read anew).
   */
  anchor({ text, found }: Answer): Found[] | null {
    const { passage, joined, contextChars, before } = text;
    if (passage.dirty || before?.dirty) {
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

  private async attributionsIn(texts: string[]): Promise<Attribution[][]> {
    const extraCues = [...this.extraCues()];
    if (this.ask) {
      try {
        const answer = await this.ask({ type: 'extract', texts, extraCues });
        if (isAnswerTo(answer, texts)) return answer.attributions;
        console.warn('Sourcelight reads these passages in the page:', errorOf(answer));
      } catch {
        // No background answers (the extension was updated under this page, say): the page reads the rest.
        this.ask = null;
      }
    }
    await this.load();
    const found: Attribution[][] = [];
    for (const text of texts) {
      // Each passage is read in a task of its own.
      await yieldToPage();
      const started = performance.now();
      found.push((this.extract as Extract)(text, { extraCues }));
      this.tune(text.length, performance.now() - started);
    }
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

const isAnswerTo = (
  answer: unknown,
  texts: readonly string[],
): answer is { attributions: Attribution[][] } => {
  const lists = (answer as { attributions?: unknown } | null)?.attributions;
  return Array.isArray(lists) && lists.length === texts.length && lists.every(Array.isArray);
};

/** A passage as the engine reads it: the passage before's last blocks as context, then its own. */
function passageText(passages: ArticlePassages, passage: Passage): PassageText {
  const context = passages.contextOf(passage);
  const joined = joinBlocks([...context, ...passage.blocks]);
  return {
    passage,
    joined,
    contextChars: joined.starts[context.length] ?? 0,
    before:
      context.length > 0 ? passages.passages[passages.passages.indexOf(passage) - 1] : undefined,
  };
}

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
