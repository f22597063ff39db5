/**
 * "suddenly insist", "flatly denied", "deeply concerned": a word of five letters or more in -ly
 * reads as an adverb, no list of adverbs being long enough, unless it is one of the nouns so
 * spelled ("The family said", "the daily reported"), which would leave a subject without its noun.
 */

import type { EnglishText } from './text';

export function spelledLikeAdverb(text: EnglishText, w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !text.lexicon.grammar.lyNouns.has(w);
}
