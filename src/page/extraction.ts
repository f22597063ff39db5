/**
 * Has the engine read passages (each with the passage before it as context) and anchors what it
 * finds. The engine runs only in the background, where it stays warm between pages and costs the
 * page's main thread nothing: the content script, parsed on every page, does not carry it.
 */
import type { Attribution, Span } from '../engine/types';
import type { ExtractRequest, ExtractResponse } from '../shared/messages';
import { rangeFor } from './anchoring';
import { type JoinedBlocks, joinBlocks } from './article-text';
import type { Found } from './found';
import type { ArticlePassages, Passage } from './passages';

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
  /** The passage is in a language the engine does not read yet: nothing can be found in it. */
  otherLanguage: boolean;
}

/** Sends one request to the background; rejects when nothing there can answer. */
export type AskBackground = (request: ExtractRequest) => Promise<unknown>;

export class PassageReader {
  /** The article's language, as the engine told it from the first passages it read. */
  language: string | null = null;

  constructor(
    private readonly extraCues: () => readonly string[],
    private readonly ask: AskBackground,
    private readonly declaredLanguage: () => string,
    private readonly beliefs: () => boolean = () => false,
  ) {}

  /** What the engine finds in each passage of a batch, asked for together. */
  async read(passages: ArticlePassages, batch: readonly Passage[]): Promise<Answer[]> {
    const asked = batch.map((passage) => passageText(passages, passage));
    const answer = await this.answerTo(asked.map((text) => text.joined.text));
    return asked.map((text, index) => ({
      text,
      found: answer.attributions[index] ?? [],
      otherLanguage: answer.otherLanguage[index] ?? false,
    }));
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

  /** Rejects when the background cannot answer, or answers with an error. */
  private async answerTo(texts: string[]): Promise<ExtractAnswer> {
    const answer = await this.ask({
      type: 'extract',
      texts,
      extraCues: [...this.extraCues()],
      beliefs: this.beliefs(),
      ...(this.language
        ? { language: this.language }
        : { declaredLanguage: this.declaredLanguage() }),
    });
    if (isAnswerTo(answer, texts)) {
      this.language ??= answer.language;
      return answer;
    }
    throw new Error(`the background could not read the page: ${errorOf(answer)}`);
  }
}

type ExtractAnswer = Exclude<ExtractResponse, { error: string }>;

const isAnswerTo = (answer: unknown, texts: readonly string[]): answer is ExtractAnswer => {
  const { attributions, otherLanguage, language } = (answer ?? {}) as Record<string, unknown>;
  return (
    (language === null || typeof language === 'string') &&
    Array.isArray(attributions) &&
    attributions.length === texts.length &&
    attributions.every(Array.isArray) &&
    Array.isArray(otherLanguage) &&
    otherLanguage.length === texts.length &&
    otherLanguage.every((flag) => typeof flag === 'boolean')
  );
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
