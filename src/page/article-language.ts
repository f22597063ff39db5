import type { Passage } from './passages';

/**
 * Whether the article is in a language the engine does not read yet: nothing was found in it and
 * most of its text was read as such a language. A short passage, which the engine is too unsure of
 * to refuse, or an English quote does not make a French article English, nor a German quote an
 * English article German.
 */
export function inOtherLanguage(passages: readonly Passage[]): boolean {
  let chars = 0;
  let otherChars = 0;
  for (const passage of passages) {
    if (passage.found.length > 0) return false;
    const passageChars = passage.blocks.reduce((sum, block) => sum + block.text.length, 0);
    chars += passageChars;
    if (passage.otherLanguage) otherChars += passageChars;
  }
  return otherChars * 2 > chars;
}
