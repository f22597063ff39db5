import {
  bare,
  functionWord,
  type Gender,
  kindOfName,
  nameRunEnd,
  nameWord,
  personName,
  surface,
  titlesBefore,
} from './names';
import type { ParsedText } from './text/parse';
import type { SourceKind } from './types';

/**
 * The named people, organisations and outlets of a text, met in one pass over its capitalised
 * words, so that "he", "Caddell" or "the senator" can be tied to the full name met before.
 */

export interface Entity {
  /** The name a reader sees: "Nicolás Maduro", "Sen. Jane Doe", "The Washington Post". */
  name: string;
  lowerName: string;
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

/** What a run of words names by itself, read once per distinct spelling of a text. */
interface RunReading {
  kind: SourceKind | null;
  person: ReturnType<typeof personName>;
  /** The person's name in lower case, to compare with names met before. */
  lowerName: string;
}

/** A name recurs through a text ("Trump" thirty times): its reading depends on its spelling alone. */
function readRun(
  text: ParsedText,
  first: number,
  last: number,
  readings: Map<string, RunReading>,
): RunReading {
  const key = text.text.slice(text.start(first), text.end(last));
  let reading = readings.get(key);
  if (!reading) {
    const person = personName(text, first, last);
    reading = { kind: kindOfName(text, first, last), person, lowerName: person.name.toLowerCase() };
    readings.set(key, reading);
  }
  return reading;
}

/** Reads every named mention of the text, in order. */
export function findEntities(text: ParsedText): Entities {
  const mentions: Mention[] = [];
  const byLast = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const readings = new Map<string, RunReading>();
  const s = text.lexicon.sources;
  const n = text.count;
  for (let i = 0; i < n; i++) {
    if (!nameWord(text, i)) continue;
    const floor = text.sentenceFirst(i);
    const last = nameRunEnd(text, i, text.sentenceEnd(i));
    let first = i;
    // "The", "But", "He" open sentences and name no one.
    if (first === last && first === floor && functionWord(text, text.word(first))) continue;
    // A sentence's first word is capitalised anyway: "The", "But", "Analysts" are not names.
    if (
      first === floor &&
      first === last &&
      !s.male.has(bare(text, first)) &&
      !s.female.has(bare(text, first))
    ) {
      const known = byLast.get(bare(text, first));
      if (known) mentions.push(mentionAt(text, last, known, first));
      if (known || !readRun(text, first, last, readings).kind) continue;
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
      if (opener !== 'the' || !readRun(text, first, last, readings).kind) first++;
    }
    const before = titlesBefore(text, first, floor);
    const entity = entityOf(
      text,
      first,
      last,
      before.titles,
      byName,
      byLast,
      readRun(text, first, last, readings),
    );
    if (entity) mentions.push(mentionAt(text, last, entity, before.start));
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
    const known = byName.get(name);
    if (known) return known;
    const entity: Entity = {
      name,
      lowerName: name.toLowerCase(),
      kind,
      gender: null,
      last: '',
      titles: new Set(),
    };
    byName.set(name, entity);
    return entity;
  }
  const person = reading.person;
  const lastWord = bare(text, last);
  const words = last - first + 1;
  const known = byLast.get(lastWord);
  // A lone surname names the person met before with it; a full name starts a new person.
  if (known && (words === 1 || known.lowerName.endsWith(reading.lowerName))) {
    for (const t of person.titles) known.titles.add(t);
    for (const t of titlesInFront) known.titles.add(t);
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
    lowerName: reading.lowerName,
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
function mentionAt(text: ParsedText, last: number, entity: Entity, start: number): Mention {
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
