import { FUNCTION_WORD, WordClass } from '../../packs/en';
import { wordKey } from '../../text/parse';
import type { SourceKind } from '../../types';
import type { EnglishText } from '../text';
import {
  bare,
  bareClassesAt,
  classesOf,
  functionWord,
  type Gender,
  GIVEN_NAME,
  isRoleWord,
  nameRunEnd,
  nameWord,
  OF,
  THE,
  titlesBefore,
  wordsOf,
} from './name-words';
import { type BodyName, type RunReading, RunReadings } from './run-readings';

/**
 * The named people, organisations and outlets of a text, met in one pass over its capitalised
 * words, so that "he", "Caddell" or "the senator" can be tied to the full name met before.
 */

export interface Entity {
  /** The name a reader sees: the fullest form the text gives ("Nicolás Maduro" for "Mr. Maduro"), titles off. */
  name: string;
  lowerName: string;
  /** The words of `lowerName`, split once for the comparisons every later mention makes. */
  words: readonly string[];
  kind: SourceKind;
  gender: Gender;
  /** The last word of a person's name, lower case ("caddell"), for short references. */
  last: string;
  /** Titles and descriptors met with the name ("senator", "pollster"), for "the senator". */
  titles: Set<string>;
}

export interface Mention {
  /** Where the mention ends: a pronoun after it may refer to it. */
  at: number;
  entity: Entity;
  /** Whether the name stands as a clause's subject ("Maduro reportedly requested"), not in a phrase ("for Putin"). */
  subject: boolean;
  /** The sentence of the mention. */
  sentence: number;
  /**
   * Whether a pronoun may stand for this mention: not when it is inside a quote (the speaker's
   * words name others: "“Emily loved that river,” she said") or in a photo credit or caption line.
   */
  antecedent: boolean;
}

export interface Entities {
  /** Mentions in text order. */
  mentions: Mention[];
  /** The first person met with each surname: a surname alone names them, not a relative met later. */
  byLast: Map<string, Entity>;
}

/** The people and organisations met so far, by the words a short reference may use. */
interface Known {
  byLast: Map<string, Entity>;
  /** The first person met with each given name, for a relative called by first name ("says Wiremu"). */
  byFirst: Map<string, Entity>;
  /** Organisations by their full name and by their first word, for "Kestrel" after "Kestrel Holdings". */
  byName: Map<string, Entity>;
  byFirstWord: Map<string, Entity>;
}

// Words that open a sentence before a name ("But Trump", "In Caracas", "The senator"); a label
// alone ("New:", "Update:"), being no grammar word, may open the name itself.
const OPENERS =
  WordClass.ClauseWord | WordClass.Preposition | WordClass.Determiner | WordClass.Label;

/** Reads every named mention of the text, in order. */
export function findEntities(text: EnglishText): Entities {
  const mentions: Mention[] = [];
  const known: Known = {
    byLast: new Map(),
    byFirst: new Map(),
    byName: new Map(),
    byFirstWord: new Map(),
  };
  const byLast = known.byLast;
  const readings = new RunReadings(text);
  const n = text.count;
  for (let i = 0; i < n; i++) {
    if (!nameWord(text, i)) continue;
    const floor = text.sentenceFirst(i);
    let last = nameRunEnd(text, i, text.sentenceEnd(i));
    // "Senator Ruth Calloway of Ohio": a person's name stops before "of"; the place is read next.
    // (What the run names is asked only of a run holding an "of": most have none to stop before.
    // The run is still read here, where it is first met: a reading is of its first occurrence.)
    const run = readings.of(i, last);
    const ofAt = beforeOf(text, i, last);
    if (ofAt < last && !run.kind) last = ofAt;
    let first = i;
    // "The", "But", "He" open sentences and name no one.
    if (first === last && first === floor && text.classesAt(first) & FUNCTION_WORD) continue;
    // A sentence's first word is capitalised anyway: "The", "But", "Analysts" are not names.
    if (first === floor && first === last && !(bareClassesAt(text, first) & GIVEN_NAME)) {
      const w = bare(text, first);
      const met = byLast.get(w) ?? known.byFirst.get(w) ?? known.byFirstWord.get(w);
      if (met) mentions.push(mentionAt(text, last, met, first));
      if (met || !readings.of(first, last).kind) continue;
    }
    // "But Trump", "In Caracas", "The senator": a sentence's first function word is no part of a name.
    const openerClasses = text.classesAt(first);
    // "A&E" is one name: a word glued to the next is no opener.
    if (first < last && text.spaceBefore(first + 1) && openerClasses & OPENERS) {
      // "The Washington Post", "New Zealand Department of Conservation": the word opens the name.
      const opensName =
        (text.wordIs(first, THE) || (openerClasses & OPENERS) === WordClass.Label) &&
        readings.of(first, last).kind;
      if (!opensName) first++;
    }
    const before = titlesBefore(text, first, floor);
    const entity = entityOf(text, first, last, before.titles, known, readings.of(first, last));
    if (entity) mentions.push(mentionAt(text, last, entity, before.start));
    i = last;
  }
  return { mentions, byLast };
}

function entityOf(
  text: EnglishText,
  first: number,
  last: number,
  titlesInFront: readonly string[],
  known: Known,
  reading: RunReading,
): Entity | null {
  // A lone surname met before in a full name is that person, even if a city bears it ("Lima").
  // (Asked first: a surname met again is most runs, and its reading as a name is then not needed.)
  const lastWord = reading.lastWord;
  // "Super Tuesday", "Black Friday", "Tuesday night": a day names no one.
  if (bareClassesAt(text, last) & WordClass.TimeWord) return null;
  const surnamed = first === last ? known.byLast.get(lastWord) : undefined;
  if (surnamed) return surnamed;
  const person = reading.person;
  const words = reading.words;
  const kind =
    reading.kind ??
    (nonHumanRelativeFollows(text, last) || staffFollows(text, last) ? 'organization' : null);
  if (kind) return organizationOf(text, reading.bodyName(kind), kind, known);
  const same = samePerson(text, known, words, lastWord);
  if (same) {
    // The fullest form met is the name a reader sees: "Patrick McHugh" for "Mr. McHugh",
    // "Teodor Malik" for "Teo Malik"; a role before a surname ("Realtor Ghulam") is no fuller name.
    const knownWords = same.words;
    const fuller =
      (words.length > knownWords.length &&
        (isSubsequence(knownWords, words) || isPrefix(knownWords, words))) ||
      (words.length === knownWords.length &&
        person.name.length > same.name.length &&
        shortFormOf(words[0] ?? '', knownWords[0] ?? ''));
    if (fuller) {
      same.name = person.name;
      same.lowerName = reading.lowerName;
      same.words = words;
    }
    for (const t of person.titles) same.titles.add(t);
    for (const t of titlesInFront) same.titles.add(t);
    if (!same.gender) same.gender = person.gender;
    return same;
  }
  // "Kestrel says", after "Kestrel Holdings": the organisation, by its first word.
  if (words.length === 1) {
    const organization = known.byFirstWord.get(lastWord);
    if (organization) return organization;
  }
  const nameWords = words.length;
  // "Tunisian Islamists", "Senate Democrats": a group, not a person.
  const group = reading.group;
  // "the Bundesbank warned": a person's name never follows "the" without a title, so a lone name
  // the lexicon does not know, as a clause's subject, is a body's there. ("the Obamas", a plural,
  // may be a family; "the Republican" is a party's member.)
  if (
    nameWords === 1 &&
    !group &&
    text.wordIs(first - 1, THE) &&
    person.titles.length === 0 &&
    titlesInFront.length === 0 &&
    !lastWord.endsWith('s') &&
    verbFollows(text, last + 1) &&
    !memberOfGroup(text, lastWord)
  ) {
    // "the Post reported": a paper's word names the paper.
    const outlet = bareClassesAt(text, last) & WordClass.OutletWord;
    const bodyKind = outlet ? 'media' : 'organization';
    return organizationOf(text, reading.bodyName(bodyKind), bodyKind, known);
  }
  // A lone capitalised word is a person only as a clause's subject: "Maduro reportedly requested".
  const lone =
    nameWords === 1 &&
    !group &&
    verbFollows(text, last + 1) &&
    !(text.classesAt(first - 1) & WordClass.Preposition) &&
    !(bareClassesAt(text, last) & WordClass.TimeWord) &&
    !functionWord(text, lastWord);
  const named =
    !group &&
    (lone ||
      nameWords >= 2 ||
      person.titles.length > 0 ||
      titlesInFront.length > 0 ||
      person.gender !== null);
  if (!named || capitalsIn(person.name) > LONGEST_PERSON_NAME) return null;
  const entity: Entity = {
    name: person.name,
    lowerName: reading.lowerName,
    words,
    kind: 'person',
    gender: person.gender,
    last: lastWord,
    titles: new Set([...person.titles, ...titlesInFront]),
  };
  for (const t of titlesInFront) {
    const g = text.lexicon.sources.genderTitles.get(t);
    if (g && !entity.gender) entity.gender = g as Gender;
  }
  if (!known.byLast.has(lastWord)) known.byLast.set(lastWord, entity);
  const given = words[0];
  if (nameWords >= 2 && given && !known.byFirst.has(given)) known.byFirst.set(given, entity);
  return entity;
}

// A person's name has four capitalised words at the most ("Martin Luther King Jr.", "Mohammed bin
// Salman Al Saud"); a longer run is a headline in title case ("Hillary Clinton Won Among Wall
// Street-Friendly Voters In New York"), which names no one.
const LONGEST_PERSON_NAME = 4;

/** How many words of a name (its titles left out) open on a capital. */
function capitalsIn(name: string): number {
  let capitals = 0;
  for (const word of name.split(' ')) if (word !== word.toLowerCase()) capitals++;
  return capitals;
}

/** An organisation or outlet, one entity per name whether or not "the" is written before it. */
function organizationOf(text: EnglishText, body: BodyName, kind: SourceKind, known: Known): Entity {
  const found = known.byName.get(body.key);
  if (found) return found;
  const entity: Entity = {
    name: body.name,
    lowerName: body.key,
    words: wordsOf(body.key),
    kind,
    gender: null,
    last: '',
    titles: new Set(),
  };
  known.byName.set(body.key, entity);
  const opening = body.opening;
  if (opening !== null && !functionWord(text, opening) && !known.byFirstWord.has(opening))
    known.byFirstWord.set(opening, entity);
  return entity;
}

/**
 * The person met before that a name refers to: a surname alone, or with a title or role ("Mr.
 * McHugh", "Realtor Ghulam"), names the first person met with it; a given name alone names the
 * person met with it; a fuller or shorter form of a known name ("Te Kaurinui Robert Parata",
 * "Te Kaurinui Parata") is the same person. Another given name with the same surname is someone else.
 */
function samePerson(
  text: EnglishText,
  known: Known,
  words: readonly string[],
  lastWord: string,
): Entity | null {
  if (words.length === 1) return known.byLast.get(lastWord) ?? known.byFirst.get(lastWord) ?? null;
  const given = words[0] ?? '';
  const byGiven = known.byFirst.get(given);
  const givenWords = byGiven?.words ?? [];
  // "Te Kaurinui" and "Te Kaurinui Robert Parata": one form holds the other's given names.
  const givenForm =
    isSubsequence(words, givenWords) || isPrefix(words, givenWords) || isPrefix(givenWords, words);
  if (byGiven && givenForm) return byGiven;
  const bySurname = known.byLast.get(lastWord);
  if (!bySurname) return byGiven && isSubsequence(byGiven.words, words) ? byGiven : null;
  const knownWords = bySurname.words;
  if (isSubsequence(words, knownWords)) return bySurname;
  // "Calloway said … Ruth Calloway": a surname met alone takes the full name met later, unless it
  // came with a title ("President Obama", "Mr. Obama") that makes it someone already known, or
  // with another gender: "Michelle Obama" after "President Obama" is someone else.
  const gender = genderOfGiven(text, given);
  const compatible = !gender || !bySurname.gender || gender === bySurname.gender;
  const bare = knownWords.length === 1 && bySurname.titles.size > 0;
  if (isSubsequence(knownWords, words) && !bare && compatible) return bySurname;
  // "Teo Malik" and "Teodor Malik": a short form of the same given name.
  const knownGiven = knownWords[0] ?? '';
  if (words.length === 2 && knownWords.length === 2 && shortFormOf(given, knownGiven))
    return bySurname;
  // "Realtor Ghulam" after "Shaun Ghulam": a role before a known surname.
  if (words.length === 2 && isRoleWord(text, given)) return bySurname;
  return null;
}

function genderOfGiven(text: EnglishText, given: string): Gender {
  const classes = classesOf(text, given);
  return classes & WordClass.Male ? 'male' : classes & WordClass.Female ? 'female' : null;
}

/** "Te Kaurinui" of "Te Kaurinui Robert Parata": the given names alone. */
function isPrefix(part: readonly string[], whole: readonly string[]): boolean {
  return part.length < whole.length && part.every((w, k) => whole[k] === w);
}

function shortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** Whether every word of `part` occurs in `whole`, in order, with the same last word. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part[part.length - 1] !== whole[whole.length - 1]) return false;
  let k = 0;
  for (const w of whole) if (w === part[k]) k++;
  return k === part.length;
}

// The people who speak for a body: "Con Edison officials", "Acme executives".
const STAFF = new Set([
  'officials',
  'executives',
  'employees',
  'engineers',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representatives',
  'staff',
  'workers',
  'managers',
]);

/** "Con Edison officials said": a name whose officials speak is a body, unless it is a known person's. */
function staffFollows(text: EnglishText, last: number): boolean {
  if (!STAFF.has(text.word(last + 1))) return false;
  for (let k = last; k >= 0 && text.isCapitalized(k); k--) {
    if (bareClassesAt(text, k) & (GIVEN_NAME | WordClass.Title)) return false;
  }
  return true;
}

const WHICH = wordKey('which');

/** "Con Edison, which maintains": people are "who"; a name followed by "which" is a body. */
function nonHumanRelativeFollows(text: EnglishText, last: number): boolean {
  const next = text.is(last + 1, ',') ? last + 2 : last + 1;
  return text.wordIs(next, WHICH);
}

/** A mention of an entity by the name at tokens [first, last]. */
function mentionAt(text: EnglishText, last: number, entity: Entity, start: number): Mention {
  const governed =
    (text.classesAt(start - 1) & WordClass.Preposition) !== 0 || text.isPossessive(last);
  return {
    at: last,
    entity,
    subject: !governed && verbFollows(text, last + 1),
    sentence: text.sentences.of[last] ?? -1,
    antecedent: text.quoteOf(last) < 0 && !inCreditLine(text, start, last),
  };
}

const BY = wordKey('by');

/** A photo credit or caption line ("Photo: Tomas Berg/Getty Images"): its names speak in no story. */
function inCreditLine(text: EnglishText, at: number, last: number): boolean {
  // "Win McNamee/Getty Images", "Photo by Win McNamee": a photographer's credit anywhere.
  if (text.is(last + 1, '/') && !text.spaceBefore(last + 1)) return true;
  if (text.wordIs(at - 1, BY) && text.lexicon.sources.captionWords.has(text.word(at - 2)))
    return true;
  return text.phraseAt(text.paragraphFirst(at), text.lexicon.sources.captionLabels) > 0;
}

/** The end of a run cut before its first lower-case "of". */
function beforeOf(text: EnglishText, first: number, last: number): number {
  for (let k = first + 1; k < last; k++)
    if (text.wordIs(k, OF) && !text.isCapitalized(k)) return k - 1;
  return last;
}

/** The entity named by the words [first, last], as read in the pass over the text. */
export function entityAt(entities: Entities, first: number, last: number): Entity | null {
  const mention = entities.mentions[firstMentionAfter(entities.mentions, first)];
  return mention && mention.at <= last ? mention.entity : null;
}

/** Whether the word at i reads as the verb after a subject: "has", "said", "reportedly requested". */
/**
 * "Republican", "Democrat", "Briton", "Texan": one member of a party or a people, named by the
 * word (a word in -an may be either, and is left a person's).
 */
function memberOfGroup(text: EnglishText, w: string): boolean {
  const s = text.lexicon.sources;
  return s.unnamed.has(w) || s.nationalities.has(w) || s.unnamed.has(`${w}s`) || w.endsWith('an');
}

function verbFollows(text: EnglishText, i: number): boolean {
  const w = text.word(i);
  if (!w || text.isCapitalized(i)) return false;
  return (
    (text.classesAt(i) & (WordClass.Auxiliary | WordClass.Verb | WordClass.Hedge)) !== 0 ||
    w.endsWith('ed') ||
    w.endsWith('ly')
  );
}

/**
 * Who a pronoun at token `at` most likely stands for: the latest subject of the sentence so far
 * or the one before that passes the test ("Maduro requested ... He also asked"), else the latest
 * mention that does.
 */
export function salientBefore(
  text: EnglishText,
  entities: Entities,
  at: number,
  test: (entity: Entity) => boolean,
): Entity | null {
  const list = entities.mentions;
  const sentence = text.sentences.of[at] ?? -1;
  let k = firstMentionAfter(list, at) - 1;
  for (; k >= 0; k--) {
    const mention = list[k];
    if (!mention || mention.sentence < sentence - 1) break;
    if (mention.subject && mention.antecedent && test(mention.entity)) return mention.entity;
  }
  return lastMentionBefore(entities, at, test, true);
}

function firstMentionAfter(list: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most recent mention before token `at` that passes a test, or null. */
export function lastMentionBefore(
  entities: Entities,
  at: number,
  test: (entity: Entity) => boolean,
  antecedentsOnly = false,
): Entity | null {
  const list = entities.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  // Look back a bounded number of mentions: a pronoun refers to someone recent.
  for (let k = lo - 1; k >= 0 && k >= lo - 40; k--) {
    const mention = list[k];
    if (mention && (!antecedentsOnly || mention.antecedent) && test(mention.entity))
      return mention.entity;
  }
  return null;
}
