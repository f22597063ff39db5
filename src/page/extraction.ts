/** Runs the engine over one passage (with the passage before it as context) and anchors what it finds. */
import type { Attribution, ExtractOptions, Span } from '../engine/types';
import { rangeFor } from './anchoring';
import { joinBlocks } from './article-text';
import type { Found } from './found';
import type { ArticlePassages, Passage } from './passages';

/** The engine's fixed API; typed here so that the page builds against any engine that honours it. */
type Extract = (text: string, options?: ExtractOptions) => Attribution[];

/** One passage is at most this long; the size adapts to the engine so one call stays short. */
const MIN_PASSAGE = 2_000;
const MAX_PASSAGE = 60_000;
/** Main-thread time one engine call may take before the page gets a turn. */
const CALL_BUDGET_MS = 25;

export class PassageReader {
  /**
   * Characters per passage, tuned after each call to the engine's measured speed. The first is
   * short: the engine's first call also pays for its warm-up.
   */
  targetChars = 3_000;

  private extract: Extract | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly extraCues: () => readonly string[]) {}

  /**
   * Loads the engine, once, when a page turns out to be an article: a page without one never pays
   * for it, and its evaluation is a task of its own rather than part of the script's start. Called
   * early (as soon as the page shows prose), the loading overlaps the reading of the page.
   */
  load(): Promise<void> {
    this.loading ??= import('../engine').then((engine) => {
      this.extract = engine.extract as Extract;
    });
    return this.loading;
  }

  read(passages: ArticlePassages, passage: Passage): Found[] {
    if (!this.extract) throw new Error('the engine is read before it was loaded');
    const context = passages.contextOf(passage);
    const joined = joinBlocks([...context, ...passage.blocks]);
    const contextChars = joined.starts[context.length] ?? 0;

    const started = performance.now();
    const found = this.extract(joined.text, { extraCues: this.extraCues() });
    this.tune(joined.text.length, performance.now() - started);

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

  private tune(chars: number, ms: number) {
    if (chars < 500) return;
    const perChar = Math.max(ms, 0.5) / chars;
    this.targetChars = Math.round(
      Math.min(MAX_PASSAGE, Math.max(MIN_PASSAGE, CALL_BUDGET_MS / perChar)),
    );
  }
}

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
