/**
 * "citing three sources", "quoting a police report", "citing Reuters": a citing gerund names
 * whom the claim comes from. "citing weak demand", "citing health reasons": it gives the reason
 * its subject gives, and what follows is no source. The cited phrase's words up to its first
 * preposition, mark or clause word tell which: a name, a pronoun, or a noun of people, bodies,
 * papers or documents makes it a source.
 */

import { TokenType } from '../../text/tokens';
import type { EnglishText } from '../text';

// Past this many words a cited phrase has shown no source in its head ("citing the need to").
const LONGEST_HEAD = 5;

// "quoting him", "citing them": whom a pronoun stands for is named elsewhere.
const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);

export function citesSource(text: EnglishText, from: number): boolean {
  const lex = text.lexicon;
  const s = lex.sources;
  for (let k = from; k < from + LONGEST_HEAD && text.type(k) === TokenType.Word; k++) {
    const w = text.word(k);
    if (lex.prepositions.has(w) || lex.clauseWords.has(w)) return false;
    if (text.isCapitalized(k) || PERSONAL_OBJECTS.has(w)) return true;
    if (
      s.unnamed.has(w) ||
      s.documents.has(w) ||
      s.organizationNouns.has(w) ||
      s.mediaNouns.has(w) ||
      s.titles.has(w)
    )
      return true;
  }
  return false;
}
