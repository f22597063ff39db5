/**
 * Names each source as the claims list shows it: a person by their fullest name, a pronoun or a
 * role ("le juge", "o senador") by the person it stands for, an acronym by its long form, and
 * an unnamed source ("une source proche du dossier") as written.
 */
import { compoundOf, type Gender, type Pack } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import type { SourceKind } from '../types';
import type { TokenRange } from './claims';
import { compoundSpeaker } from './compound-sources';
import { loneNameKind, namedElsewhere, namesPlace, VERB } from './lone-names';
import {
  lastMentionBefore,
  type Mention,
  type Mentions,
  mentionsWithin,
  timesMentioned,
} from './mentions';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import {
  genitiveName,
  genitiveStem,
  hyphenedHead,
  isBoundary,
  isVerbAt,
  sourceNounAt,
  spanText,
} from './words';

export interface PackNaming {
  kind: SourceKind;
  name: string | null;
  resolved: boolean;
}

// A pronoun or role stands for a speaker named in the last few sentences.
const SPEAKER_REACH = 6;

/** Whom the sources before this one were: a pronoun is most often the last speaker. */
export interface Speaker {
  name: string;
  sentence: number;
  at: number;
  /** Whether a man or a woman, where the source or the name tells. */
  gender: Gender | null;
}

/** A source named before, unnamed or a document: "las fuentes" are the "fuentes de X" met before. */
export interface Named {
  kind: SourceKind;
  name: string;
}

export function nameSource(
  text: PackText,
  pack: Pack,
  source: PackSource,
  at: number,
  mentions: Mentions,
  speakers: readonly Speaker[],
  said: readonly TokenRange[],
  earlier: readonly Named[] = [],
): PackNaming {
  // "Der Konzern beschäftigt nach eigenen Angaben ...": the subject is who says so.
  if (source.self) {
    const self = { ...source, ...source.self, self: null };
    const naming = nameSource(text, pack, self, at, mentions, speakers, said, earlier);
    if (naming.kind !== 'none') return naming;
  }
  if (source.pronoun) {
    const pronoun = text.text.slice(source.pronoun.start, source.pronoun.end).toLowerCase();
    return standIn(text, pack, pronoun, at, mentions, speakers, said, pronoun);
  }
  if (source.first < 0) {
    if (!source.dropped) return { kind: 'none', name: null, resolved: true };
    const speaker = lastPerson(text, pack, at, mentions, speakers, said);
    return speaker
      ? { kind: 'person', name: speaker, resolved: true }
      : { kind: 'unnamed', name: null, resolved: false };
  }
  const written = spanText(text, source.first, source.last);
  let head = source.first;
  while (head < source.last && (pack.determiners.has(text.word(head)) || text.isQuoteMark(head)))
    head++;
  // "les premiers éléments de l'enquête": the noun after an adjective before it heads the phrase,
  // even an adjective a body's name may open on ("un haut responsable", not "le Haut Conseil").
  const role = pack.roles.has(text.word(head + 1)) || pack.anonymity.has(text.word(head + 1));
  const adjective =
    head < source.last &&
    !text.isCapitalized(head) &&
    (!sourceNounAt(text, pack, head) || (role && pack.organizations.has(text.word(head))));
  if (adjective && sourceNounAt(text, pack, head + 1)) head++;
  const headWord = text.word(head);
  // "nach Merkels Worten": a name in the genitive between "nach" and the phrase's noun is who spoke.
  const phrase = head + 1 === source.last ? pack.according.get(text.word(head - 1)) : undefined;
  const genitive = phrase?.byWordAfterGap.has(text.word(source.last)) === true;
  if (genitive && genitiveName(text, pack, head)) {
    const name = spanText(text, head, head).slice(0, -1);
    if (namesPlace(pack, name)) return { kind: 'organization', name, resolved: true };
    return { kind: 'person', name: genitiveOf(pack, mentions, headWord) ?? name, resolved: true };
  }
  if (source.first === source.last && pack.sourcePronouns.has(headWord)) {
    return standIn(text, pack, headWord, at, mentions, speakers, said, written);
  }
  // "laut Polizeiangaben", "nach UN-Angaben": the speaker the compound opens on.
  const compound = head === source.last ? compoundSpeaker(pack, spanText(text, head, head)) : null;
  if (compound) return { ...compound, resolved: true };
  // "Médicos Sin Fronteras", "Ärzte ohne Grenzen": a body's name the pack lists, which its words
  // alone would read as a group of people.
  const listed = text.phraseAt(head, pack.organizationNames);
  if (listed > 0) {
    return { kind: 'organization', name: spanText(text, head, head + listed - 1), resolved: true };
  }
  const inside = mentionsWithin(mentions, source.first, source.last);
  const person = speakerInside(text, pack, inside, head);
  const article = text.word(source.first);
  // "a juicio del ministro": the article is in the preposition before the phrase.
  const fused = pack.fusedPrepositions.has(text.word(source.first - 1));
  const definite = fused || (pack.determiners.has(article) && !pack.indefinites.has(article));
  // "las fuentes", "el informe" alone: the ones the story described before.
  const alone = definite && head === lastWord(text, source.last);
  if (pack.anonymity.has(headWord) && !person) {
    const before = alone ? namedBefore(earlier, 'unnamed', headWord) : null;
    return { kind: 'unnamed', name: before ?? written, resolved: true };
  }
  if (person) {
    const name = fullest(text, mentions, person);
    return { kind: namesPlace(pack, name) ? 'organization' : 'person', name, resolved: true };
  }
  const document = text.phraseAt(head, pack.documents);
  // "selon nos informations", "nach unseren Informationen": the outlet's own reporting; "selon
  // nos confrères du Figaro", another outlet's, by its name.
  if (pack.ownPossessives.has(article) && (document > 0 || pack.mediaNouns.has(headWord))) {
    const outlet = inside.find((m) => m.kind === 'media');
    return { kind: 'media', name: outlet?.name ?? written, resolved: true };
  }
  if (document > 0) {
    const owner = inside.find(isOwner);
    // "selon une enquête du Parisien", "laut einem Bericht des „Spiegel“": an outlet's own
    // reporting is the outlet's word, as the English reader names "a report by the Times".
    if (owner?.kind === 'media' && owner.first <= head + document + OWNER_REACH)
      return { kind: 'media', name: owner.name, resolved: true };
    const name =
      owner?.name ??
      (alone ? namedBefore(earlier, 'document', headWord) : null) ??
      fullestDocument(text, pack, head, document) ??
      spanText(text, head, lastWord(text, source.last));
    return { kind: 'document', name, resolved: true };
  }
  // The name is the phrase's head, or stands right after it ("les émissions Enquête"), not a
  // complement of it ("la ministre de la Santé").
  const named = nameAtHead(inside, head);
  if (named && !pack.roles.has(headWord)) {
    const long = mentions.acronyms.get(text.word(named.first));
    // "laut der Staatsanwaltschaft", after "Die Staatsanwaltschaft Nürnberg-Fürth": the body's
    // noun alone is the body the story named in full.
    // "Das Unternehmen", after "Siemens hat …": else the body the story named before.
    const alone = named.first === named.last && pack.bodyNouns.has(headWord);
    const fuller = alone
      ? (fullerBodyName(text, mentions, headWord, source.first) ??
        (
          kinBefore(text, pack, headWord, source.first, mentions) ??
          subjectOfSentenceBefore(text, pack, source.first)
        )?.name ??
        null)
      : null;
    const name = long ?? fuller ?? joined(text, pack, inside, named);
    return { kind: speakerKind(text, pack, mentions, named, name), name, resolved: true };
  }
  if (pack.bodyNouns.has(headWord)) {
    const body = bodyFor(text, pack, headWord, source.first, mentions);
    const name = body ? (mentions.acronyms.get(text.word(body.first)) ?? body.name) : written;
    return { kind: 'organization', name, resolved: true };
  }
  if (pack.mediaNouns.has(headWord)) {
    // "die Online-Ausgabe des „Spiegel“", "die Nachrichtensite „Golem“": the outlet named in it.
    const outlet = inside.find((m) => m.kind === 'media');
    return { kind: 'media', name: outlet?.name ?? written, resolved: true };
  }
  if (pack.organizations.has(headWord) || bodyCompoundIn(text, pack, head, source.last))
    return { kind: 'organization', name: written, resolved: true };
  // "el conseller de Territorio": a role said with its office is the person the story introduced
  // in that role, else a description of someone unnamed.
  if (pack.roles.has(headWord) && head < source.last && !person) {
    const holder = introducedAs(text, mentions, headWord, at);
    return holder
      ? { kind: 'person', name: holder, resolved: true }
      : { kind: 'unnamed', name: written, resolved: true };
  }
  if ((pack.roles.has(headWord) || pack.titles.has(headWord)) && definite) {
    const gender = genderIn(text, pack, source.first - (fused ? 1 : 0), source.last);
    // The last one met who may hold the role, else the person the story introduced in it
    // ("der Bundestagspräsident", after "Bundestagspräsident Norbert Lammert" and others).
    // "O senador disse que o presidente mentiu. O presidente respondeu": a role the last claims
    // talk about is someone they name, not who made them.
    const talkedAbout = roleInClaims(text, said, headWord, at);
    const speaker =
      (talkedAbout ? null : lastPerson(text, pack, at, mentions, speakers, said, gender)) ??
      introducedAs(text, mentions, headWord, at);
    if (speaker) return { kind: 'person', name: speaker, resolved: true };
  }
  const surname = mentions.people.get(headWord) ?? genitiveOf(pack, mentions, headWord);
  if (surname && head === source.last) return { kind: 'person', name: surname, resolved: true };
  // "Feijóo, por su parte, sostuvo", "sagte Scholz": one capitalised word no list holds.
  const lone = head === source.last && text.isCapitalized(head);
  const kind = lone ? loneNameKind(text, pack, mentions, head) : null;
  if (kind) {
    // "nach Ansicht Russlands": a place in the genitive is named as the place.
    const name = spanText(text, head, head);
    const place = name.endsWith('s') && namesPlace(pack, name.slice(0, -1));
    return { kind, name: place ? name.slice(0, -1) : name, resolved: true };
  }
  return { kind: 'unnamed', name: written, resolved: true };
}

/** Whether the role's word stands in a claim made within reach before `at`. */
function roleInClaims(
  text: PackText,
  said: readonly TokenRange[],
  role: string,
  at: number,
): boolean {
  const sentence = text.sentences.of[at] ?? 0;
  for (const claim of said) {
    if (claim.last >= at || sentence - (text.sentences.of[claim.last] ?? 0) > SPEAKER_REACH)
      continue;
    for (let k = claim.first; k <= claim.last; k++) if (text.word(k) === role) return true;
  }
  return false;
}

/** German "Ibrahims", "Merkels": a person the story named, in the genitive. */
function genitiveOf(pack: Pack, mentions: Mentions, w: string): string | undefined {
  const stem = genitiveStem(pack, w);
  return stem === null ? undefined : mentions.people.get(stem);
}

/**
 * What a name that speaks names: a country or a capital its government ("Estados Unidos"); a lone
 * word read as a body only because no list or description said otherwise, a person ("…, a
 * déclaré Macron", see `loneNameKind`).
 */
function speakerKind(
  text: PackText,
  pack: Pack,
  mentions: Mentions,
  named: Mention,
  name: string,
): SourceKind {
  if (namesPlace(pack, name)) return 'organization';
  if (named.kind !== 'organization' || named.first !== named.last) return named.kind;
  return loneNameKind(text, pack, mentions, named.first) ?? named.kind;
}

/**
 * The first person named inside a source's phrase who is its speaker: not one named after a
 * preposition, who qualifies the phrase's head ("la esposa de Juan Pérez", "un chacarero de Santa
 * Fe", "aliados de Pacheco").
 */
/** The words that make what follows a complement: "de", "of the", "für". */
const LINKS = WordClass.Preposition | WordClass.NameParticle;

function speakerInside(
  text: PackText,
  pack: Pack,
  inside: readonly Mention[],
  head: number,
): Mention | null {
  // "einer Erklärung des Präsidenten Barack Obama": a document's owner in the genitive speaks.
  const document = text.phraseAt(head, pack.documents) > 0;
  for (const m of inside) {
    if (m.kind !== 'person' || (!document && inGenitive(text, pack, head, m.first))) continue;
    // A name in a complement of the head ("le procureur de la République de Paris") is not who
    // speaks; "de", an article too, still links it.
    let k = m.first - 1;
    while (
      k > head &&
      text.isWordOf(k, WordClass.Title | WordClass.Determiner) &&
      !text.isWordOf(k, LINKS)
    )
      k--;
    if (!(k > head && text.isWordOf(k, LINKS))) return m;
  }
  return null;
}

/**
 * German "Der Nachfolger des Airbus-Chefs Christian Streiff": a name in the head's genitive
 * complement, which no comma closes before it ("…, Louis Gallois" is the head's own).
 */
function inGenitive(text: PackText, pack: Pack, head: number, first: number): boolean {
  const genitive = pack.grammar.genitive;
  if (!genitive) return false;
  let found = false;
  for (let k = head + 1; k < first; k++) {
    if (text.is(k, ',')) found = false;
    else if (text.isWordOf(k, WordClass.Determiner) && genitive(text.word(k))) found = true;
  }
  return found;
}

/** A name that can own a document: an organisation's or an outlet's. */
// Between a document's noun and its owner's name: a preposition, an article, a quote mark.
const OWNER_REACH = 3;

const isOwner = (m: Mention): boolean => m.kind === 'organization' || m.kind === 'media';

/** The first name, not a person's, at a phrase's head or right after it. */
function nameAtHead(inside: readonly Mention[], head: number): Mention | undefined {
  for (const m of inside) if (m.kind !== 'person' && m.first <= head + 1) return m;
  return undefined;
}

// A document's name runs a few words past its noun: "projet de loi sur le renseignement".
const DOCUMENT_NAME_WORDS = 5;

/**
 * "le projet de loi" → "Le projet de loi sur le renseignement": the fullest way the text names a
 * document, with its article when that is definite; null when the text names it no more fully.
 */
function fullestDocument(text: PackText, pack: Pack, head: number, length: number): string | null {
  const words: string[] = [];
  for (let k = 0; k < length; k++) words.push(text.word(head + k));
  // The first full mention names it, as a reader first learns it (in a headline, a lede): only a
  // word with the hash of the noun's first word can start one.
  const firstHash = text.hash(head);
  for (let j = 0; j < text.count; j++) {
    if (text.hash(j) !== firstHash || !text.matches(j, words)) continue;
    let last = j + length - 1;
    // "un rapport | selon lequel …": a relative "according to which" is no part of the name.
    const next = last + 1;
    if (!pack.prepositions.has(text.word(next)) || text.phraseAt(next, pack.relativeAccordings) > 0)
      continue;
    const limit = j + length + DOCUMENT_NAME_WORDS;
    while (last + 1 < limit && text.isWord(last + 1) && !isVerbAt(text, pack, last + 1)) last++;
    if (pack.prepositions.has(text.word(last)) || pack.determiners.has(text.word(last))) continue;
    const article = text.word(j - 1);
    const first = pack.determiners.has(article) && !pack.indefinites.has(article) ? j - 1 : j;
    return spanText(text, first, last);
  }
  return null;
}

/** "Enquête et The Fifth Estate": names joined by "and" are named together. */
function joined(text: PackText, pack: Pack, inside: readonly Mention[], first: Mention): string {
  let last = first;
  for (const next of inside) {
    if (next.first <= last.last) continue;
    if (next.first !== last.last + 2 || !pack.conjunctions.has(text.word(last.last + 1))) break;
    last = next;
  }
  return last === first ? first.name : spanText(text, first.first, last.last);
}

// A role introduces a name within a few words: "el ministro de Salud, Pablo Gutiérrez".
const ROLE_REACH = 6;

/** The last person the story introduced in a role: "el ministro de Salud, Pablo Gutiérrez". */
function introducedAs(text: PackText, mentions: Mentions, role: string, at: number): string | null {
  // From the last mention back, so that a long story is not read again for each source.
  for (let index = lastMentionBefore(mentions, at); index >= 0; index--) {
    const m = mentions.list[index] as Mention;
    if (m.kind !== 'person') continue;
    const floor = Math.max(text.sentenceFirst(m.first), m.first - ROLE_REACH);
    // "Bundeskanzler Olaf Scholz", "SPD-Politiker Olaf Scholz": a compound of the role too.
    for (let k = m.first - 1; k >= floor; k--) {
      if (text.word(k).endsWith(role)) return fullest(text, mentions, m);
    }
  }
  return null;
}

/** A pronoun's person: the last speaker, else the last person named. */
function standIn(
  text: PackText,
  pack: Pack,
  pronoun: string,
  at: number,
  mentions: Mentions,
  speakers: readonly Speaker[],
  said: readonly TokenRange[],
  written: string,
): PackNaming {
  const standsFor = pack.sourcePronouns.get(pronoun);
  if (standsFor === 'p') return { kind: 'unnamed', name: written, resolved: false };
  const speaker = lastPerson(text, pack, at, mentions, speakers, said, standsFor ?? null);
  return speaker
    ? { kind: 'person', name: speaker, resolved: true }
    : { kind: 'person', name: written, resolved: false };
}

/**
 * The person a pronoun or a role stands for: the last speaker, or a person named as a subject
 * since; of the pronoun's gender, where it has one and theirs is known ("er" is not the "Angela
 * Merkel" named last, but the "Köhler" before her).
 */
function lastPerson(
  text: PackText,
  pack: Pack,
  at: number,
  mentions: Mentions,
  speakers: readonly Speaker[],
  said: readonly TokenRange[],
  gender: Gender | null = null,
): string | null {
  const sentence = text.sentences.of[at] ?? 0;
  const speaker = lastSpeaker(speakers, sentence, gender);
  const mention = lastSubject(text, pack, mentions, at, said, gender);
  if (
    speaker &&
    sentence - speaker.sentence <= SPEAKER_REACH &&
    (!mention || mention.first <= speaker.at)
  ) {
    return speaker.name;
  }
  if (mention && sentence - (text.sentences.of[mention.first] ?? 0) <= SPEAKER_REACH) {
    return fullest(text, mentions, mention);
  }
  return speaker && sentence - speaker.sentence <= SPEAKER_REACH ? speaker.name : null;
}

/** The last speaker within reach who may be of the gender: a speaker whose gender is unknown may. */
function lastSpeaker(
  speakers: readonly Speaker[],
  sentence: number,
  gender: Gender | null,
): Speaker | undefined {
  if (!gender) return speakers[speakers.length - 1];
  for (let k = speakers.length - 1; k >= 0; k--) {
    const speaker = speakers[k] as Speaker;
    if (sentence - speaker.sentence > SPEAKER_REACH) break;
    if (speaker.gender !== (gender === 'm' ? 'f' : 'm')) return speaker;
  }
  return undefined;
}

/** The last token of a phrase that is no quote mark: "informe de carácter secreto”". */
function lastWord(text: PackText, last: number): number {
  let end = last;
  while (end > 0 && text.isQuoteMark(end)) end--;
  return end;
}

/** The last source of a kind named before whose name holds the word: "fuentes de Montecon". */
function namedBefore(earlier: readonly Named[], kind: SourceKind, word: string): string | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const source = earlier[k];
    if (source?.kind === kind && source.name.toLowerCase().split(/\s+/).includes(word)) {
      return source.name;
    }
  }
  return null;
}

/**
 * The body a noun like "la compañía" stands for: the last one named before whose name holds no
 * other body's noun ("Montecon", not "Ministerio de Transporte"), and that is evidently a body —
 * named again, introduced as one ("la empresa Montecon") or named with an organisation's word
 * ("la Bolsa de Comercio"), not "su planta de Salto"; with none before, the one the story names
 * with that noun, as a headline names it before the story does.
 */
/** The last body named before `at` by its noun and a name after it: "Staatsanwaltschaft Köln". */
function fullerBodyName(
  text: PackText,
  mentions: Mentions,
  noun: string,
  at: number,
): string | null {
  for (let index = lastMentionBefore(mentions, at); index >= 0; index--) {
    const m = mentions.list[index] as Mention;
    const named = m.last > m.first && text.isCapitalized(m.first + 1);
    if (m.kind === 'organization' && named && text.word(m.first) === noun) return m.name;
  }
  return null;
}

function bodyFor(
  text: PackText,
  pack: Pack,
  noun: string,
  at: number,
  mentions: Mentions,
): Mention | null {
  // `at` is where the noun's phrase starts: a name inside it ("Empresa") is no body named before.
  // The last of each sort before `at`, read from the last mention back: the first one met of each.
  let any: Mention | null = null;
  let plain: Mention | null = null;
  let known: Mention | null = null;
  // Where nouns compound, "das Gericht" is the "Bundesverwaltungsgericht" named before, and no
  // "Bundesregierung", whose own noun is another body's.
  const compounds = pack.grammar.compounds === true;
  let othersOnly = true;
  for (let index = lastMentionBefore(mentions, at); index >= 0 && !known; index--) {
    const m = mentions.list[index] as Mention;
    if (m.kind !== 'organization') continue;
    if (kinOf(text, pack, noun, m)) return m;
    any ??= m;
    let other = false;
    let body = describedAsBody(text, pack, m.first) || timesMentioned(mentions, m.name) > 1;
    for (let k = m.first; k <= m.last; k++) {
      const w = text.word(k);
      if (
        w !== noun &&
        (pack.bodyNouns.has(w) || (compounds && compoundOf(pack.bodyNounsByEnding, w)))
      )
        other = true;
      if (pack.organizations.has(w)) body = true;
    }
    if (other) continue;
    othersOnly = false;
    plain ??= m;
    if (body) known = m;
  }
  const before = known ?? plain ?? (compounds && othersOnly ? null : any);
  if (before) return before;
  return (
    mentions.list.find(
      (m) => m.first > at && m.kind === 'organization' && text.word(m.first - 1) === noun,
    ) ?? subjectOfSentenceBefore(text, pack, at)
  );
}

/**
 * Where nouns compound, whether the body named by mention m is one a body's noun takes up for
 * sure: a compound of it ("Bundesverwaltungsgericht" for "das Gericht"), or a body of its sort
 * ("Deutsche Bahn" for "der Konzern", "Staatsanwaltschaft Köln" for "die Behörde").
 */
function kinOf(text: PackText, pack: Pack, noun: string, m: Mention): boolean {
  if (!pack.grammar.compounds) return false;
  const sort = pack.bodySorts.get(noun);
  for (let k = m.first; k <= m.last; k++) {
    const w = text.word(k);
    if (w !== noun && w.endsWith(noun)) return true;
    if (sort?.some((kin) => w.endsWith(kin))) return true;
  }
  return false;
}

/** The last body named before `at` that a body's noun takes up for sure (see `kinOf`). */
function kinBefore(
  text: PackText,
  pack: Pack,
  noun: string,
  at: number,
  mentions: Mentions,
): Mention | null {
  for (let index = lastMentionBefore(mentions, at); index >= 0; index--) {
    const m = mentions.list[index] as Mention;
    if (m.kind === 'organization' && kinOf(text, pack, noun, m)) return m;
  }
  return null;
}

/**
 * "Renault a annoncé des suppressions. Le constructeur a précisé …": the body's noun takes up the
 * name the sentence before opened on, as its subject, with no article (a word any sentence may
 * open on reads as no name of its own until the text names it so elsewhere).
 */
function subjectOfSentenceBefore(text: PackText, pack: Pack, at: number): Mention | null {
  const opening = text.sentenceFirst(at);
  if (opening === 0) return null;
  const k = text.sentenceFirst(opening - 1);
  const w = text.word(k);
  if (!text.isCapitalized(k) || !text.isWordOf(k + 1, VERB) || text.isWordOf(k, NOT_A_NAME))
    return null;
  if (pack.commonWords.has(text.hash(k)) || pack.bodyNouns.has(w)) return null;
  // Any word may open a sentence ("Ayer", "Tatsächlich"): a name is listed, or named elsewhere.
  if (!text.isWordOf(k, WordClass.Organization) && !namedElsewhere(text, k)) return null;
  // Where every noun is capitalised, a plain noun may be written so too ("Experten haben …").
  const mayBeName = pack.grammar.mayBeName;
  if (pack.grammar.capitalizedNouns && !mayBeName?.(w, text.word(k + 1))) return null;
  return { first: k, last: k, name: spanText(text, k, k), kind: 'organization' };
}

// Words that open a sentence and name nothing: "Er", "Le", "Según", "Die".
const NOT_A_NAME =
  WordClass.Determiner |
  WordClass.SubjectPronoun |
  WordClass.Preposition |
  WordClass.Conjunction |
  WordClass.Title |
  WordClass.Role |
  WordClass.Anonymity;

/** "la empresa Montecon", "la firma belga Katoen Natie": a name a body's noun introduces. */
function describedAsBody(text: PackText, pack: Pack, first: number): boolean {
  const w = text.word(first - 1);
  return (
    pack.bodyNouns.has(w) ||
    (!text.isCapitalized(first - 1) && pack.bodyNouns.has(text.word(first - 2)))
  );
}

/**
 * The last person named who could be the one speaking now: one named where a clause opens (at
 * the start of a sentence, after a comma or a "que", past an article and a title), not one quoted
 * or reported in someone's words nor one in a clause's object ("concedida ao deputado Silveira").
 */
function lastSubject(
  text: PackText,
  pack: Pack,
  mentions: Mentions,
  at: number,
  said: readonly TokenRange[],
  gender: Gender | null,
): Mention | null {
  // From the last mention back: the first that qualifies is the last one named, within reach.
  const reach = (text.sentences.of[at] ?? 0) - SPEAKER_REACH;
  for (let index = lastMentionBefore(mentions, at); index >= 0; index--) {
    const m = mentions.list[index] as Mention;
    if ((text.sentences.of[m.first] ?? 0) < reach) break;
    if (m.kind !== 'person' || text.quoteOf(m.first) >= 0) continue;
    if (said.some((claim) => m.first >= claim.first && m.last <= claim.last)) continue;
    if (!opensClause(text, pack, m.first)) continue;
    if (!gender || genderOf(text, pack, mentions, m) !== (gender === 'm' ? 'f' : 'm')) return m;
  }
  return null;
}

/**
 * Whether a man or a woman is named: by the words that describe them before the name ("Frau
 * Merkel", "la ministre Rachida Dati", "die Grünen-Chefin Ricarda Lang"), else by the given name
 * of their fullest name; null when neither tells.
 */
function genderOf(text: PackText, pack: Pack, mentions: Mentions, m: Mention): Gender | null {
  let k = m.first - 1;
  // "M. Macron", "Sra. López": past an abbreviated title's period.
  const abbreviated = (j: number) => text.is(j, '.') && text.isWordOf(j - 1, WordClass.Title);
  while (
    k >= 0 &&
    (text.isWordOf(k, DESCRIBES) || roleCompoundAt(text, pack, k) || abbreviated(k))
  ) {
    const said = pack.genderWords.get(hyphenedHead(text, k) ?? text.word(k));
    if (said) return said;
    k--;
  }
  return givenNameGender(pack, fullest(text, mentions, m));
}

/** A given name's gender: "Angela Merkel" → "f". */
function givenNameGender(pack: Pack, name: string): Gender | null {
  const space = name.indexOf(' ');
  return space > 0 ? (pack.nameGenders.get(name.slice(0, space).toLowerCase()) ?? null) : null;
}

/** The first word of a phrase that tells a gender: "la ministra de Economía", "die Kanzlerin". */
function genderIn(text: PackText, pack: Pack, first: number, last: number): Gender | null {
  for (let k = first; k <= last; k++) {
    const said = pack.genderWords.get(hyphenedHead(text, k) ?? text.word(k));
    if (said) return said;
  }
  return null;
}

/**
 * A speaker's gender, as their source gives it ("elle", "die Ministerin") or their name does
 * ("Angela Merkel").
 */
export function speakerGender(
  text: PackText,
  pack: Pack,
  source: PackSource,
  name: string,
): Gender | null {
  const pronoun = source.pronoun
    ? text.text.slice(source.pronoun.start, source.pronoun.end).toLowerCase()
    : source.first === source.last
      ? text.word(source.first)
      : null;
  const standsFor = pronoun === null ? undefined : pack.sourcePronouns.get(pronoun);
  if (standsFor === 'm' || standsFor === 'f') return standsFor;
  return (
    (source.first >= 0 ? genderIn(text, pack, source.first, source.last) : null) ??
    givenNameGender(pack, name)
  );
}

const DESCRIBES = WordClass.Determiner | WordClass.Title | WordClass.Role;

/** "Grünen-Chefin", "Verdi-Chef": a compound whose last part is a title or a role. */
function roleCompoundAt(text: PackText, pack: Pack, k: number): boolean {
  const head = hyphenedHead(text, k);
  return head !== null && (pack.titles.has(head) || pack.roles.has(head));
}

function opensClause(text: PackText, pack: Pack, first: number): boolean {
  let k = first - 1;
  // Past "le juge en chef", "o deputado federal": a title's own preposition is part of it.
  // ("Die Grünen-Chefin Ricarda Lang": a compound of a role describes too.)
  while (
    k >= 0 &&
    (text.isWordOf(k, DESCRIBES) ||
      roleCompoundAt(text, pack, k) ||
      (text.isWordOf(k, WordClass.Preposition) &&
        text.isWordOf(k - 1, DESCRIBES) &&
        text.isWordOf(k + 1, DESCRIBES)))
  ) {
    k--;
  }
  if (k < 0 || k < text.sentenceFirst(first)) return true;
  const w = text.word(k);
  // ", mas Martins declinou" opens a clause; "entre Pacheco e Fux" does not.
  if (pack.conjunctions.has(w)) return isBoundary(text, k - 1);
  return isBoundary(text, k) || pack.complementizers.has(w) || pack.relatives.has(w);
}

/**
 * "Bocock" → "Randall Bocock": the fullest name the text gives the person. A full name of its
 * own is someone else's when a word of it is not in the fullest: "Georg Ratzinger" is not
 * "Joseph Ratzinger", his brother.
 */
function fullest(text: PackText, mentions: Mentions, mention: Mention): string {
  const full = mentions.people.get(text.word(mention.last));
  if (!full) return mention.name;
  if (mention.first === mention.last) return full;
  const words = full.split(' ');
  return mention.name.split(' ').every((w) => words.includes(w)) ? full : mention.name;
}

const GENITIVE_ENDINGS = ['es', 's'];

/**
 * Where nouns compound (German), whether a capitalised word of the phrase is a body's compound:
 * "des Statistischen Bundesamtes", "das Wirtschaftsministerium", in any case ending.
 */
function bodyCompoundIn(text: PackText, pack: Pack, first: number, last: number): boolean {
  if (!pack.grammar.compounds) return false;
  for (let k = first; k <= last; k++) {
    if (!text.isCapitalized(k)) continue;
    const w = text.word(k);
    const bases = [
      w,
      ...GENITIVE_ENDINGS.filter((e) => w.endsWith(e)).map((e) => w.slice(0, -e.length)),
    ];
    for (const base of bases) {
      if (pack.organizations.has(base)) return true;
      if (compoundOf(pack.organizationsByEnding, base)) return true;
    }
  }
  return false;
}
