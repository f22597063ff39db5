import type { ParsedText } from './text/parse';
import type { SourceKind } from './types';

/**
 * The named people, organisations and outlets of a text, met in one pass over its capitalised
 * words, so that "he", "Caddell" or "the senator" can be tied to the full name met before.
 */

export type Gender = 'male' | 'female' | null;

export interface Entity {
  /** The name a reader sees: "Nicolás Maduro", "Sen. Jane Doe", "The Washington Post". */
  name: string;
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
}

export interface Entities {
  /** Mentions in text order. */
  mentions: Mention[];
  byLast: Map<string, Entity>;
}

/** A capitalised word that may belong to a name: not a sentence's first word unless followed by another. */
function nameWord(text: ParsedText, i: number): boolean {
  if (!text.isWord(i) || !text.isCapitalized(i)) return false;
  return true;
}

/** The end (inclusive) of a run of name words starting at i, with particles ("Bank of America"). */
export function nameRunEnd(text: ParsedText, i: number, limit: number): number {
  const particles = text.lexicon.sources.nameParticles;
  let k = i;
  while (k + 1 < limit) {
    if (text.isPossessive(k)) break;
    const next = k + 1;
    if (nameWord(text, next)) {
      k = next;
      continue;
    }
    // "Sen. Jane Doe", "John F. Kennedy": a period after an abbreviation or initial joins.
    if (text.is(next, '.') && !text.spaceBefore(next) && nameWord(text, next + 1)) {
      const w = text.word(k);
      if (w.length === 1 || text.lexicon.abbreviations.has(w)) {
        k = next + 1;
        continue;
      }
    }
    if (nameWord(text, next + 1) && !text.isCapitalized(next) && particles.has(text.lower(next))) {
      k = next + 1;
      continue;
    }
    break;
  }
  return k;
}

/** The lower-case word at i without a possessive ending. */
export function bare(text: ParsedText, i: number): string {
  const w = text.word(i);
  if (!text.isPossessive(i)) return w;
  return w.endsWith("'s") ? w.slice(0, -2) : w.replace(/'$/, '');
}

/** The text of tokens [first, last], as written, without a final possessive ending. */
export function surface(text: ParsedText, first: number, last: number): string {
  let end = text.end(last);
  if (text.isPossessive(last)) {
    const raw = text.text.slice(text.start(last), end);
    end -= /['’]s$/.test(raw) ? 2 : 1;
  }
  return text.text.slice(text.start(first), end);
}

/** Whether the words [first, last] match a phrase of a table exactly (possessive endings ignored). */
export function inTable(
  text: ParsedText,
  table: ReadonlyMap<string, readonly (readonly string[])[]>,
  first: number,
  last: number,
): boolean {
  const list = table.get(bare(text, first));
  if (!list) return false;
  const length = last - first + 1;
  for (const words of list) {
    if (words.length !== length) continue;
    let k = 1;
    while (k < length && (bare(text, first + k) === words[k] || text.lower(first + k) === words[k]))
      k++;
    if (k === length) return true;
  }
  return false;
}

/** Whether a word is a grammar word rather than a name: "There", "I", "However", "Today". */
function functionWord(text: ParsedText, w: string): boolean {
  const lex = text.lexicon;
  return (
    lex.clauseWords.has(w) ||
    lex.prepositions.has(w) ||
    lex.determiners.has(w) ||
    lex.pronouns.has(w) ||
    lex.contractionStems.has(w) ||
    lex.adverbs.has(w) ||
    lex.labels.has(w)
  );
}

/** What a run of capitalised words names, judged by the lexicon alone. */
export function kindOfName(text: ParsedText, first: number, last: number): SourceKind | null {
  const s = text.lexicon.sources;
  let f = first;
  if (text.word(f) === 'the' && f < last) f++;
  if (inTable(text, s.outlets, first, last) || inTable(text, s.outlets, f, last)) return 'media';
  if (inTable(text, s.organizations, first, last) || inTable(text, s.organizations, f, last)) {
    return 'organization';
  }
  if (inTable(text, s.places, first, last) || inTable(text, s.places, f, last))
    return 'organization';
  if (s.outletWords.has(bare(text, last)) && last > f) return 'media';
  for (let k = f; k <= last; k++) {
    if (s.organizationWords.has(bare(text, k))) return 'organization';
  }
  if (f === last && text.isUpper(f) && text.word(f).length <= 5) return 'organization';
  // "BBC Africa Live", "Reuters Breakingviews": a name that opens with an outlet's is the outlet's.
  for (let k = last - 1; k >= f; k--) {
    if (inTable(text, s.outlets, f, k)) return 'media';
    if (inTable(text, s.organizations, f, k)) return 'organization';
  }
  return null;
}

/** Titles and descriptors written just before a name: "Venezuelan President", "longtime Democratic pollster", "Sen.". */
export function titlesBefore(
  text: ParsedText,
  first: number,
  floor: number,
): { start: number; titles: string[] } {
  const s = text.lexicon.sources;
  const titles: string[] = [];
  let k = first - 1;
  let start = first;
  while (k >= floor) {
    if (text.is(k, '.')) {
      k--;
      continue;
    }
    const w = bare(text, k);
    if (!text.isWord(k)) break;
    const title = s.titleAbbreviations.get(w) ?? (s.titles.has(w) ? w : '');
    if (title) titles.push(title);
    else if (
      !(s.nationalities.has(w) || s.groupAdjectives.has(w) || (text.isCapitalized(k) && k > floor))
    )
      break;
    start = k;
    k--;
  }
  return { start, titles };
}

/** The person a name run names: its display name (titles in front dropped, abbreviations kept) and gender. */
export function personName(
  text: ParsedText,
  first: number,
  last: number,
): { name: string; gender: Gender; titles: string[] } {
  const s = text.lexicon.sources;
  const titles: string[] = [];
  let gender: Gender = null;
  // The name starts after the last title of the run ("Port Director Ines Vale" → Ines Vale),
  // or at it when it is abbreviated ("Sen. Jane Doe"), and after places and nationalities.
  let f = first;
  for (let k = first; k < last; k++) {
    const w = bare(text, k);
    if (text.is(k, '.')) continue;
    const title = s.titleAbbreviations.get(w) ?? (s.titles.has(w) ? w : '');
    const g = s.genderTitles.get(w);
    if (g) gender = g as Gender;
    if (title) {
      titles.push(title);
      f = text.is(k + 1, '.') ? k : k + 1;
    } else if (k === f && (s.nationalities.has(w) || inTable(text, s.places, k, k))) {
      f = k + 1;
    }
  }
  if (f > last) f = last;
  const firstWord = bare(text, text.is(f + 1, '.') ? f + 2 : f);
  if (!gender && s.male.has(firstWord)) gender = 'male';
  if (!gender && s.female.has(firstWord)) gender = 'female';
  return { name: surface(text, f, last), gender, titles };
}

/** What a run of words names by itself, read once per distinct spelling of a text. */
interface RunReading {
  kind: SourceKind | null;
  person: ReturnType<typeof personName>;
}

// Names recur across a reader's pages ("Trump", "The Washington Post"): their reading depends on
// their spelling alone, so it is kept, within a bound, from one text to the next.
const READINGS = new Map<string, RunReading>();
const MOST_READINGS = 20_000;

function readRun(text: ParsedText, first: number, last: number): RunReading {
  const key = text.text.slice(text.start(first), text.end(last));
  let reading = READINGS.get(key);
  if (!reading) {
    reading = { kind: kindOfName(text, first, last), person: personName(text, first, last) };
    if (READINGS.size >= MOST_READINGS) READINGS.clear();
    READINGS.set(key, reading);
  }
  return reading;
}

/** Reads every named mention of the text, in order. */
export function findEntities(text: ParsedText): Entities {
  const mentions: Mention[] = [];
  const byLast = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const s = text.lexicon.sources;
  const n = text.count;
  for (let i = 0; i < n; i++) {
    if (!nameWord(text, i)) continue;
    const floor = text.sentenceFirst(i);
    const last = nameRunEnd(text, i, text.sentenceEnd(i));
    let first = i;
    // A sentence's first word is capitalised anyway: "The", "But", "Analysts" are not names.
    if (
      first === floor &&
      first === last &&
      !s.male.has(bare(text, first)) &&
      !s.female.has(bare(text, first))
    ) {
      const known = byLast.get(bare(text, first));
      if (known) mentions.push(mentionAt(text, first, last, known, first));
      if (known || !readRun(text, first, last).kind) continue;
    }
    // "But Trump", "In Caracas", "The senator": a sentence's first function word is no part of a name.
    const lex = text.lexicon;
    const opener = text.word(first);
    if (
      first < last &&
      (lex.clauseWords.has(opener) ||
        lex.prepositions.has(opener) ||
        lex.determiners.has(opener) ||
        lex.labels.has(opener))
    ) {
      if (opener !== 'the' || !readRun(text, first, last).kind) first++;
    }
    const before = titlesBefore(text, first, floor);
    const entity = entityOf(
      text,
      first,
      last,
      before.titles,
      byName,
      byLast,
      readRun(text, first, last),
    );
    if (entity) mentions.push(mentionAt(text, first, last, entity, before.start));
    i = last;
  }
  return { mentions, byLast };
}

function entityOf(
  text: ParsedText,
  first: number,
  last: number,
  titlesInFront: readonly string[],
  byName: Map<string, Entity>,
  byLast: Map<string, Entity>,
  reading: RunReading,
): Entity | null {
  const kind = reading.kind;
  if (kind) {
    const name = surface(text, first, last);
    const known = byName.get(name.toLowerCase());
    if (known) return known;
    const entity: Entity = { name, kind, gender: null, last: '', titles: new Set() };
    byName.set(name.toLowerCase(), entity);
    return entity;
  }
  const person = reading.person;
  const lastWord = bare(text, last);
  const words = last - first + 1;
  const known = byLast.get(lastWord);
  // A lone surname names the person met before with it; a full name starts a new person.
  if (known && (words === 1 || known.name.toLowerCase().endsWith(person.name.toLowerCase()))) {
    for (const t of [...person.titles, ...titlesInFront]) known.titles.add(t);
    return known;
  }
  let nameWords = 1;
  for (let k = 0; k < person.name.length; k++) if (person.name.charCodeAt(k) === 32) nameWords++;
  // A lone capitalised word is a person only as a clause's subject: "Maduro reportedly requested".
  const loneWord = bare(text, last);
  const lone =
    nameWords === 1 &&
    verbFollows(text, last + 1) &&
    !text.lexicon.prepositions.has(text.word(first - 1)) &&
    !text.lexicon.timeWords.has(loneWord) &&
    !functionWord(text, loneWord) &&
    !text.lexicon.sources.unnamed.has(loneWord) &&
    !text.lexicon.sources.groupEndings.some((ending) => loneWord.endsWith(ending));
  // "Tunisian Islamists", "Senate Democrats": a group, not a person.
  const sources = text.lexicon.sources;
  const group =
    sources.unnamed.has(loneWord) ||
    sources.groupEndings.some((ending) => loneWord.endsWith(ending));
  const named =
    !group &&
    (lone ||
      nameWords >= 2 ||
      person.titles.length > 0 ||
      titlesInFront.length > 0 ||
      person.gender !== null);
  if (!named) return null;
  const entity: Entity = {
    name: person.name,
    kind: 'person',
    gender: person.gender,
    last: lastWord,
    titles: new Set([...person.titles, ...titlesInFront]),
  };
  for (const t of titlesInFront) {
    const g = text.lexicon.sources.genderTitles.get(t);
    if (g && !entity.gender) entity.gender = g as Gender;
  }
  byLast.set(lastWord, entity);
  return entity;
}

/** A mention of an entity by the name at tokens [first, last]. */
function mentionAt(
  text: ParsedText,
  first: number,
  last: number,
  entity: Entity,
  start: number,
): Mention {
  const governed = text.lexicon.prepositions.has(text.word(start - 1)) || text.isPossessive(last);
  return {
    at: last,
    entity,
    subject: !governed && verbFollows(text, last + 1),
    sentence: text.sentences.of[last] ?? -1,
  };
}

/** Whether the word at i reads as the verb after a subject: "has", "said", "reportedly requested". */
function verbFollows(text: ParsedText, i: number): boolean {
  const lex = text.lexicon;
  const w = text.word(i);
  if (!w || text.isCapitalized(i)) return false;
  return (
    lex.auxiliaries.has(w) ||
    lex.verbs.has(w) ||
    lex.hedges.has(w) ||
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
  text: ParsedText,
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
    if (mention.subject && test(mention.entity)) return mention.entity;
  }
  return lastMentionBefore(entities, at, test);
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
    if (mention && test(mention.entity)) return mention.entity;
  }
  return null;
}
