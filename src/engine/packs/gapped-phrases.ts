/**
 * Phrases with a gap ("nach … Angaben": "nach ersten Angaben", "nach bisher unbestätigten Angaben"),
 * compiled by the word after their gap: German "nach" opens a hundred and fifty of them, and the
 * few words after a "nach" in a text find the phrases they can end without trying every one. The
 * phrases with no gap are compiled by their second word: Spanish "de" opens dozens, and the word
 * after a "de" finds the few it can start.
 */
import { hashWord } from '../text/tokens';

/** A phrase's gap: up to a few plain words (adjectives, articles). */
export const GAP = '…';

/** Phrases, each as its words. */
type PhraseList = readonly (readonly string[])[];

export interface GappedPhrases {
  /**
   * The phrases with no word after a gap and none or a gap second ("según", "laut"), tried
   * wherever their first word stands.
   */
  always: PhraseList;
  /** The other phrases with no word after a gap, by their second word ("acuerdo" of "de acuerdo con"). */
  bySecondWord: ReadonlyMap<string, PhraseList>;
  /** The hashes of those second words (`hashWord`): a word with none of them is none of them. */
  secondWordHashes: ReadonlySet<number>;
  /** The others, by the word after their first gap ("angaben" of "nach … Angaben von"). */
  byWordAfterGap: ReadonlyMap<string, PhraseList>;
  /** The words after a gap, by their last letter's code, to find those a compound ends with. */
  byLastLetter: ReadonlyMap<number, readonly string[]>;
  /** The hashes of the words after a gap (`hashWord`): a word with none of them is none of them. */
  hashesAfterGap: ReadonlySet<number>;
}

/** The phrases of a table, by first word, each set of them compiled by the words after gaps. */
export type GappedTable = ReadonlyMap<string, GappedPhrases>;

/** Compiles a table of phrases by first word (`phrases` of ./compile). */
export function gappedTable(table: ReadonlyMap<string, PhraseList>): GappedTable {
  const compiled = new Map<string, GappedPhrases>();
  for (const [first, list] of table) compiled.set(first, gappedPhrases(list));
  return compiled;
}

function gappedPhrases(list: PhraseList): GappedPhrases {
  const always: (readonly string[])[] = [];
  const bySecondWord = new Map<string, (readonly string[])[]>();
  const byWordAfterGap = new Map<string, (readonly string[])[]>();
  const byLastLetter = new Map<number, string[]>();
  for (const words of list) {
    const gap = words.indexOf(GAP);
    const after = gap >= 0 ? words[gap + 1] : undefined;
    if (after === undefined) {
      const second = words[1];
      if (second === undefined || second === GAP) always.push(words);
      else bySecondWord.set(second, [...(bySecondWord.get(second) ?? []), words]);
      continue;
    }
    const phrases = byWordAfterGap.get(after);
    if (phrases) {
      phrases.push(words);
      continue;
    }
    byWordAfterGap.set(after, [words]);
    const last = after.charCodeAt(after.length - 1);
    byLastLetter.set(last, [...(byLastLetter.get(last) ?? []), after]);
  }
  const secondWordHashes = new Set([...bySecondWord.keys()].map(hashWord));
  const hashesAfterGap = new Set([...byWordAfterGap.keys()].map(hashWord));
  return { always, bySecondWord, secondWordHashes, byWordAfterGap, byLastLetter, hashesAfterGap };
}
