/**
 * The names a text mentions, read once: runs of capitalised words ("Norman Sabourin", "Sociedad de
 * Fomento Agrícola"), what each names, and the long forms that acronyms stand for ("CNIL").
 */
import { compoundOf, type Pack } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import type { SourceKind } from '../types';
import type { PackText } from './pack-text';
import {
  closesInitial,
  documentSettingAt,
  fusedOutletAt,
  hyphenedHead,
  lowerCaseOutletAt,
  mayGoOnWithOutlet,
  opensNounPhrase,
  outletAt,
  spanText,
  whenAt,
} from './words';

export interface Mention {
  first: number;
  last: number;
  name: string;
  kind: SourceKind;
}

export interface Mentions {
  list: Mention[];
  /** The fullest name of each person, by the last word of their name. */
  people: Map<string, string>;
  /** Long forms by acronym, lower case: "cnil" → "Commission nationale informatique et libertés". */
  acronyms: Map<string, string>;
  /** How many times each name is mentioned (see `timesMentioned`): counted when first asked. */
  times: Map<string, number> | null;
}

// An acronym's long form rarely has more words: "Autorité de régulation des communications ...".
const LONGEST_LONG_FORM = 12;

export function findMentions(text: PackText, pack: Pack): Mentions {
  const found: Mentions = { list: [], people: new Map(), acronyms: new Map(), times: null };
  const capitalizedNouns = pack.grammar.capitalizedNouns === true;
  const particles = capitalizedNouns ? 1 : 2;
  // One capitalised word opening a sentence may be any word: it names what it names elsewhere.
  const opening: number[] = [];
  // The hashes of the people's surnames: a word whose hash is none of them is no one's surname.
  const surnames = new Set<number>();
  for (let i = 0; i < text.count; i++) {
    if (text.is(i, '(')) defineAcronym(text, pack, i, found.acronyms);
    const lowerCaseOutlet = lowerCaseOutletAt(text, pack, i);
    if (lowerCaseOutlet > 0) {
      const last = i + lowerCaseOutlet - 1;
      found.list.push({ first: i, last, name: spanText(text, i, last), kind: 'media' });
      i = last;
      continue;
    }
    if (!startsName(text, pack, i)) continue;
    let last = i;
    for (;;) {
      // "Karl-Theodor zu Guttenberg": where every noun is capitalised, a person's particle comes
      // right after the given names; after the surname one opens whom it was told or a complement
      // ("sagte Frank Werneke | der Zeitung", "Josef Schuster | vom Zentralrat der Juden").
      const surnameSaid =
        capitalizedNouns &&
        text.isWordOf(i, WordClass.FirstName) &&
        !text.isWordOf(last, WordClass.FirstName);
      const particle = text.isWord(last + 1) && !text.isCapitalized(last + 1);
      if (surnameSaid && particle && !text.isWordOf(last + 1, WordClass.Conjunction)) break;
      if (continuesName(text, last + 1, particles)) {
        last += nameParticlesAt(text, last + 1, particles) + 1;
      } else if (closesInitial(text, last + 1)) {
        last += 2;
      } else break;
    }
    // "la députée LFI Mathilde Panot", "el diputado del PRO Cristian Ritondo": a party's acronym
    // before a given name is no part of the person's name.
    if (i < last && text.isUpper(i) && givenNameAt(text, pack, i + 1)) i++;
    if (!capitalizedNouns) i = pastRoleComplement(text, pack, i, last);
    if (text.isWordOf(i, WordClass.Organization)) last = bodyNameEnd(text, pack, last);
    // "El Mundo", "La Nación": an outlet whose name opens on an article (and goes on with a word
    // of an outlet's name: most words after an article, told by their hash, do not).
    const afterArticle =
      text.isWordOf(i - 1, WordClass.Determiner) && mayGoOnWithOutlet(text, pack, i);
    const outlet = afterArticle ? outletAt(text, pack, i - 1) : 0;
    if (outlet > 1) {
      const end = Math.max(last, i + outlet - 2);
      // "berichtet der Spiegel": named as the outlet writes itself, "Der Spiegel".
      const name = capitalized(spanText(text, i - 1, end));
      found.list.push({ first: i - 1, last: end, name, kind: 'media' });
      i = end;
      continue;
    }
    const fused = outletAfterArticleForm(text, pack, i);
    if (fused) {
      found.list.push(fused);
      i = fused.last;
      continue;
    }
    // Where every noun is capitalised, a body's name starts at its own word, not at the noun that
    // governs it: "Erkenntnissen der Polizei" names "Polizei".
    if (pack.grammar.capitalizedNouns && !text.isWordOf(i, WordClass.FirstName)) {
      i = pastPlainNoun(text, pack, i, last);
      // "Ökonomin Veronika Grimm": a noun that describes someone is no part of their name.
      // ("Sprecher der Betreibergesellschaft" is a noun and its complement, no name.)
      while (i < last && describesSomeoneAt(text, pack, i) && text.isCapitalized(i + 1)) i++;
      // "Klinikdirektor Prof. Dr. Matthias Beckmann": a run of such nouns alone names no one.
      if (i === last && describesSomeoneAt(text, pack, i)) continue;
      let k = i;
      while (k < last && !namesBody(text, pack, k)) k++;
      const joined =
        k > i && !text.isCapitalized(k - 1) && text.isWordOf(k - 1, WordClass.NameParticle);
      if (joined && namesBody(text, pack, k)) i = k;
    }
    let kind = kindOfName(text, pack, i, last, found, surnames);
    // "die Fluggesellschaft KLM", "die Zeitung Haaretz": a body's or a medium's noun before a
    // name that is none of its own names what follows.
    if (kind === null && i < last && text.isWordOf(i, WordClass.BodyNoun | WordClass.MediaNoun)) {
      kind = kindOfName(text, pack, i + 1, last, found, surnames);
      if (kind !== null) i++;
    }
    // "der Zeitung | The Jakarta Post", "die Nachrichtenagentur | Interfax": an outlet.
    if (kind === 'organization' && text.isWordOf(i - 1, WordClass.MediaNoun)) kind = 'media';
    if (kind === null) {
      if (i === last) opening.push(i);
      i = last;
      continue;
    }
    const written = spanText(text, i, last);
    // "des Handelsblatts", "der Süddeutschen Zeitung": an outlet is named as it names itself.
    const name = kind === 'media' ? (pack.outletForms.get(written) ?? written) : written;
    found.list.push({ first: i, last, name, kind });
    if (kind === 'person') {
      const surname = text.word(last);
      const known = found.people.get(surname);
      if (!known || known.length < name.length) found.people.set(surname, name);
      surnames.add(text.hash(last));
    }
    i = last;
  }
  if (opening.length > 0) addOpeningWords(text, opening, found);
  return found;
}

/** Whether the word at k is a given name, or a compound one: "Mathilde", "Jean-Philippe". */
function givenNameAt(text: PackText, pack: Pack, k: number): boolean {
  if (text.isWordOf(k, WordClass.FirstName)) return true;
  const word = text.word(k);
  const hyphen = word.indexOf('-');
  return hyphen > 0 && pack.firstNames.has(word.slice(0, hyphen));
}

/**
 * "le ministre de l'Économie Bruno Le Maire", "el ministro de la Corte Suprema Ricardo Lorenzetti":
 * after a role's complement, a given name opens the person's name; the capitals before it are the
 * office's ("la Fondation Carlos Slim", with no role before it, stays whole).
 */
function pastRoleComplement(text: PackText, pack: Pack, i: number, last: number): number {
  let role = i - 1;
  const joins = WordClass.Determiner | WordClass.Preposition | WordClass.NameParticle;
  while (role > i - 4 && text.isWordOf(role, joins)) role--;
  if (role === i - 1 || !describesSomeoneAt(text, pack, role)) return i;
  for (let g = i + 1; g < last; g++) {
    if (givenNameAt(text, pack, g) && !givenNameAt(text, pack, g - 1) && text.isCapitalized(g - 1))
      return g;
  }
  return i;
}

/** Whether a body's or an outlet's name starts at k: "Informationen der Deutschen Presse-Agentur". */
function namesBody(text: PackText, pack: Pack, k: number): boolean {
  return text.isWordOf(k, WordClass.Organization) || outletAt(text, pack, k) > 0;
}

/** "un article du Monde": the outlet named as its own name writes it, "Le Monde". */
function outletAfterArticleForm(text: PackText, pack: Pack, i: number): Mention | null {
  const outlet = fusedOutletAt(text, pack, i);
  if (!outlet) return null;
  const last = i + outlet.length - 1;
  const name = capitalized(`${outlet.article} ${spanText(text, i, last)}`);
  return { first: i, last, name, kind: 'media' };
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// A body's name runs over a few lower-case words: "Institut national de la statistique",
// "Agence du revenu du Canada", "Conseil constitutionnel".
const LOWER_IN_BODY_NAME = 5;

function bodyNameEnd(text: PackText, pack: Pack, last: number): number {
  // Where every noun and a name's every adjective is capitalised, only its joining words are not:
  // "Bundesamt für Migration", but "Staatsanwaltschaft Köln | ermittelt".
  const onlyJoins = pack.grammar.capitalizedNouns === true;
  let j = last;
  while (
    j < last + LOWER_IN_BODY_NAME &&
    text.isWord(j + 1) &&
    !text.isCapitalized(j + 1) &&
    inBodyName(text, j + 1) &&
    (!onlyJoins || text.isWordOf(j + 1, JOINS_WORDS | WordClass.Conjunction)) &&
    // "a Polícia Civil | em nota": where it said so is no part of the name, nor when ("die NATO |
    // am Montag").
    documentSettingAt(text, j + 1) === 0 &&
    whenAt(text, pack, j + 1) === 0
  ) {
    j++;
  }
  // A capital after the lower-case words goes on with the name: "... du Canada".
  if (j > last && text.isCapitalized(j + 1) && text.isWord(j + 1)) {
    j++;
    while (continuesName(text, j + 1, 1)) j += nameParticlesAt(text, j + 1, 1) + 1;
  }
  // A name ends on none of its joining words: "la CGT | dans un communiqué", "vom Bundesverband
  // Erneuerbare Energie | als rückschrittlich kritisiert".
  while (j > last && text.isWordOf(j, JOINS_WORDS | WordClass.Conjunction)) j--;
  return j;
}

/** The lower-case words that join a body's name: "de", "la", "du". */
const JOINS_WORDS = WordClass.NameParticle | WordClass.Determiner | WordClass.Preposition;

/** Words that end a body's name: a verb, a pronoun, a clause's word. */
const NOT_IN_BODY_NAME =
  WordClass.Verb |
  WordClass.Auxiliary |
  WordClass.Complementizer |
  WordClass.Relative |
  WordClass.SubjectPronoun |
  WordClass.Hedge;

/** A lower-case word that can go on with a body's name: no verb, clitic, pronoun or clause word. */
function inBodyName(text: PackText, i: number): boolean {
  const classes = text.classesOf(i);
  const clitic = (classes & WordClass.Clitic) !== 0 && (classes & WordClass.Determiner) === 0;
  const conjunction = (classes & WordClass.Conjunction) !== 0 && !text.isWord(i + 1);
  return (classes & NOT_IN_BODY_NAME) === 0 && !clitic && !conjunction;
}

/** "Montecon trasmitió ...": a sentence's first word is the name the text gives it elsewhere. */
function addOpeningWords(text: PackText, opening: readonly number[], found: Mentions): void {
  const kinds = new Map<string, SourceKind>();
  // Where every noun is capitalised most opening words are nouns no name shares: their hash says so.
  const hashes = new Set<number>();
  for (const m of found.list) {
    if (m.first !== m.last) continue;
    kinds.set(text.word(m.first), m.kind);
    hashes.add(text.hash(m.first));
  }
  const before = found.list.length;
  for (const i of opening) {
    const kind = hashes.has(text.hash(i)) ? kinds.get(text.word(i)) : undefined;
    if (kind) found.list.push({ first: i, last: i, name: spanText(text, i, i), kind });
  }
  // The list is in text order already: it needs sorting only when words were added.
  if (found.list.length > before) found.list.sort((a, b) => a.first - b.first);
}

/** How many times a name is mentioned: counted once, the first time a text's reading asks. */
export function timesMentioned(mentions: Mentions, name: string): number {
  if (!mentions.times) {
    mentions.times = new Map();
    for (const m of mentions.list)
      mentions.times.set(m.name, (mentions.times.get(m.name) ?? 0) + 1);
  }
  return mentions.times.get(name) ?? 0;
}

/** The mentions from token `first` to token `last`, in text order. */
export function mentionsWithin(mentions: Mentions, first: number, last: number): Mention[] {
  const inside: Mention[] = [];
  for (let index = lastMentionBefore(mentions, first) + 1; index < mentions.list.length; index++) {
    const m = mentions.list[index] as Mention;
    if (m.first > last) break;
    if (m.last <= last) inside.push(m);
  }
  return inside;
}

/** The index of the last mention that starts before token `at` (-1 when none): the list is in text order. */
export function lastMentionBefore(mentions: Mentions, at: number): number {
  let low = 0;
  let high = mentions.list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions.list[middle]?.first ?? at) < at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

const NO_NAME_START =
  WordClass.Determiner |
  WordClass.Preposition |
  WordClass.Conjunction |
  WordClass.SubjectPronoun |
  WordClass.Title |
  WordClass.Role |
  // "Fuentes de Moncloa": a noun of unnamed sources opening a sentence names no one.
  WordClass.Anonymity |
  WordClass.Verb |
  WordClass.Hedge |
  WordClass.Clitic |
  // "Segundo Bolsonaro, …", "Selon Mélenchon": the cue opening a sentence is no part of a name.
  WordClass.AccordingStart;

/** A name starts at a capitalised word that is no article, title or common word of the language. */
function startsName(text: PackText, pack: Pack, i: number): boolean {
  if (!text.isWord(i) || !text.isCapitalized(i) || text.isWordOf(i, NO_NAME_START)) return false;
  if (!pack.commonWords.has(text.hash(i))) return true;
  // "São Paulo", "São Tomé": a common word ("são", are) may open a place's name. (Asked only of
  // the few capitalised common words, as their two words' string is made to ask it.)
  return pack.places.has(`${text.word(i)} ${text.word(i + 1)}`);
}

// What a plain noun's complement opens on that names someone: "Sichtweise von | Heribert Rech",
// "Bericht der | Nachrichtenagentur Interfax".
const NAMES_AFTER_NOUN = WordClass.FirstName | WordClass.MediaNoun | WordClass.OutletStart;

/**
 * Where every noun is capitalised, "Sichtweise von Innenminister Heribert Rech": a plain noun's
 * complement that names someone (a role, a given name or a medium after its particle) starts the
 * name.
 */
function pastPlainNoun(text: PackText, pack: Pack, i: number, last: number): number {
  if (text.isWordOf(i, WordClass.Organization) || describesSomeoneAt(text, pack, i)) return i;
  for (let k = i + 1; k < last; k++) {
    const particle =
      text.isWordOf(k, WordClass.NameParticle) && !text.isWordOf(k, WordClass.Conjunction);
    if (text.isCapitalized(k) || !particle) continue;
    if (describesSomeoneAt(text, pack, k + 1) || text.isWordOf(k + 1, NAMES_AFTER_NOUN)) {
      // "der Zeitung | The Jakarta Post": a medium's noun introduces the outlet's name.
      const medium = text.isWordOf(k + 1, WordClass.MediaNoun) && k + 2 <= last;
      return medium ? k + 2 : k + 1;
    }
  }
  return i;
}

/**
 * How many lower-case particles join a name at i before its next capitalised word: 1 for "da
 * Silva", 2 for "de la Fontaine", "von der Leyen"; 0 when none does. At most `most`: where every
 * noun is capitalised, "von der Kanzlei" is no name's, so one there.
 */
function nameParticlesAt(text: PackText, i: number, most: number): number {
  for (
    let k = i;
    k < i + most && !text.isCapitalized(k) && text.isWordOf(k, WordClass.NameParticle);
    k++
  ) {
    if (text.isCapitalized(k + 1)) return k - i + 1;
  }
  return 0;
}

function continuesName(text: PackText, i: number, particles: number): boolean {
  if (nameParticlesAt(text, i, particles) > 0) return true;
  return (
    text.isWord(i) &&
    text.isCapitalized(i) &&
    text.spaceBefore(i) &&
    !text.isWordOf(i, WordClass.Verb)
  );
}

function kindOfName(
  text: PackText,
  pack: Pack,
  first: number,
  last: number,
  found: Mentions,
  surnames: ReadonlySet<number>,
): SourceKind | null {
  if (outletAt(text, pack, first) > 0) return 'media';
  // "Empresa anunció ...": a body's noun opening a sentence alone names no one.
  const opens = first === last && first === text.sentenceFirst(first) && !text.isUpper(first);
  const body = WordClass.BodyNoun | WordClass.Organization;
  if (opens && text.isWordOf(first, body)) return null;
  // "Carlos Cuerpo", "Ana Banco": a given name and a surname spelled like a body's word; a
  // longer name that ends on one is the body's ("Konrad Adenauer Stiftung").
  const givenName = text.isWordOf(first, WordClass.FirstName);
  if (givenName && !(last - first >= 2 && text.isWordOf(last, WordClass.Organization)))
    return 'person';
  for (let k = first; k <= last; k++) {
    if (text.isWordOf(k, WordClass.Organization)) return 'organization';
  }
  if (first === last && text.isUpper(first)) return 'organization';
  // "São Paulo", "Buenos Aires": a place speaks for its government, as one word does.
  if (first < last && pack.places.has(spanText(text, first, last).toLowerCase()))
    return 'organization';
  const described = describedBy(text, pack, first);
  if (described) return described;
  if (surnames.has(text.hash(last)) && found.people.has(text.word(last))) return 'person';
  if (pack.grammar.capitalizedNouns) return null;
  // Elsewhere a capital inside a sentence names someone or something; a pair of them, a person,
  // unless an article stands before it, as before a body's name and never a person's in news
  // ("A Anistia Internacional", "la Cruz Roja").
  if (first === text.sentenceFirst(first) && first === last) return null;
  if (first < last && text.isWordOf(first - 1, WordClass.Determiner)) return 'organization';
  return first < last ? 'person' : 'organization';
}

/**
 * The noun just before a name, past one adjective, that says what it names: a title or role makes
 * it a person's ("le juge Bocock", "el politólogo estadounidense Samuel Huntington"), a news
 * medium's an outlet's ("a rádio Bandeirantes"), a body's noun an organisation's ("la firma belga
 * Katoen Natie").
 */
export function describedBy(text: PackText, pack: Pack, first: number): SourceKind | null {
  for (let k = first - 1; k >= first - 2; k--) {
    const classes = text.classesOf(k);
    if (describesSomeoneAt(text, pack, k)) return 'person';
    if (classes & WordClass.MediaNoun) return 'media';
    if (classes & (WordClass.BodyNoun | WordClass.Organization)) return 'organization';
    const adjective = text.isWord(k) && !text.isCapitalized(k) && (classes & NO_ADJECTIVE) === 0;
    if (!adjective) return null;
  }
  return null;
}

const NO_ADJECTIVE =
  WordClass.Determiner |
  WordClass.Preposition |
  WordClass.Conjunction |
  WordClass.Clitic |
  WordClass.Verb;

const DESCRIBES_SOMEONE = WordClass.Title | WordClass.Role | WordClass.Anonymity;

/** A title, a role or a word for an unnamed source: "juge", "politólogo", "Ökonomin", "Verdi-Chef". */
function describesSomeoneAt(text: PackText, pack: Pack, i: number): boolean {
  if (text.isWordOf(i, DESCRIBES_SOMEONE)) return true;
  // A compound is what its last part is: "Verdi-Chef", "Bundesfamilienministerin".
  const head = hyphenedHead(text, i);
  if (head === null) return pack.grammar.compounds === true && compoundRoleAt(text, pack, i);
  return pack.titles.has(head) || pack.roles.has(head) || pack.anonymity.has(head);
}

// A closed compound of a role is long: "Landrat" is a role of its own, "Bundesminister" one made.
const SHORTEST_ROLE_COMPOUND = 10;

function compoundRoleAt(text: PackText, pack: Pack, i: number): boolean {
  return (
    text.end(i) - text.start(i) >= SHORTEST_ROLE_COMPOUND &&
    text.isCapitalized(i) &&
    compoundOf(pack.rolesByEnding, text.word(i))
  );
}

/**
 * Whether the words of a long form read as one name: capitalised but for particles and little
 * joining words ("Sindicato Único Portuario y Ramas Afines"), so a run of prose is none.
 */
function isLongForm(text: PackText, pack: Pack, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = text.word(k);
    if (text.isCapitalized(k)) continue;
    if (!(pack.nameParticles.has(w) || pack.prepositions.has(w) || pack.conjunctions.has(w)))
      return false;
  }
  return true;
}

/** "Commission nationale ... (CNIL)" and "l’Arcep (l’Autorité de régulation ...)". */
function defineAcronym(text: PackText, pack: Pack, open: number, into: Map<string, string>): void {
  const inside = open + 1;
  if (text.isUpper(inside) && text.is(inside + 1, ')')) {
    // The long form opens on the first capital that follows an article or the clause's start:
    // "La Haute Autorité pour la transparence de la vie publique (HATVP)".
    let first = -1;
    for (let k = open - 1; k >= 0 && k > open - LONGEST_LONG_FORM && text.isWord(k); k--) {
      if (!text.isCapitalized(k) || pack.determiners.has(text.word(k))) continue;
      if (first < 0 || !text.isWord(k - 1) || pack.determiners.has(text.word(k - 1))) first = k;
    }
    if (first >= 0) into.set(text.word(inside), spanText(text, first, open - 1));
    return;
  }
  // "Sindicato Único Portuario y Ramas Afines (Supra)": a short name written as a word, when the
  // capitalised name before it starts with its letter.
  if (text.isCapitalized(inside) && text.is(inside + 1, ')') && text.isWord(open - 1)) {
    let first = open - 1;
    while (first > open - LONGEST_LONG_FORM && text.isWord(first - 1)) {
      const joins = isLongForm(text, pack, first - 1, first - 1) && text.isCapitalized(first - 2);
      if (!text.isCapitalized(first - 1) && !joins) break;
      first--;
    }
    const short = text.word(inside);
    if (first < open - 1 && text.isCapitalized(first) && text.word(first)[0] === short[0])
      into.set(short, spanText(text, first, open - 1));
    return;
  }
  const acronym = open - 1;
  if (!text.isCapitalized(acronym)) return;
  let first = inside;
  while (pack.determiners.has(text.word(first))) first++;
  let last = first;
  while (last < inside + LONGEST_LONG_FORM && text.isWord(last + 1)) last++;
  if (text.is(last + 1, ')') && opensNounPhrase(text, pack, first) && last > first) {
    into.set(text.word(acronym), spanText(text, first, last));
  }
}
