import { FUNCTION_WORD, WordClass } from '../../packs/en';
import { wordKey } from '../../text/parse';
import type { SourceKind } from '../../types';
import type { EnglishText } from '../text';
import { lengthBit, type NameTable, nameTables } from './name-tables';

/**
 * Reading a run of capitalised words as a name: where it ends, what the lexicon says it is (an
 * outlet, an organisation, a place), the titles before it and the person it names.
 */

export type Gender = 'male' | 'female' | null;

/** Words asked of the tokens around many names: "the" before one, "of" after a title. */
export const THE = wordKey('the');
export const OF = wordKey('of');

/** The classes of a lower-case word (`WordClass` bits), 0 for a word of none. */
/** A given name, a man's or a woman's: "Jane", "Jerome". */
export const GIVEN_NAME = WordClass.Male | WordClass.Female;

export function classesOf(text: EnglishText, w: string): number {
  return text.lexicon.classes.get(w) ?? 0;
}

/** The classes of the word at i without a possessive ending: "Reuters’" is an outlet's word. */
export function bareClassesAt(text: EnglishText, i: number): number {
  return text.isPossessive(i) ? classesOf(text, bare(text, i)) : text.classesAt(i);
}

/**
 * The title the word at k is or stands for ("senator" for "sen"), or ''. Its `classes` are asked
 * first: most words before a name are no title, and their strings are never made.
 */
function titleOf(text: EnglishText, k: number, classes: number): string {
  if (classes & WordClass.TitleAbbreviation)
    return text.lexicon.sources.titleAbbreviations.get(bare(text, k)) ?? '';
  return classes & WordClass.Title ? bare(text, k) : '';
}

/**
 * A capitalised word that may belong to a name. Only words are capitalised (`Shape.Capitalized` is
 * given to no number or mark), so the shape alone says it.
 */
export function nameWord(text: EnglishText, i: number): boolean {
  return text.isCapitalized(i);
}

/** The end (inclusive) of a run of name words starting at i, with particles ("Bank of America"). */
export function nameRunEnd(text: EnglishText, i: number, limit: number): number {
  let k = i;
  while (k + 1 < limit) {
    if (text.isPossessive(k)) break;
    const next = k + 1;
    if (nameWord(text, next)) {
      k = next;
      continue;
    }
    // The token after `next` is asked about by every way a run goes on over `next` (which is no
    // name word, and so not capitalised).
    const nameAfter = nameWord(text, next + 1);
    // "Sen. Jane Doe", "John F. Kennedy": a period after an abbreviation or initial joins.
    if (nameAfter && text.is(next, '.') && !text.spaceBefore(next)) {
      const w = text.word(k);
      if (w.length === 1 || text.lexicon.abbreviations.has(w)) {
        k = next + 1;
        continue;
      }
    }
    if (isNameParticle(text, next)) {
      if (nameAfter) {
        k = next + 1;
        continue;
      }
      // "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row join too.
      if (isNameParticle(text, next + 1) && nameWord(text, next + 2)) {
        k = next + 2;
        continue;
      }
    }
    if (!nameAfter) {
      // "Office of the Inspector General", "Ministry of the Interior", "Commission for the
      // Protection of …": a body's name runs on over "of the", "for the", "on the".
      if (!bodyGoesOnOverThe(text, i, k)) break;
      k = nameRunEnd(text, next + 2, limit);
      continue;
    }
    // "World Travel and Tourism Council", "Committee on Intelligence and Security": an
    // organisation's name runs on over "and", "on", "for" when the run holds an organisation word.
    const joiner = text.word(next);
    if (ORGANIZATION_JOINERS.has(joiner) && !(text.classesAt(next + 1) & WordClass.TimeWord)) {
      const end = nameRunEnd(text, next + 1, limit);
      // "Committee on …", "Institute for …" follow the organisation word; "X and Y Council" ends
      // in it, or continues one ("… on Intelligence and Security"); "Alibaba Group and Yahoo
      // Japan" are two names.
      const joins =
        joiner === 'and'
          ? holdsOrganizationWord(text, next + 1, end) || inOrganizationComplement(text, i, k)
          : (bareClassesAt(text, k) & WordClass.OrganizationWord) !== 0;
      if (joins) {
        k = end;
        continue;
      }
    }
    break;
  }
  return k;
}

/**
 * Whether token i is a name particle ("of", "von", "&"). Nearly every run of names ends before a
 * word that is none: its hash says so before the word's string is made.
 */
function isNameParticle(text: EnglishText, i: number): boolean {
  const sources = text.lexicon.sources;
  if (text.isWord(i) && !sources.nameParticleWords.has(text.hash(i))) return false;
  return sources.nameParticles.has(text.lower(i));
}

// Role nouns written like names: Realtor, Broker, Inspector, Economist, Historian, Consultant.
const ROLE_ENDINGS = /(?:or|er|ist|ian|ant|ent)$/;

/** A capitalised word that reads as a role, not a given name: "Realtor", "Boatbuilder". */
export function isRoleWord(text: EnglishText, w: string): boolean {
  return ROLE_ENDINGS.test(w) && !(classesOf(text, w) & GIVEN_NAME);
}

const ORGANIZATION_JOINERS = new Set(['and', 'on', 'for', 'in', 'to']);

const FOR = wordKey('for');
const ON = wordKey('on');

/** Whether token k is "of", "for" or "on" before a lower-case "the": "of the", "for the". */
function joinsOverThe(text: EnglishText, k: number): boolean {
  return (
    (text.wordIs(k, OF) || text.wordIs(k, FOR) || text.wordIs(k, ON)) &&
    text.wordIs(k + 1, THE) &&
    !text.isCapitalized(k + 1)
  );
}

/** Whether the run [first, last] of a body's name goes on over "of the" and the name after it. */
function bodyGoesOnOverThe(text: EnglishText, first: number, last: number): boolean {
  return (
    joinsOverThe(text, last + 1) &&
    nameWord(text, last + 3) &&
    holdsOrganizationWord(text, first, last)
  );
}

/** Whether [first, last] continues an organisation word's complement: "Federation of Dairy", "Committee on Intelligence". */
function inOrganizationComplement(text: EnglishText, first: number, last: number): boolean {
  for (let j = Math.max(first, 2) - 1; j <= last; j++) {
    const w = text.word(j);
    if (
      (w === 'of' || ORGANIZATION_JOINERS.has(w)) &&
      !text.isCapitalized(j) &&
      bareClassesAt(text, j - 1) & WordClass.OrganizationWord
    )
      return true;
  }
  return false;
}

function holdsOrganizationWord(text: EnglishText, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (bareClassesAt(text, k) & WordClass.OrganizationWord) return true;
  return false;
}

/** The lower-case word at i without a possessive ending. */
export function bare(text: EnglishText, i: number): string {
  const w = text.word(i);
  if (!text.isPossessive(i)) return w;
  return w.endsWith("'s") ? w.slice(0, -2) : w.replace(/'$/, '');
}

/** The text of tokens [first, last], as written, without a final possessive ending. */
export function surface(text: EnglishText, first: number, last: number): string {
  let end = text.end(last);
  if (text.isPossessive(last)) {
    const raw = text.text.slice(text.start(last), end);
    end -= /['’]s$/.test(raw) ? 2 : 1;
  }
  return text.text.slice(text.start(first), end);
}

/**
 * The words of a name ("jane doe" → ["jane", "doe"]): what `split(' ')` gives, without its call
 * into the runtime, which measured slower than these slices for names of a few words.
 */
export function wordsOf(name: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', from)) {
    words.push(name.slice(from, space));
    from = space + 1;
  }
  words.push(name.slice(from));
  return words;
}

/**
 * Whether the words [first, last] match a phrase of a table of names (outlets, organisations,
 * places) exactly, possessive endings ignored.
 */
export function inTable(text: EnglishText, table: NameTable, first: number, last: number): boolean {
  const length = last - first + 1;
  // Most runs start with a word no listed name of their length starts with: its hash says so
  // without a lookup. (A possessive's hash is of the word with its ending.)
  const listed =
    text.isPossessive(first) ||
    (table.lengthsByStart.get(text.hash(first)) & lengthBit(length)) !== 0;
  const list = listed ? table.names.get(bare(text, first)) : undefined;
  if (!list) return false;
  for (const words of list) {
    if (words.length !== length) continue;
    let k = 1;
    while (k < length && (bare(text, first + k) === words[k] || text.lower(first + k) === words[k]))
      k++;
    if (k === length) return true;
  }
  return false;
}

/**
 * Whether a name's last word, at token `last`, is a group's ("Democrats", "Economists"), not a
 * person's. Its classes are the token's, kept by the text, not looked up again by its string.
 */
export function namesGroup(text: EnglishText, last: number): boolean {
  if (bareClassesAt(text, last) & WordClass.Unnamed) return true;
  const lastWord = bare(text, last);
  const endings = text.lexicon.sources.groupEndings;
  // Most names end in a letter no group ending ends in ("Trump", "Obama"): no ending is tried.
  if (!finalLettersOf(endings).has(lastWord.charCodeAt(lastWord.length - 1))) return false;
  for (const ending of endings) if (lastWord.endsWith(ending)) return true;
  return false;
}

// The last letters of each list of endings ('s' of "ers", 'n' of "women"), found once per list.
const FINAL_LETTERS = new WeakMap<readonly string[], ReadonlySet<number>>();

function finalLettersOf(endings: readonly string[]): ReadonlySet<number> {
  let finals = FINAL_LETTERS.get(endings);
  if (!finals) {
    finals = new Set(endings.map((ending) => ending.charCodeAt(ending.length - 1)));
    FINAL_LETTERS.set(endings, finals);
  }
  return finals;
}

/** Whether a word is a grammar word rather than a name: "There", "I", "However", "Today". */
export function functionWord(text: EnglishText, w: string): boolean {
  return (classesOf(text, w) & FUNCTION_WORD) !== 0;
}

/** What a run of capitalised words names, judged by the lexicon alone. */
export function kindOfName(text: EnglishText, first: number, last: number): SourceKind | null {
  const s = nameTables(text.lexicon);
  let f = first;
  if (text.wordIs(f, THE) && f < last) f++;
  // (Each table is asked once of each distinct start: f and withThe are often first itself.)
  if (inTable(text, s.outlets, first, last) || (f > first && inTable(text, s.outlets, f, last)))
    return 'media';
  if (titledPerson(text, f, last)) return null;
  // "the Fed thinks": a body listed with its article ("the fed") is met with it in lower case.
  const withThe = text.wordIs(first - 1, THE) && first > 0 ? first - 1 : first;
  if (
    inTable(text, s.organizations, first, last) ||
    (f > first && inTable(text, s.organizations, f, last)) ||
    (withThe < first && inTable(text, s.organizations, withThe, last))
  ) {
    return 'organization';
  }
  if (inTable(text, s.places, first, last) || (f > first && inTable(text, s.places, f, last)))
    return 'organization';
  // "Harbour Gazette", and "the Gazette" when the story names its paper by the word alone.
  if (bareClassesAt(text, last) & WordClass.OutletWord && (last > f || f > first)) return 'media';
  for (let k = f; k <= last; k++) {
    const classes = bareClassesAt(text, k);
    if (classes & WordClass.OrganizationWord) return 'organization';
    // "Royal Dutch Shell", "British Airways": a nationality inside a name, not at its end (as in
    // "Dawn French"), names a firm, unless a given name opens it or it names a title's body
    // ("Secretary of State Antony Blinken").
    if (
      classes & WordClass.Nationality &&
      k < last &&
      text.word(f - 1) !== 'of' &&
      !(bareClassesAt(text, f) & GIVEN_NAME)
    )
      return 'organization';
  }
  if (f === last && text.isUpper(f) && text.word(f).length <= 5) return 'organization';
  // "A&E", "AT&T", "Procter & Gamble": an ampersand joins the names of a firm, never a person's.
  for (let k = f + 1; k < last; k++) if (text.is(k, '&')) return 'organization';
  // "BBC Africa Live", "Reuters Breakingviews": a name that opens with an outlet's is the outlet's.
  for (let k = last - 1; k >= f; k--) {
    if (inTable(text, s.outlets, f, k)) return 'media';
    if (inTable(text, s.organizations, f, k)) return 'organization';
  }
  return null;
}

/**
 * "Treasury Secretary Janet Yellen", "Apple CEO Tim Cook", "NATO Secretary General Jens
 * Stoltenberg": a title inside a run, after a body's name and before a name, makes the run a
 * person's, described by the body ("General Motors" opens on its title, and is a firm's).
 */
function titledPerson(text: EnglishText, first: number, last: number): boolean {
  for (let k = last - 1; k > first; k--) {
    if (!(bareClassesAt(text, k) & (WordClass.Title | WordClass.TitleAbbreviation))) continue;
    // "Office of the Inspector General for the Intelligence Community": a title followed by the
    // body it serves is a body's name, unless a person's given name follows ("Minister for
    // Foreign Affairs Penny Wong").
    if (joinsOverThe(text, k + 1)) return givenNameIn(text, k + 3, last);
    return !text.is(k + 1, '.') || k + 2 <= last;
  }
  return givenNameAfterBody(text, first, last) > first;
}

function givenNameIn(text: EnglishText, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (bareClassesAt(text, k) & GIVEN_NAME) return true;
  return false;
}

/** Whether token k is a title followed by "of": "Chairman of", "Secretary of". */
function titleOfBody(text: EnglishText, k: number): boolean {
  return k >= 0 && (bareClassesAt(text, k) & WordClass.Title) !== 0 && text.wordIs(k + 1, OF);
}

/**
 * "Chairman of the Federal Reserve Jerome Powell": a title, "of" and its body, then a given name
 * and a surname. Where that given name is in the run from `first` (the title, or the body after
 * the title's "of"), or -1.
 */
function givenNameAfterBody(text: EnglishText, first: number, last: number): number {
  // The given name comes after the title (or the body) and before the surname: a run of one or
  // two words has no room for it, and most runs are that short.
  if (last - first < 2) return -1;
  const before = text.wordIs(first - 1, THE) ? first - 3 : first - 2;
  const from = titleOfBody(text, before) ? first : titleOfBody(text, first) ? first + 2 : -1;
  if (from < 0) return -1;
  for (let k = last - 1; k > from; k--) if (bareClassesAt(text, k) & GIVEN_NAME) return k;
  return -1;
}

/** Titles and descriptors written just before a name: "Venezuelan President", "longtime Democratic pollster", "Sen.". */
export function titlesBefore(
  text: EnglishText,
  first: number,
  floor: number,
): { start: number; titles: string[] } {
  const titles: string[] = [];
  let k = first - 1;
  let start = first;
  while (k >= floor) {
    if (text.is(k, '.')) {
      k--;
      continue;
    }
    if (!text.isWord(k)) break;
    const classes = bareClassesAt(text, k);
    const title = titleOf(text, k, classes);
    if (title) titles.push(title);
    else if (
      !(
        classes & (WordClass.Nationality | WordClass.GroupAdjective) ||
        (text.isCapitalized(k) && k > floor)
      )
    )
      break;
    start = k;
    k--;
  }
  return { start, titles };
}

/**
 * The person a name run names: its display name (titles in front dropped, abbreviations kept),
 * the token that name starts at, and gender.
 */
export function personName(
  text: EnglishText,
  first: number,
  last: number,
): { name: string; first: number; gender: Gender; titles: string[] } {
  const s = text.lexicon.sources;
  const places = nameTables(text.lexicon).places;
  const titles: string[] = [];
  let gender: Gender = null;
  // The name starts after the last title of the run ("Port Director Ines Vale", "Sen. Jane Doe"
  // → Ines Vale, Jane Doe: a title is a description, not a name), and after places and nationalities.
  let f = first;
  for (let k = first; k < last; k++) {
    if (text.is(k, '.')) continue;
    const classes = bareClassesAt(text, k);
    const title = titleOf(text, k, classes);
    const g = classes & WordClass.GenderTitle ? s.genderTitles.get(bare(text, k)) : undefined;
    if (g) gender = g as Gender;
    if (title) {
      titles.push(title);
      f = text.is(k + 1, '.') ? k + 2 : k + 1;
    } else if (k === f && (classes & WordClass.Nationality || inTable(text, places, k, k))) {
      f = k + 1;
    }
  }
  if (f > last) f = last;
  const namedAfterBody = givenNameAfterBody(text, first, last);
  if (namedAfterBody > f) f = namedAfterBody;
  // "Boatbuilder Aroha Tane", "Broker Lionel Abernathy": a role written like a name before one.
  if (last - f >= 2 && isRoleWord(text, bare(text, f))) f++;
  const given = bareClassesAt(text, text.is(f + 1, '.') ? f + 2 : f);
  if (!gender && given & WordClass.Male) gender = 'male';
  if (!gender && given & WordClass.Female) gender = 'female';
  return { name: surface(text, f, last), first: f, gender, titles };
}
