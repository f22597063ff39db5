import { hashWord } from '../../text/tokens';
import type { EnglishText } from '../text';
import { type Entities, entityAt } from './mentions';
import { nameRunEnd } from './name-words';

// The document is introduced a few paragraphs before "the report" at most.
const TOKENS_BACK = 600;
// "a new report released on Monday by …": the author follows the noun closely.
const AUTHOR_WITHIN = 8;

/**
 * "A new report by the Harbour Institute … The report found": whose document "the report" is,
 * from where the story introduced a document of that noun with its author ("by X", "from X").
 * Null when the story gave no author.
 */
export function authorOfDocument(
  text: EnglishText,
  at: number,
  noun: string,
  entities: Entities,
): string | null {
  // Hundreds of words are passed over: each by its hash, before its string is made.
  const nounHash = hashWord(noun);
  for (let k = at - 1; k >= 0 && k >= at - TOKENS_BACK; k--) {
    if (text.hash(k) !== nounHash || text.word(k) !== noun || text.word(k - 1) === 'the') continue;
    for (let j = k + 1; j <= k + AUTHOR_WITHIN && j < text.sentenceEnd(k); j++) {
      const w = text.word(j);
      if (w !== 'by' && w !== 'from') continue;
      // "documents reviewed by The Washington Post": the outlet that saw them did not write them.
      if (text.lexicon.sources.viaVerbs.has(text.word(j - 1))) return null;
      let first = j + 1;
      if (text.word(first) === 'the' && !text.isCapitalized(first)) first++;
      if (!text.isCapitalized(first)) return null;
      const last = lastOfOwnedName(text, first);
      const entity = entityAt(entities, first, last);
      // A publisher's report, not a person's letter: only bodies and outlets name a document.
      if (!entity || entity.kind === 'person') return null;
      return text.text.slice(text.start(first), text.end(last));
    }
  }
  return null;
}

/** The end of a name that may be owned: "Stanford University's Center on Poverty and Inequality". */
function lastOfOwnedName(text: EnglishText, first: number): number {
  const limit = text.sentenceEnd(first);
  let last = nameRunEnd(text, first, limit);
  while (text.isPossessive(last) && text.isCapitalized(last + 1))
    last = nameRunEnd(text, last + 1, limit);
  return last;
}
