/**
 * A speech tag set inside the quote it splits, as the French, Spanish and Portuguese press write
 * it: « Nous ne céderons pas, a déclaré le ministre. La réforme ira à son terme. », "No vamos a
 * ceder —dijo el ministro—, la reforma seguirá", "Não vamos ceder, disse o ministro. A reforma
 * vai seguir." Words inside quotes start no cue but such a tag: right after a comma or a dash
 * inside the quote, its verb then its subject (or the subject in the verb, "dit-il"), closed by a
 * mark within a few words. Its claim is the whole quote, the tag inside, as the English reader
 * draws a quote its tag splits.
 */
import type { Pack } from '../packs/compile';
import { type PackCue, PackCueKind } from './cue';
import type { PackText } from './pack-text';
import { isBoundary, isDash } from './words';

// A tag's verb stands within a few words of the mark before it: "a déclaré", "lui a répondu".
const TAG_VERB_REACH = 3;
// A tag's subject is a few words: "le ministre de l'Économie", "el portavoz del Gobierno".
const TAG_SUBJECT_WORDS = 8;

/** Whether the word at i, inside a quote, may open a tag: a comma or a dash stands just before. */
export function mayOpenQuoteTag(text: PackText, i: number): boolean {
  for (let j = i - 1; j >= i - TAG_VERB_REACH && j >= 0; j--) {
    if (text.is(j, ',') || isDash(text, j)) return text.quoteOf(j) === text.quoteOf(i);
    if (!text.isWord(j)) return false;
  }
  return false;
}

/** Whether a cue found inside a quote is a tag set in it, as `mayOpenQuoteTag` began to tell. */
export function isQuoteTag(text: PackText, pack: Pack, cue: PackCue): boolean {
  // German: a verb after a comma inside a quote is mostly its own clause's, the subject before
  // the comma ("Wer … in Frage stellt, | stellt ein Risiko dar").
  if (cue.kind !== PackCueKind.Verb || pack.grammar.verbSecond) return false;
  const mark = cue.first - 1;
  if (!(text.is(mark, ',') || isDash(text, mark))) return false;
  // What stands before the tag in the quote is what was said: «, a dit» opening a quote is none.
  if (text.quotes.open[text.quoteOf(cue.first)] === mark - 1) return false;
  const next = cue.last + 1;
  // "dit-il.": the subject is in the verb; "Esto es grave, señaló, y …": or left out.
  if (cue.pronoun || pack.grammar.proDrop) {
    if (closesTag(text, next)) return true;
    if (cue.pronoun) return false;
  }
  // "a déclaré le ministre": the subject follows, then a mark closes the tag.
  if (!text.isWord(next) || pack.complementizers.has(text.word(next))) return false;
  for (let k = next + 1; k <= next + TAG_SUBJECT_WORDS; k++) {
    if (closesTag(text, k)) return true;
    if (isBoundary(text, k) || pack.complementizers.has(text.word(k))) return false;
  }
  return false;
}

/** A comma, a period, a dash or the quote's closing mark ends the tag at k. */
function closesTag(text: PackText, k: number): boolean {
  return (
    text.is(k, ',') || text.is(k, '.') || text.is(k, '-') || isDash(text, k) || text.isQuoteMark(k)
  );
}
