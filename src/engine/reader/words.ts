/** The small questions the pack reader's stages ask of a token, in the pack's words. */
import type { Pack } from '../packs/compile';
import type { ParsedText, TextLexicon } from '../text/parse';
import { TokenType } from '../text/tokens';

export type PackText = ParsedText<TextLexicon>;

/** Marks that end a clause for the reader: commas, colons, brackets, dashes, quote marks. */
export function isBoundary(text: PackText, i: number): boolean {
  const type = text.type(i);
  return type !== TokenType.Word && type !== TokenType.Number;
}

export function isDash(text: PackText, i: number): boolean {
  return text.is(i, '—') || text.is(i, '–') || (text.is(i, '-') && text.spaceBefore(i));
}

/**
 * Whether the word at i can open a noun phrase: an article, a pronoun, a name, a number, or a noun
 * of sources said without an article ("fuentes de la empresa", "medios locales", "datos del censo").
 */
export function opensNounPhrase(text: PackText, pack: Pack, i: number): boolean {
  const w = text.word(i);
  if (!w) return text.type(i) === TokenType.Number;
  return (
    pack.determiners.has(w) ||
    pack.subjectPronouns.has(w) ||
    pack.anonymity.has(w) ||
    pack.mediaNouns.has(w) ||
    text.phraseAt(i, pack.documents) > 0 ||
    (text.isCapitalized(i) && !pack.prepositions.has(w) && !pack.conjunctions.has(w))
  );
}

/** The characters from token a to token b (inclusive) as written. */
export function spanText(text: PackText, a: number, b: number): string {
  return text.text.slice(text.start(a), text.end(b));
}

/** Whether a cue comes after what was said: after a comma, a quote mark or a dash. */
export function followsClaim(text: PackText, first: number): boolean {
  const before = first - 1;
  if (before < 0) return false;
  return text.is(before, ',') || isDash(text, before) || text.isQuoteMark(before);
}

/** Whether the word at i is one of the pack's reporting verbs, and not a noun after an article ("le juge"). */
export function isVerbAt(text: PackText, pack: Pack, i: number): boolean {
  return pack.verbs.has(text.word(i)) && !pack.determiners.has(text.word(i - 1));
}
