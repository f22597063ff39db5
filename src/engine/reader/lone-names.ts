/**
 * A speaker named by one capitalised word that no list of the language holds: "…, a déclaré
 * Macron", "dijo Milei", "sagte Scholz", "Moscou a démenti". The press names this way someone it
 * takes its readers to know, far more often a person than a company; a country or a capital that
 * speaks stands for its government, and an acronym or a name said with an article for a body ("la
 * CGT", "a Petrobras").
 */
import type { Pack } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import type { SourceKind } from '../types';
import { describedBy, type Mentions } from './mentions';
import type { PackText } from './pack-text';

// "Frau", "Minister", "Sprecher": a title, a role or a word for an unnamed source names no one
// alone, nor does a cue's word ("So" of "so Scholz").
const NO_NAME =
  WordClass.Title | WordClass.Role | WordClass.Anonymity | WordClass.AccordingTagStart;

/** The kind of the speaker named by the capitalised word i alone, or null when it names none. */
export function loneNameKind(
  text: PackText,
  pack: Pack,
  mentions: Mentions,
  i: number,
): SourceKind | null {
  const word = text.word(i);
  if (text.isWordOf(i, NO_NAME) || pack.timeWords.has(word)) return null;
  // "Moscou", "Österreichs": a place, in the genitive too.
  if (pack.places.has(word) || (word.endsWith('s') && pack.places.has(word.slice(0, -1))))
    return 'organization';
  if (
    text.isUpper(i) ||
    text.isWordOf(i, WordClass.Organization) ||
    pack.capitalizedOrganizations.has(word) ||
    brandSpelling(text, i)
  )
    return 'organization';
  const described = describedBy(text, pack, i) ?? describedElsewhere(text, pack, mentions, i);
  if (described) return described;
  if (pack.commonWords.has(text.hash(i))) return null;
  const opens = i === text.sentenceFirst(i);
  // A word opening a sentence that the text writes in lower case elsewhere is a plain word.
  if (opens && writtenElsewhere(text, i, (k) => !text.isCapitalized(k))) return null;
  // "chez Renault", "desde Moncloa", "aus Berlin": where a report came from is a body.
  if (pack.reportsFrom.has(text.word(i - 1))) return 'organization';
  const article = text.isWordOf(i - 1, WordClass.Determiner);
  // A name with an article is a body's: "la CGT", "a Petrobras", "el PSOE"; people go without.
  if (!pack.grammar.capitalizedNouns) return article ? 'organization' : 'person';
  // Where every noun is capitalised, a noun with its article is no name ("die Polizei"), and a
  // word opening a sentence is one only where the text also names it so inside a sentence.
  const mayBeName = pack.grammar.mayBeName;
  if (!mayBeName || article || !subjectAt(text, i)) return null;
  if (opens && !namedElsewhere(text, i)) return null;
  return mayBeName(word, verbBeside(text, i)) ? 'person' : null;
}

// "McCartney", "DeSantis", "DiCaprio", "O'Neill": the prefixes after which a person's name has a
// capital inside it.
const NAME_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|Di|De|Da|Du|Le|La|Van|Von)$/;

/**
 * "TotalEnergies", "BlackRock", "BioNTech", "PayPal": a capital after a small letter inside a word
 * spells a brand, where a person's name has one only after a prefix. A compound is what its last
 * part is: "GdP-Vorsitzende" is a chairman.
 */
function brandSpelling(text: PackText, i: number): boolean {
  const whole = text.text.slice(text.start(i), text.end(i));
  const written = whole.slice(whole.lastIndexOf('-') + 1);
  const inner = /\p{Ll}\p{Lu}/u.exec(written);
  return inner !== null && !NAME_PREFIX.test(written.slice(0, inner.index + 1));
}

/** A verb's word classes: a reporting verb's spelling, or an auxiliary. */
export const VERB = WordClass.Verb | WordClass.Auxiliary;

/**
 * Whether the word i stands where a speaker's name does: right after its verb ("sagte Scholz"),
 * its "according to" ("laut Habeck") or "as" ("wie Scholz sagte"), or before its verb at a
 * clause's start ("Scholz sagte"); not after a word that makes it an object or a complement ("Als
 * Grund gab …", "Zum Beispiel sagte …").
 */
function subjectAt(text: PackText, i: number): boolean {
  if (text.isWordOf(i - 1, VERB | WordClass.AccordingStart | WordClass.AsWord)) return true;
  const startsClause = i === text.sentenceFirst(i) || !text.isWord(i - 1);
  return startsClause && text.isWordOf(i + 1, VERB);
}

/** Whether a name of several words is a country's or a capital's: "Estados Unidos", "Buenos Aires". */
export function namesPlace(pack: Pack, name: string): boolean {
  return pack.places.has(name.toLowerCase());
}

/** What the word i is said to be where the text describes it: "la empresa Montecon", "le juge Bocock". */
function describedElsewhere(
  text: PackText,
  pack: Pack,
  mentions: Mentions,
  i: number,
): SourceKind | null {
  const hash = text.hash(i);
  for (const m of mentions.list) {
    if (m.first !== m.last || m.first === i || text.hash(m.first) !== hash) continue;
    const described = describedBy(text, pack, m.first);
    if (described) return described;
  }
  return null;
}

/** Whether the word i is written elsewhere in the text in a way `as` tells. */
function writtenElsewhere(text: PackText, i: number, as: (k: number) => boolean): boolean {
  const hash = text.hash(i);
  const word = text.word(i);
  for (let k = 0; k < text.count; k++) {
    if (k !== i && text.hash(k) === hash && as(k) && text.word(k) === word) return true;
  }
  return false;
}

/** Whether the word i is written elsewhere as a name inside a sentence: "…, sagte Scholz". */
export function namedElsewhere(text: PackText, i: number): boolean {
  return writtenElsewhere(text, i, (k) => nameInside(text, k));
}

/** A capitalised word inside a sentence with no article before it: "sagte | Scholz". */
function nameInside(text: PackText, k: number): boolean {
  return (
    text.isCapitalized(k) &&
    k !== text.sentenceFirst(k) &&
    !text.isWordOf(k - 1, WordClass.Determiner)
  );
}

/** The verb right before or after token i, lower case: "sagte | Scholz", "Scholz | sagte". */
function verbBeside(text: PackText, i: number): string | null {
  if (text.isWordOf(i - 1, VERB)) return text.word(i - 1);
  if (text.isWordOf(i + 1, VERB)) return text.word(i + 1);
  return null;
}
