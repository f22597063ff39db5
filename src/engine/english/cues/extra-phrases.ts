import { lowerAt, TokenType, tokenize } from '../../text/tokens';
import type { EnglishText } from '../text';
import { type Cue, CueKind } from './cue';

// The reader's list is theirs to grow, but a page must stay fast: a bound on how many and how long.
const MOST_PHRASES = 200;
const LONGEST_PHRASE = 12;

/** A reader's phrase as the words the tokenizer would read ("Sources close to" → sources, close, to). */
function wordsOf(phrase: unknown): string[] | null {
  if (typeof phrase !== 'string') return null;
  const tokens = tokenize(phrase.slice(0, 200));
  if (tokens.count === 0 || tokens.count > LONGEST_PHRASE) return null;
  const words: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.type[i] === TokenType.Break) return null;
    words.push(lowerAt(tokens, i));
  }
  return words;
}

/**
 * The reader's own cue phrases, found case-insensitively on word boundaries (outside direct
 * quotes, like every cue). Anything that is not a usable phrase is ignored, never thrown on.
 */
export function findExtraCues(text: EnglishText, phrases: unknown): Cue[] {
  if (!Array.isArray(phrases) || phrases.length === 0) return [];
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases.slice(0, MOST_PHRASES)) {
    const words = wordsOf(phrase);
    if (!words) continue;
    const list = byFirst.get(words[0] ?? '') ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    byFirst.set(words[0] ?? '', list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const cues: Cue[] = [];
  for (let i = 0; i < text.count; i++) {
    const list = byFirst.get(text.lower(i));
    if (!list || text.quoteOf(i) >= 0) continue;
    const words = list.find((w) => text.matches(i, w));
    if (!words) continue;
    const last = i + words.length - 1;
    cues.push({
      kind: CueKind.Extra,
      lemma: null,
      first: i,
      last,
      head: i,
      verbClass: null,
      form: null,
      passive: false,
    });
    i = last;
  }
  return cues;
}
