import { WordClass } from '../../packs/en';
import type { SourceKind } from '../../types';
import { participleNoun, subjectBefore, type TokenRange } from '../phrases';
import type { EnglishText } from '../text';
import { authorOfDocument } from './document-authors';
import { type Entities, type Entity, entityAt, lastMentionBefore, salientBefore } from './mentions';
import { nameTables } from './name-tables';
import {
  bare,
  bareClassesAt,
  GIVEN_NAME,
  inTable,
  kindOfName,
  nameRunEnd,
  personName,
  surface,
} from './name-words';

/** Who a source is for a reader: its kind, the name shown, whether that name was tied, and the outlet it came through. */
export interface Naming {
  kind: SourceKind;
  name: string | null;
  resolved: boolean;
  via: string | null;
}

const NONE: Naming = { kind: 'none', name: null, resolved: true, via: null };

/** The part of a source phrase that names it: before an appositive, a relative clause or a "reviewed by". */
function headOf(
  text: EnglishText,
  range: TokenRange,
): { head: TokenRange; via: TokenRange | null } {
  const s = text.lexicon.sources;
  for (let k = range.first + 1; k <= range.last; k++) {
    const w = text.word(k);
    if (text.is(k, ',') || text.is(k, '(') || text.is(k, '—'))
      return { head: { first: range.first, last: k - 1 }, via: null };
    if (text.lexicon.grammar.relatives.has(w))
      return { head: { first: range.first, last: k - 1 }, via: null };
    if (s.viaVerbs.has(w) && text.word(k + 1) === 'by' && k + 2 <= range.last) {
      // "reviewed by the Valley Gazette": the outlet's name, without a lower-case article.
      const from = text.word(k + 2) === 'the' && !text.isCapitalized(k + 2) ? k + 3 : k + 2;
      const via = {
        first: from,
        last: Math.min(nameRunEnd(text, from, range.last + 1), range.last),
      };
      return { head: { first: range.first, last: k - 1 }, via };
    }
  }
  return { head: range, via: null };
}

const phraseText = (text: EnglishText, r: TokenRange): string => surface(text, r.first, r.last);

/** The last run of capitalised words in a range (a name), skipping a capitalised first word that is just a sentence's start. */
function lastNameRun(text: EnglishText, range: TokenRange): TokenRange | null {
  let found: TokenRange | null = null;
  for (let k = range.first; k <= range.last; k++) {
    if (!text.isWord(k) || !text.isCapitalized(k)) continue;
    const end = Math.min(nameRunEnd(text, k, range.last + 1), range.last);
    found = { first: k, last: end };
    k = end;
  }
  if (!found) return null;
  // "The documents", "Analysts", "Inspectors": a sentence-initial capital is not a name on its own.
  const w = text.word(found.first);
  if (found.first === found.last && found.first === text.sentenceFirst(found.first)) {
    const s = text.lexicon.sources;
    if (s.unnamed.has(w) || s.documents.has(w) || text.lexicon.determiners.has(w)) return null;
    if (
      s.groupEndings.some((ending) => w.endsWith(ending)) &&
      !kindOfName(text, found.first, found.last)
    )
      return null;
  }
  if (text.lexicon.determiners.has(w) && found.first < found.last && w !== 'the') {
    return { first: found.first + 1, last: found.last };
  }
  return found;
}

function pronounNaming(text: EnglishText, i: number, entities: Entities): Naming {
  const w = text.contracted(i) || text.word(i);
  const written = text.text.slice(text.start(i), text.start(i) + w.length);
  const tie = (test: (e: Entity) => boolean, kind: SourceKind): Naming => {
    const entity = salientBefore(text, entities, i, test);
    return entity
      ? { kind: entity.kind, name: entity.name, resolved: true, via: null }
      : { kind, name: written, resolved: false, via: null };
  };
  switch (w) {
    case 'he':
    case 'him':
      return tie((e) => e.kind === 'person' && e.gender !== 'female', 'person');
    case 'she':
    case 'her':
      return tie((e) => e.kind === 'person' && e.gender !== 'male', 'person');
    case 'it':
      return tie((e) => e.kind !== 'person', 'organization');
    default:
      return { kind: w === 'i' ? 'person' : 'unnamed', name: written, resolved: false, via: null };
  }
}

/** A definite description ("the senator", "the company", "the newspaper") tied to the name met before. */
function describedNaming(
  text: EnglishText,
  head: TokenRange,
  entities: Entities,
  kind: SourceKind,
  noun: string,
): Naming | null {
  if (text.word(head.first) !== 'the') return null;
  const s = text.lexicon.sources;
  // "the senator" is the senator met before; "the ministry" a body whose name says ministry, of
  // either kind ("the agency" after "the Environment Agency"), and "the company" any company:
  // "the military" after "South Africa" is no one met before.
  const entity = lastMentionBefore(entities, head.first, (e) => {
    if (kind === 'person') return e.kind === 'person' && e.titles.has(noun);
    if (e.kind === 'person' || e.lowerName === noun) return false;
    if (e.lowerName.includes(noun)) return true;
    // "the agency" after "Interfax": a news agency; after "the Pentagon", no one.
    if (noun === 'agency') return s.newsAgencies.has(e.lowerName);
    return e.kind === kind && BUSINESS_NOUNS.has(noun) && !publicBody(e.lowerName);
  });
  if (entity) return { kind: entity.kind, name: entity.name, resolved: true, via: null };
  if (kind === 'person' && s.titles.has(noun)) return null;
  return { kind, name: phraseText(text, head), resolved: false, via: null };
}

/** The kind and name of a source phrase, tying pronouns and short references to names met before. */
export function nameSource(
  text: EnglishText,
  range: TokenRange | null,
  entities: Entities,
): Naming {
  if (!range) return NONE;
  const s = text.lexicon.sources;
  const whole = phraseText(text, range);
  const single =
    range.first === range.last ? text.contracted(range.first) || text.word(range.first) : '';
  if (single && text.lexicon.pronouns.has(single)) {
    const w = single;
    if (text.lexicon.grammar.relatives.has(w)) return relativeNaming(text, range.first, entities);
    return pronounNaming(text, range.first, entities);
  }
  const { head, via } = headOf(text, range);
  const viaName = via ? phraseText(text, via) : null;
  const anonymous = hasAnonymity(text, range);
  const nounAt = headNoun(text, head);
  const lastWord = bare(text, nounAt);
  const run = lastNameRun(text, { first: head.first, last: nounAt });
  const headIsName = run !== null && run.last === nounAt;
  const name = phraseText(text, head);
  const described = !headIsName || INDEFINITE.has(text.word(head.first));
  // "One witness, Felicia Sanders, said": the name the description gives.
  const appositive = described ? appositiveName(text, head, range, entities, lastWord) : null;
  if (appositive) return appositive;
  // "Doctors Without Borders": a body the lexicon lists by a name of several words, which its
  // words alone would read as people.
  const listed =
    text.word(head.first) === 'the' && head.first < head.last ? head.first + 1 : head.first;
  if (
    listed < head.last &&
    text.isCapitalized(listed) &&
    inTable(text, nameTables(text.lexicon).organizations, listed, head.last)
  ) {
    return {
      kind: 'organization',
      name: phraseText(text, { first: listed, last: head.last }),
      resolved: true,
      via: null,
    };
  }
  if (s.unnamed.has(lastWord) || s.titles.has(lastWord)) {
    const owned = ownerNaming(text, head, entities);
    if (owned) return owned;
  }
  // "155,000 Realtors", "Budget hawks": a counted or plural group is no one person.
  if (countedGroup(text, head.first, nounAt))
    return { kind: 'unnamed', name: countedName(text, head), resolved: true, via: viaName };
  // "the Labour MP", "a Tory MEP": a run that ends on a title in capitals, with no given name in
  // it, describes, as below. ("Mr. King", "State" end on words that are titles too.)
  const titleOnly =
    s.titles.has(lastWord) &&
    text.isUpper(nounAt) &&
    !(run && bareClassesAt(text, run.first) & GIVEN_NAME);
  if (run && !anonymous && !described && !titleOnly) return nameOfRun(text, run, head, entities);
  if (s.documents.has(lastWord)) {
    // "local news reports", "press reports": what the news reported.
    if (NEWS_WORDS.has(text.word(nounAt - 1)))
      return { kind: 'media', name, resolved: true, via: null };
    if (viaName) return { kind: 'document', name: viaName, resolved: true, via: viaName };
    const writer = writtenBy(text, nounAt, head.last, entities);
    if (writer) return writer;
    // "The report found", after "a report by the Harbour Institute": the institute's report.
    const author =
      text.word(head.first) === 'the' && nounAt === head.last
        ? authorOfDocument(text, head.first, lastWord, entities)
        : null;
    return { kind: 'document', name: author ?? name, resolved: true, via: null };
  }
  // "an Iowa Republican", "a senior official": each described one stands apart, named as written.
  if (
    INDEFINITE.has(text.word(head.first)) &&
    !s.mediaNouns.has(lastWord) &&
    !s.organizationNouns.has(lastWord)
  ) {
    return { kind: 'unnamed', name, resolved: true, via: viaName };
  }
  if (anonymous || s.unnamed.has(lastWord)) {
    const tied = anonymous ? null : describedNaming(text, head, entities, 'person', lastWord);
    return tied?.resolved ? tied : { kind: 'unnamed', name, resolved: true, via: viaName };
  }
  if (s.mediaNouns.has(lastWord)) {
    return (
      describedNaming(text, head, entities, 'media', lastWord) ?? {
        kind: 'media',
        name,
        resolved: true,
        via: null,
      }
    );
  }
  if (s.organizationNouns.has(lastWord)) {
    if (run) return { kind: 'organization', name, resolved: true, via: null };
    return (
      describedNaming(text, head, entities, 'organization', lastWord) ?? {
        kind: 'organization',
        name,
        resolved: true,
        via: null,
      }
    );
  }
  if (s.titles.has(lastWord)) {
    const tied = describedNaming(text, head, entities, 'person', lastWord);
    if (tied) return tied;
    // "the Vermont senator", "the Labour MP": a title after a name describes someone the text
    // does not name here; a given name makes the run a name ("John Major").
    if (!headIsName || titleOnly) return { kind: 'unnamed', name, resolved: false, via: viaName };
  }
  if (run && (headIsName || text.isCapitalized(nounAt)))
    return nameOfRun(text, run, head, entities);
  // "the New York businessman": a name that only qualifies a common noun names no one.
  return { kind: 'unnamed', name: name || whole, resolved: !run, via: viaName };
}

/** Whether every word of a run is a title: "Attorney General", "Prime Minister". */
function onlyTitles(text: EnglishText, run: TokenRange): boolean {
  const s = text.lexicon.sources;
  const first = text.word(run.first) === 'the' && run.first < run.last ? run.first + 1 : run.first;
  for (let k = first; k <= run.last; k++) {
    const w = bare(text, k);
    if (!s.titles.has(w) && !s.titleAbbreviations.has(w)) return false;
  }
  return true;
}

/** Whether a run of names opens with "the" or follows it: "The World Food Programme". */
function afterThe(text: EnglishText, first: number): boolean {
  return text.word(first) === 'the' || (first > 0 && text.word(first - 1) === 'the');
}

/** A name written in capitals: an outlet, an organisation, or a person (full, or tied to the full name met before). */
function nameOfRun(
  text: EnglishText,
  run: TokenRange,
  head: TokenRange,
  entities: Entities,
): Naming {
  const s = text.lexicon.sources;
  // "The Attorney General", "the Prime Minister": titles alone are the person met with them before,
  // else a description of someone the text does not name.
  if (onlyTitles(text, run)) {
    const title = bare(text, run.last);
    return (
      describedNaming(text, head, entities, 'person', title) ?? {
        kind: 'unnamed',
        name: phraseText(text, head),
        resolved: false,
        via: null,
      }
    );
  }
  // The person or body the pass over the text met here, by the fullest name it gives them.
  const entity = entityAt(entities, run.first, run.last);
  // "news agency Prensa Sur": what the words before the name say it is comes first, unless the
  // name opens with a person's title ("police Chief Chuck Jordan").
  const opening = bare(text, run.first);
  const titled = s.titles.has(opening) || s.titleAbbreviations.has(opening);
  const described = titled ? null : describedKind(text, head.first, run.first);
  if (entity && (!described || entity.kind === described)) return namingOf(text, entity, run);
  // A lone surname met before in a full name is that person, even if it also names a city ("Lima"),
  // unless the words before it say what it is ("the charity Shelter").
  const known = entities.byLast.get(bare(text, run.last));
  if (known && run.first === run.last && known.kind === 'person' && !described) {
    return { kind: 'person', name: known.name, resolved: true, via: null };
  }
  const kind = kindOfName(text, run.first, run.last) ?? describedKind(text, head.first, run.first);
  if (kind) {
    let first = run.first;
    // "the Coastal Gazette" → "Coastal Gazette"; "The Washington Post" keeps its capital The.
    if (text.word(first) === 'the' && !text.isCapitalized(first)) first++;
    return { kind, name: surface(text, first, run.last), resolved: true, via: null };
  }
  if (inTable(text, nameTables(text.lexicon).places, run.first, run.last)) {
    return {
      kind: 'organization',
      name: surface(text, run.first, run.last),
      resolved: true,
      via: null,
    };
  }
  const person = personName(text, run.first, run.last);
  const words = run.last - run.first + 1;
  if (known && known.kind === 'person' && known.lowerName.endsWith(bare(text, run.last))) {
    return { kind: 'person', name: known.name, resolved: true, via: null };
  }
  // A plural group in capitals ("Democrats", "Republicans", "Tunisians") is not one person.
  const word = bare(text, run.last);
  if (words === 1 && (s.unnamed.has(word) || s.nationalities.has(word.replace(/s$/, '')))) {
    return {
      kind: 'unnamed',
      name: surface(text, head.first, head.last),
      resolved: true,
      via: null,
    };
  }
  // "The World Food Programme", "the Bundesbank": a person's name never follows "the" unless a
  // title does ("the Rev. Al Sharpton"), so a name the lexicon does not know is a body's, or a
  // paper's when it ends in a paper's word ("the Post").
  if (person.titles.length === 0 && afterThe(text, run.first)) {
    const first = text.word(run.first) === 'the' ? run.first + 1 : run.first;
    return {
      kind: bareClassesAt(text, run.last) & WordClass.OutletWord ? 'media' : 'organization',
      name: surface(text, first, run.last),
      resolved: true,
      via: null,
    };
  }
  const lone = words === 1 && person.titles.length === 0;
  return { kind: 'person', name: person.name, resolved: !lone, via: null };
}

/**
 * What a public body's name says it is: "the operator" or "the company" met after "the Harbour
 * Council" is some business, not the council.
 */
const PUBLIC_BODY_WORDS = [
  'council',
  'ministry',
  'department',
  'committee',
  'commission',
  'court',
  'parliament',
  'senate',
  'congress',
  'government',
  'assembly',
  'police',
  'party',
  'union',
];

function publicBody(lowerName: string): boolean {
  return PUBLIC_BODY_WORDS.some((word) => lowerName.split(' ').includes(word));
}

const BUSINESS_NOUNS = new Set([
  'company',
  'firm',
  'business',
  'retailer',
  'automaker',
  'airline',
  'carrier',
  'lender',
  'insurer',
  'conglomerate',
  'startup',
  'giant',
  'manufacturer',
  'operator',
  'utility',
  'newspaper',
  'paper',
  'outlet',
  'network',
  'broadcaster',
  'channel',
  'station',
  'magazine',
  'publication',
]);
const OWNERS = new Set(['his', 'her', 'its', 'their']);

/** "his spokesman", "its lawyers": a role of the person or body the pronoun stands for. */
function ownerNaming(text: EnglishText, head: TokenRange, entities: Entities): Naming | null {
  const owner = text.word(head.first);
  if (!OWNERS.has(owner) || head.last === head.first) return null;
  const test = (e: Entity) =>
    owner === 'his'
      ? e.kind === 'person' && e.gender !== 'female'
      : owner === 'her'
        ? e.kind === 'person' && e.gender !== 'male'
        : owner === 'its'
          ? e.kind !== 'person'
          : true;
  const entity = salientBefore(text, entities, head.first, test);
  if (!entity) return null;
  const role = text.text.slice(text.start(head.first + 1), text.end(head.last));
  return { kind: 'unnamed', name: `${entity.name}’s ${role}`, resolved: true, via: null };
}

const INDEFINITE = new Set(['a', 'an', 'another']);
const NEWS_WORDS = new Set(['news', 'media', 'press']);

/**
 * The one named in an appositive after a description: "a software tester, Omar Haddad,"; an
 * outlet or a body after the noun of its kind: "the state news agency, Xinhua,", "the largest
 * union, Unite,".
 */
function appositiveName(
  text: EnglishText,
  head: TokenRange,
  range: TokenRange,
  entities: Entities,
  noun: string,
): Naming | null {
  const comma = head.last + 1;
  if (!text.is(comma, ',') || comma + 1 > range.last || !text.isCapitalized(comma + 1)) return null;
  const last = Math.min(nameRunEnd(text, comma + 1, range.last + 1), range.last);
  const entity = entityAt(entities, comma + 1, last);
  const s = text.lexicon.sources;
  const kind = s.mediaNouns.has(noun)
    ? 'media'
    : s.organizationNouns.has(noun)
      ? 'organization'
      : 'person';
  if (entity?.kind === kind) return namingOf(text, entity, { first: comma + 1, last });
  if (kind === 'person') return null;
  // "the state broadcaster, RTS", "the largest union, Unite": a short name the lexicon does not
  // know, read as a lone surname or a body, is what the noun before it says.
  if (entity?.kind === 'person' && (entity.name.includes(' ') || entity.titles.size > 0))
    return null;
  return { kind, name: surface(text, comma + 1, last), resolved: true, via: null };
}

/** A plural noun counted by a number or a word ("many"), or a lower-case plural head: a group. */
function countedGroup(text: EnglishText, first: number, nounAt: number): boolean {
  const w = text.word(nounAt);
  const s = text.lexicon.sources;
  if (!/[^s]s$/.test(w) || text.isPossessive(nounAt)) return false;
  // Documents, outlets and bodies have their own kinds: "The documents", "local news reports".
  if (s.documents.has(w) || s.mediaNouns.has(w) || s.organizationNouns.has(w)) return false;
  const before = first > 0 ? text.text.slice(text.start(first - 1), text.end(first - 1)) : '';
  if (/^\d[\d,.]*$/.test(before)) return true;
  // "Many Tunisians", "Some Republicans": counted by a word.
  if (QUANTIFIERS.has(text.word(first)) && nounAt > first) return true;
  return !text.isCapitalized(nounAt) && nounAt > first;
}

const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'numerous', 'other', 'all']);

/** A counted group named with its number: "155,000 Realtors". */
function countedName(text: EnglishText, head: TokenRange): string {
  const before = head.first - 1;
  const from =
    before >= 0 && /^\d[\d,.]*$/.test(text.text.slice(text.start(before), text.end(before)))
      ? before
      : head.first;
  return text.text.slice(text.start(from), text.end(head.last));
}

/**
 * "The tweet from Vulture magazine", "an article by the Harbour Gazette": a document written by an
 * outlet is the outlet's word (kind media); one by a body is a document named by the body.
 */
function writtenBy(
  text: EnglishText,
  nounAt: number,
  last: number,
  entities: Entities,
): Naming | null {
  const by = authorWordAfter(text, nounAt, last);
  if (by < 0) return null;
  let first = by + 1;
  if (text.word(first) === 'the' && !text.isCapitalized(first)) first++;
  if (first > last || !text.isCapitalized(first)) return null;
  const end = Math.min(nameRunEnd(text, first, last + 1), last);
  const s = text.lexicon.sources;
  // "Vulture magazine", "the Valley newspaper": a name with the kind of outlet written after it.
  if (end < last && s.mediaNouns.has(text.word(end + 1))) {
    return { kind: 'media', name: surface(text, first, end + 1), resolved: true, via: null };
  }
  const kind = entityAt(entities, first, end)?.kind ?? kindOfName(text, first, end);
  if (kind === 'media') return { kind, name: surface(text, first, end), resolved: true, via: null };
  if (kind === 'organization')
    return { kind: 'document', name: surface(text, first, end), resolved: true, via: null };
  return null;
}

// "a poll conducted last week by Gallup": how far after its participle the author may come.
const PARTICIPLE_TO_AUTHOR = 5;

// Participles whose "by" names who made the document. Not "reported by The Post", "combed through
// by Vox": whoever passed the document on or read it did not write it.
const AUTHOR_PARTICIPLES = new Set([
  'released',
  'published',
  'issued',
  'conducted',
  'taken',
  'written',
  'sent',
  'filed',
  'compiled',
  'commissioned',
  'produced',
  'prepared',
  'drafted',
  'signed',
  'posted',
]);

/** Where "by" or "from" names a document's author after its noun, or after its participle; -1 when not. */
function authorWordAfter(text: EnglishText, nounAt: number, last: number): number {
  const isAuthorWord = (k: number) => text.word(k) === 'by' || text.word(k) === 'from';
  if (isAuthorWord(nounAt + 1)) return nounAt + 1;
  if (!AUTHOR_PARTICIPLES.has(text.word(nounAt + 1))) return -1;
  for (let k = nounAt + 2; k <= last && k <= nounAt + 1 + PARTICIPLE_TO_AUTHOR; k++)
    if (isAuthorWord(k)) return k;
  return -1;
}

/** An entity as the claims list shows it; an organisation keeps the named owner written before it. */
function namingOf(text: EnglishText, entity: Entity, run: TokenRange): Naming {
  let name = entity.name;
  const owner = run.first - 1;
  // "Parliament's Joint Committee on Intelligence and Security": whose committee it is.
  if (entity.kind === 'organization' && text.isPossessive(owner) && text.isCapitalized(owner)) {
    name = `${text.text.slice(text.start(owner), text.end(owner))} ${name}`;
  }
  const lone = entity.kind === 'person' && !name.includes(' ') && entity.titles.size === 0;
  return { kind: entity.kind, name, resolved: !lone, via: null };
}

/** What the words written before a name say it is: "news agency Prensa Sur", "the conglomerate Rostec". */
function describedKind(text: EnglishText, from: number, name: number): SourceKind | null {
  // Only the word right before the name describes it: "press secretary Josh Earnest" is a person.
  if (name - 1 < from) return null;
  const s = text.lexicon.sources;
  const w = bare(text, name - 1);
  // "chief inspector Maria Dunn": a title describes a person, though a body may bear it too.
  if (s.titles.has(w)) return null;
  if (s.mediaNouns.has(w)) return 'media';
  if (s.organizationNouns.has(w)) return 'organization';
  return null;
}

/** "Beck, who said", "the polls that show": the relative pronoun stands for the phrase before it. */
function relativeNaming(text: EnglishText, i: number, entities: Entities): Naming {
  let k = i - 1;
  if (text.is(k, ',')) k--;
  // The antecedent is the noun phrase right before: back to its article, not across a verb.
  let floor = text.sentenceFirst(i);
  for (let j = k; j > floor && j > k - 8; j--) {
    const w = text.word(j);
    if (text.lexicon.articles.has(w)) {
      floor = j;
      break;
    }
    if (j < k && !text.isCapitalized(j) && (w.endsWith('ed') || text.lexicon.verbs.has(w))) {
      floor = j + 1;
      break;
    }
  }
  const antecedent = subjectBefore(text, k, floor);
  if (!antecedent || antecedent.last >= i) {
    return {
      kind: 'unnamed',
      name: text.text.slice(text.start(i), text.end(i)),
      resolved: false,
      via: null,
    };
  }
  return nameSource(text, antecedent, entities);
}

/** Where the head noun of a phrase is: its last word before a preposition ("the official portal of legal information" → portal). */
function headNoun(text: EnglishText, head: TokenRange): number {
  // "A UN report released on Monday", "a memo sent to staff": the document the participle qualifies.
  const qualified = participleNoun(text, head.first, head.last);
  if (qualified >= 0) return qualified;
  const prepositions = text.lexicon.prepositions;
  for (let k = head.first + 1; k <= head.last; k++) {
    const capital =
      text.isCapitalized(k - 1) && (k - 1 !== text.sentenceFirst(k - 1) || namesOn(text, k));
    if (prepositions.has(text.word(k)) && (!capital || personOfBody(text, head.first, k)))
      return pastParticipleOf(text, head.first, k - 1);
  }
  return head.last;
}

/**
 * "documents filed in Delaware", "officials briefed on the talks": a participle after a source's
 * noun opens what qualifies it; the noun before it is the head.
 */
function pastParticipleOf(text: EnglishText, first: number, at: number): number {
  const s = text.lexicon.sources;
  const noun = bare(text, at - 1);
  const qualified =
    at > first && text.word(at).endsWith('ed') && (s.documents.has(noun) || s.unnamed.has(noun));
  return qualified ? at - 1 : at;
}

/**
 * Whether a sentence's capitalised first word goes on over the preposition at `at` as one name:
 * "Bank of England said", "Secretary of State Antony Blinken said", "Chancellor of the Exchequer
 * Rachel Reeves said", not "Officials of the Treasury said".
 */
function namesOn(text: EnglishText, at: number): boolean {
  const s = text.lexicon.sources;
  const w = bare(text, at - 1);
  // "Chancellor of the Exchequer Rachel Reeves": the body named after "of" may take its article.
  const named = text.word(at + 1) === 'the' ? at + 2 : at + 1;
  return (
    text.word(at) === 'of' && text.isCapitalized(named) && !s.unnamed.has(w) && !s.documents.has(w)
  );
}

/**
 * "Maria Lund of North Valley Public Radio", "chief inspector Maria Dunn from the county police":
 * a person's full name, then the body they speak for, which is no part of their name.
 */
function personOfBody(text: EnglishText, first: number, at: number): boolean {
  const w = text.word(at);
  if (w !== 'of' && w !== 'from' && w !== 'at') return false;
  const s = text.lexicon.sources;
  let start = at - 1;
  while (start - 1 >= first && (text.isCapitalized(start - 1) || text.is(start - 1, '.'))) start--;
  let words = 0;
  let titles = 0;
  for (let k = start; k < at; k++) {
    if (!text.isWord(k)) continue;
    words++;
    if (s.titleAbbreviations.has(bare(text, k)) || s.titles.has(bare(text, k))) titles++;
  }
  // "Secretary of State Antony Blinken": titles alone before "of" are one longer title.
  if (words > 0 && titles === words) return false;
  const titled = titles > 0;
  // "Mr. Morgan of the Sierra Club": a title makes even a surname a person.
  if ((words < 2 && !titled) || (!titled && kindOfName(text, start, at - 1))) return false;
  // "Bank of America" is a name, "Ines Vale of Harbour Radio" a person with their outlet.
  if (w !== 'of' || titled) return true;
  if (!text.isCapitalized(at + 1)) return false;
  return kindOfName(text, at + 1, nameRunEnd(text, at + 1, text.sentenceEnd(at))) !== null;
}

function hasAnonymity(text: EnglishText, range: TokenRange): boolean {
  const table = text.lexicon.sources.anonymity;
  for (let k = range.first; k <= range.last; k++) if (text.phraseAt(k, table) > 0) return true;
  return false;
}
