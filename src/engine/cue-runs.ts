/**
 * Degenerate text: a run of cue words with nothing between them ("said said said", "dijo, dijo,
 * dijo", "says told reportedly said") is no attribution, whatever each cue would make of its
 * neighbours. Pages have carried megabytes of it, and every cue in it would be painted.
 */
import type { Attribution } from './types';

/**
 * Cues in a row that make a run: two can be prose ("reportedly said"), three with nothing between
 * them are never found in news text.
 */
const SHORTEST_RUN = 3;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// Read through the prototype, as the tokenizer does: texts and cue texts are strings of many kinds.
const codeAt = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i);

/** Whether a cue's text is one word in lower-case ASCII letters, its own only word. */
function isLowerWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = codeAt(text, i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/**
 * The words of the text's cues, in lower case. Three cues in four are one such word already
 * ("said"), taken as they are: splitting every cue's text by a Unicode pattern cost 2% of the
 * English reading. The others are split once each.
 */
function cueWordsOf(found: Attribution[]): Set<string> {
  const words = new Set<string>();
  const split = new Set<string>();
  for (const { cue } of found) {
    if (isLowerWord(cue.text)) words.add(cue.text);
    else if (!split.has(cue.text)) {
      split.add(cue.text);
      for (const word of wordsOf(cue.text)) words.add(word);
    }
  }
  return words;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether an ASCII code is a letter or digit: the pattern's words, as far as ASCII goes. */
const isAsciiWordCode = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * Whether every word from `from` to `to` is a cue word. It stops at the first other word, so
 * the prose between two real attributions costs one word, not a scan of all of it. ASCII is read
 * by hand (the pattern's match cost more than the rest of the check); from the first character
 * beyond it, the pattern reads on.
 */
function onlyCueWords(text: string, from: number, to: number, cueWords: Set<string>): boolean {
  let at = from;
  while (at < to) {
    const code = codeAt(text, at);
    if (code >= 0x80) return onlyCueWordsByPattern(text, at, to, cueWords);
    if (!isAsciiWordCode(code)) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isAsciiWordCode(codeAt(text, end))) end++;
    if (end < text.length && codeAt(text, end) >= 0x80) {
      return onlyCueWordsByPattern(text, at, to, cueWords);
    }
    if (!cueWords.has(text.slice(at, end).toLowerCase())) return false;
    at = end;
  }
  return true;
}

/** `onlyCueWords` by the Unicode pattern, for text beyond ASCII. */
function onlyCueWordsByPattern(
  text: string,
  from: number,
  to: number,
  cueWords: Set<string>,
): boolean {
  WORD.lastIndex = from;
  for (let word = WORD.exec(text); word && word.index < to; word = WORD.exec(text)) {
    if (!cueWords.has(word[0].toLowerCase())) return false;
  }
  return true;
}

/**
 * The attributions less those whose cues stand in a run. "Nothing between" two cues: no word but
 * the words of the text's own cues, so a run of mixed cues is one run even where the engine read
 * one of its words as a source rather than a cue. Works on the engine's cues in any language.
 */
export function dropCueRuns(text: string, found: Attribution[]): Attribution[] {
  if (found.length < SHORTEST_RUN) return found;
  const cueWords = cueWordsOf(found);
  const adjoins = (before: Attribution, after: Attribution) =>
    onlyCueWords(text, before.cue.end, after.cue.start, cueWords);
  const inRun = new Uint8Array(found.length);
  let runStart = 0;
  for (let next = 1; next <= found.length; next++) {
    const before = found[next - 1] as Attribution;
    const after = found[next];
    if (after && adjoins(before, after)) continue;
    if (next - runStart >= SHORTEST_RUN) inRun.fill(1, runStart, next);
    runStart = next;
  }
  return inRun.includes(1) ? found.filter((_, index) => inRun[index] === 0) : found;
}
