/**
 * Where a cue's source is written: before a verb ("Le gouvernement a déclaré"), after a speech tag
 * ("..., dijo el ministro", "sagte der Minister"), after "selon" or before "zufolge" — or nowhere,
 * when the language leaves its subject out ("Dijo que ...").
 */
import { type Pack, VerbUse } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import { coordinatedSubject, lastConjunct } from './coordinated';
import { type PackCue, PackCueKind } from './cue';
import { namedElsewhere } from './lone-names';
import type { PackText } from './pack-text';
import {
  adjectiveBeforeNoun,
  audienceAt,
  closesInitial,
  documentSettingAt,
  followsClaim,
  fusedOutletAt,
  isBoundary,
  isVerbAt,
  lowerCaseOutletAt,
  mediumEnd,
  namesSomeone,
  opensNounPhrase,
  pastReportsFrom,
  pastSetting,
  pastWhen,
  phraseWithGapsAt,
  quotedNameAt,
  refersBack,
  selfWordIn,
  toldAt,
  whenAt,
} from './words';

export interface PackSource {
  /** The source's tokens (inclusive), or null when none is written. */
  first: number;
  last: number;
  /** The subject pronoun inside the cue's word ("dit-il"), as characters. */
  pronoun: { start: number; end: number } | null;
  /** The speech tag follows what was said: "« ... », a-t-il dit", "..., dijo el ministro". */
  tagAfterClaim: boolean;
  /** The language left the subject out: the speaker is the one last named. */
  dropped: boolean;
  /**
   * What stands before a verb whose subject follows it, when that is a lone demonstrative: "Das
   * sagt die Politik" reports what was said before; -1 otherwise.
   */
  fronted: number;
  /**
   * The clause's subject when the phrase is that subject citing itself ("Der Konzern beschäftigt
   * nach eigenen Angaben ..."): the speaker, though the words cited are the phrase's; null otherwise.
   */
  self: { first: number; last: number } | null;
}

// A source noun phrase is rarely longer: "le directeur général du Conseil canadien de la magistrature".
const LONGEST_SOURCE = 14;
// An aside between a subject and its verb is rarely longer: "en un giro que sorprendió a todos".
const LONGEST_ASIDE = 16;

const none = (tagAfterClaim = false, dropped = false): PackSource => ({
  first: -1,
  last: -1,
  pronoun: null,
  tagAfterClaim,
  dropped,
  fronted: -1,
  self: null,
});

export function findSource(text: PackText, pack: Pack, cue: PackCue): PackSource {
  const source = sourceOf(text, pack, cue);
  const according = cue.kind === PackCueKind.According || cue.kind === PackCueKind.AccordingAfter;
  // "eigenen Angaben", "sus propias cifras": a phrase whose speaker is its clause's subject.
  const citesItself = source.first >= 0 && selfWordIn(text, pack, source.first, source.last - 1);
  if (!according || !citesItself) return source;
  return { ...source, self: subjectAround(text, pack, cue, source) };
}

function sourceOf(text: PackText, pack: Pack, cue: PackCue): PackSource {
  switch (cue.kind) {
    case PackCueKind.Hedge:
      return none();
    case PackCueKind.Impersonal:
      return learnedFrom(text, pack, cue, reportedFrom(text, pack, cue));
    case PackCueKind.According:
      // "Demnach": the word is its own source, as a pronoun is.
      if (cue.sourceBefore) return { ...none(), first: cue.first, last: cue.last };
      if (cue.relative) {
        const comma = text.is(cue.first - 1, ',') ? cue.first - 1 : cue.first;
        return antecedent(text, pack, comma);
      }
      if (cue.ownSource >= 0) return { ...none(), first: cue.last + 1, last: cue.ownSource };
      // "según informó la Guardia Civil | en un comunicado": after a verb, the verb's subject.
      return after(
        text,
        pack,
        pastReportsFrom(text, pack, pastWhen(text, pack, cue.last)),
        text.isWordOf(cue.last, WordClass.Verb),
      );
    case PackCueKind.Viewpoint:
      return after(text, pack, cue.last + 1, false);
    case PackCueKind.AccordingAfter:
      return bareNounBefore(text, pack, cue.first - 1) ?? before(text, pack, cue.first - 1);
    default:
      return learnedFrom(text, pack, cue, verbSource(text, pack, cue));
  }
}

/**
 * Whence a verb of learning's subject, or an impersonal tag, learned what it reports, when the tag
 * says so: "..., a appris l'AFP | auprès du parquet", "..., a-t-on appris | de source policière".
 * Who says so is where it was learned, not who learned it; else the subject is.
 */
function learnedFrom(text: PackText, pack: Pack, cue: PackCue, subject: PackSource): PackSource {
  const learning =
    cue.kind === PackCueKind.Impersonal || (cue.lemma !== null && pack.tagOnly.has(cue.lemma));
  if (!learning || !followsClaim(text, cue.first)) return subject;
  // ("a-t-on appris | lundi | de source judiciaire": when it was learned stands between.)
  const tagEnd = (subject.pronoun || subject.first < 0 ? cue.last : subject.last) + 1;
  const next = tagEnd + whenAt(text, pack, tagEnd);
  const opening = text.phraseAt(next, pack.learnedFrom);
  if (opening === 0) return subject;
  // "de source policière": the phrase's own noun of anonymity opens the source.
  const last = next + opening - 1;
  const first = pack.anonymity.has(text.word(last)) ? last : last + 1;
  const whence = after(text, pack, first, true);
  return whence.first >= 0 ? whence : subject;
}

function verbSource(text: PackText, pack: Pack, cue: PackCue): PackSource {
  const tagAfterClaim = followsClaim(text, cue.first);
  if (cue.pronoun) return { ...none(tagAfterClaim), pronoun: cue.pronoun };
  if (cue.agent) return after(text, pack, cue.last + 1, false);
  if (cue.gerund) return none();
  if (tagAfterClaim) {
    // "el gerente, Martín González, dijo que", "Los productores, por su parte, reclamaron": the
    // comma closes the subject or an aside after it, not a claim.
    const subject = subjectBeforeComma(text, pack, cue.first - 1);
    if (subject.first >= 0) return subject;
    // "..., indicaron desde el Ministerio de Economía": a subjectless tag names where it came from.
    const from = reportedFrom(text, pack, cue);
    if (from.first >= 0) return from;
    const found = after(text, pack, cue.last + 1, true, cue.particle);
    if (found.first >= 0) return found;
    // "Pouria Amirshahi, député socialiste ..., a annoncé que": the subject opens the sentence.
    const opening = sentenceSubject(text, pack, cue.first);
    if (opening.first >= 0) return opening;
    // German "Er bestätigte den Bericht, betonte aber, dass …": a tag's subject follows its verb;
    // a verb after a comma with none, its claim after it, goes on with its clause's subject.
    if (pack.grammar.verbSecond && claimAfterParticle(text, pack, cue)) {
      const opening = text.sentenceFirst(cue.first);
      const named = text.isWordOf(opening, OPENS_SUBJECT) || text.isUpper(opening);
      const subject = named ? after(text, pack, opening, false) : none();
      return subject.first >= 0 && subject.last < cue.first ? subject : none(false, true);
    }
    // "O senador Lasier Martins (Podemos-RS), líder ..., acha que": a verb followed by its claim
    // after a comma is no tag: its subject stands before.
    if (!claimFollows(text, pack, cue.last)) return pack.grammar.proDrop ? none(true, true) : found;
    const aside = inserted(text, pack, cue.first - 1);
    if (aside.first >= 0) return aside;
    return pack.grammar.proDrop ? none(false, true) : found;
  }
  const whence = cue.lemma !== null && pack.whenceVerbs.has(cue.lemma);
  if (cue.asClause >= 0 && pack.grammar.verbSecond) {
    // "wie die Polizei am Abend mitteilte": the subject right after "wie", the verb last;
    // "wie aus einem Bericht hervorgeht": whence it comes.
    const subject = whence
      ? whenceAt(text, pack, cue.asClause + 1, false)
      : after(text, pack, cue.asClause + 1, false);
    return subject.first >= 0 && subject.last < cue.first ? subject : none();
  }
  // The subject stands by a participle's auxiliary: "Die Ministerin hat am Montag ... gesagt".
  const verb = cue.auxiliary >= 0 && cue.auxiliary < cue.first ? cue.auxiliary : cue.first;
  let j = verb - 1;
  while (j >= 0 && (pack.clitics.has(text.word(j)) || pack.auxiliaries.has(text.word(j)))) j--;
  // "comme l'a souligné l'Arcep": the source follows the verb.
  if (pack.asWords.has(text.word(j)))
    return { ...after(text, pack, cue.last + 1, true), tagAfterClaim: false };
  // "Así lo explicó el ministro": the source follows the verb, the claim is the sentence before.
  if (refersBack(text, pack, verb)) {
    const subject = whence
      ? whenceAt(text, pack, cue.last + 1, true, cue.particle)
      : after(text, pack, cue.last + 1, true, cue.particle);
    return { ...subject, tagAfterClaim: false, fronted: text.sentenceFirst(j) };
  }
  // "dialogó con el gremio pero puntualizó que", "O senador reiterou ... e ponderou": a verb
  // joined to the one before shares its subject.
  if (j >= 0 && pack.conjunctions.has(text.word(j)) && !pack.clitics.has(text.word(j))) {
    return { ...none(false, true), ...coordinatedSubject(text, pack, j) };
  }
  // "Según informaron desde la Casa Rosada": after "según" the verb's subject is not before it.
  const found = followsAccording(text, pack, j)
    ? none()
    : lastConjunct(text, pack, before(text, pack, j), verb);
  const subjectAfter = verb === cue.first ? cue.last + 1 : verb + 1;
  // "Offiziell sagte er": in verb-second order, a pronoun right after the verb is its subject.
  const fronted =
    pack.grammar.verbSecond &&
    (topicalized(text, pack, found) ||
      text.isWordOf(subjectAfter, WordClass.SubjectPronoun) ||
      adverbOpens(text, pack, found, subjectAfter) ||
      objectOpens(text, pack, found, subjectAfter));
  if (found.first >= 0 && !fronted) return found;
  // German "Am Montag sagte der Minister": the subject stands after the verb.
  const inverted = pack.grammar.verbSecond
    ? after(text, pack, subjectAfter, false, cue.particle)
    : none();
  // "Desde el Gobierno aseguraron que ...": a subjectless report names where it came from; "Aus
  // diesem Grund sagte der Minister" has its subject.
  const from = found.first < 0 && inverted.first < 0 ? reportedFrom(text, pack, cue) : none();
  if (from.first >= 0) return from;
  if (inverted.first >= 0) {
    const lone =
      found.first >= 0 &&
      found.first === found.last &&
      pack.determiners.has(text.word(found.first));
    return { ...inverted, fronted: lone ? found.first : -1 };
  }
  return pack.grammar.proDrop ? none(false, true) : found;
}

/**
 * Where every noun is capitalised, whether the plain word at k stands outside the noun phrase
 * after it: a word with no ending of an adjective before a noun is the clause's ("Der Konzern will
 * | einem Bericht zufolge"); "die neue Ministerin", "der gestern vorgestellten Studie" go on.
 */
function plainWordOutsidePhrase(text: PackText, pack: Pack, k: number): boolean {
  const mayQualifyNoun = pack.grammar.mayQualifyNoun;
  if (!mayQualifyNoun || !text.isWord(k) || text.isCapitalized(k)) return false;
  if (text.isWordOf(k, WordClass.Determiner | WordClass.Preposition | WordClass.NameParticle))
    return false;
  return !mayQualifyNoun(text.word(k));
}

/**
 * "Der Konzern will Berichten zufolge": where every noun is capitalised, a noun with no article
 * before "zufolge" is the phrase alone; the plain word before it belongs to the clause.
 */
function bareNounBefore(text: PackText, pack: Pack, last: number): PackSource | null {
  if (!pack.grammar.capitalizedNouns || !text.isCapitalized(last)) return null;
  const before = last - 1;
  // "hat eigenen Angaben zufolge": the subject's own statements.
  if (pack.selfWords.has(text.word(before))) return { ...none(), first: before, last };
  if (before < text.sentenceFirst(last) || !text.isWord(before))
    return { ...none(), first: last, last };
  const plain = !text.isCapitalized(before) && !text.isWordOf(before, WordClass.Determiner);
  return plain && !text.isWordOf(before, WordClass.Preposition)
    ? { ...none(), first: last, last }
    : null;
}

/** Whether the word at j ends an "according to" phrase that the verb after it continues: "según dijeron". */
function followsAccording(text: PackText, pack: Pack, j: number): boolean {
  return (
    text.isWordOf(j, WordClass.AccordingStart) &&
    phraseWithGapsAt(text, pack, j, pack.according) === 1
  );
}

/**
 * The body a subjectless report came from: right after its cue ("indicaron desde el Ministerio",
 * "hieß es aus dem Finanzministerium") or opening its clause ("Desde el Gobierno aseguraron",
 * "Aus Regierungskreisen hieß es").
 */
function reportedFrom(text: PackText, pack: Pack, cue: PackCue): PackSource {
  const next = Math.max(cue.last, cue.particle) + 1;
  // "…, hieß es in einer Mitteilung des Ministeriums": the document a tag names after it.
  if (cue.kind === PackCueKind.Impersonal && followsClaim(text, cue.first)) {
    const document = writtenIn(text, pack, next, text.sentenceEnd(next));
    if (document.first >= 0) return { ...document, tagAfterClaim: true };
  }
  // ("a déclaré dans un communiqué le porte-parole": a document is where, not whence.)
  const following = documentSettingAt(text, next) > 0 ? 0 : text.phraseAt(next, pack.reportsFrom);
  if (following > 0 && namesSomeone(text, pack, next + following)) {
    const found = after(text, pack, next + following, true);
    if (found.first >= 0) return found;
  }
  let opening = cue.first - 1;
  while (opening >= 0 && !isBoundary(text, opening)) opening--;
  opening++;
  if (cue.kind === PackCueKind.Impersonal) {
    const document = writtenIn(text, pack, opening, cue.first);
    if (document.first >= 0) return document;
  }
  const leading = text.phraseAt(opening, pack.reportsFrom);
  if (leading === 0 || opening + leading >= cue.first) return none();
  const reported = namesSomeone(text, pack, opening + leading)
    ? after(text, pack, opening + leading, false)
    : none();
  // "Desde el Ministerio | se aclaró que": the phrase read on into the clitic that opens its cue.
  const found =
    reported.first >= 0 && reported.first < cue.first && reported.last >= cue.first
      ? { ...reported, last: cue.first - 1 }
      : reported;
  if (found.first < 0 || found.last >= cue.first) return none();
  for (let k = found.last + 1; k < cue.first; k++) {
    if (!pack.clitics.has(text.word(k)) && !pack.auxiliaries.has(text.word(k))) return none();
  }
  return found;
}

/** The phrase a word of whence at `at` brings ("aus | einem Bericht des Konzerns"), or none. */
function whenceAt(text: PackText, pack: Pack, at: number, tag: boolean, particle = -1): PackSource {
  const from = text.phraseAt(at, pack.reportsFrom);
  return from > 0 ? after(text, pack, at + from, tag, particle) : none(tag);
}

/**
 * "In dem Bericht heißt es": the document a subjectless report is written in, its phrase opening
 * at `opening` and ending before `end` (the cue, or the sentence's end after it).
 */
function writtenIn(text: PackText, pack: Pack, opening: number, end: number): PackSource {
  if (!pack.writtenIn.has(text.word(opening))) return none();
  const noun = text.isWordOf(opening + 1, WordClass.Determiner) ? opening + 2 : opening + 1;
  if (!text.isWordOf(noun, WordClass.DocumentStart)) return none();
  const found = after(text, pack, opening + 1, false);
  // "En el informe | se afirma que": the phrase ends where the cue starts.
  return found.first >= 0 ? { ...found, last: Math.min(found.last, end - 1) } : none();
}

/**
 * The noun phrase before the comma a relative "according to which" follows: "Berichte, wonach",
 * "verwies auf Studien der Charité, denen zufolge" (past the preposition it stands after).
 */
function antecedent(text: PackText, pack: Pack, comma: number): PackSource {
  const mayQualifyNoun = pack.grammar.mayQualifyNoun;
  // "publicó un informe según el cual": the innermost phrase, past the clause it stands in.
  if (!pack.grammar.capitalizedNouns || !mayQualifyNoun)
    return innermost(text, pack, before(text, pack, comma - 1));
  // Where every noun is capitalised, a noun phrase ends on a noun or a name's closing quote mark,
  // and its lower-case words are articles and adjectives.
  const end = comma - 1;
  if (!text.isQuoteMark(end) && !(text.isWord(end) && text.isCapitalized(end))) return none();
  const floor = Math.max(text.sentenceFirst(comma), comma - LONGEST_SOURCE);
  let first = comma;
  while (first > floor && (text.isWord(first - 1) || text.isQuoteMark(first - 1))) {
    const k = first - 1;
    const inPhrase =
      text.isCapitalized(k) ||
      text.isQuoteMark(k) ||
      text.isWordOf(k, WordClass.Determiner) ||
      mayQualifyNoun(text.word(k));
    if (!inPhrase || text.isWordOf(k, WordClass.Preposition | WordClass.Verb)) break;
    first = k;
  }
  return first < comma && opensNounPhrase(text, pack, first)
    ? { ...none(), first, last: comma - 1 }
    : none();
}

/**
 * The subject of the clause an "according to" phrase stands in: the noun phrase the sentence
 * opens on, or when the phrase opens it, the one after it ("Nach eigenen Angaben ermittelt | die
 * Staatsanwaltschaft", "Según sus propias cifras, | la empresa ganó"). Null when there is none.
 */
function subjectAround(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  source: PackSource,
): PackSource['self'] {
  const phraseFirst = Math.min(cue.first, source.first);
  const phraseLast = Math.max(cue.last, source.last);
  const sentenceFirst = text.sentenceFirst(phraseFirst);
  if (phraseFirst > sentenceFirst) {
    // "Weltweit beschäftigt der Konzern nach eigenen Angaben": after its verb, right before it.
    const inverted = before(text, pack, phraseFirst - 1);
    if (inverted.first > sentenceFirst && text.isWordOf(inverted.first, WordClass.Determiner))
      return { first: inverted.first, last: inverted.last };
    const opening = after(text, pack, sentenceFirst, false);
    if (opening.first < 0 || opening.last >= phraseFirst) return null;
    return { first: opening.first, last: opening.last };
  }
  let from = phraseLast + 1;
  if (text.is(from, ',')) from++;
  // In verb-second order the verb stands between the phrase and the subject.
  else if (pack.grammar.verbSecond) from++;
  const { first, last } = after(text, pack, from, false);
  if (first < 0) return null;
  return { first, last: subjectEnd(text, pack, first, last) };
}

/**
 * Where a subject read up to its clause's next mark ends: a pronoun alone ("sie | als Gegenpol"),
 * before the next noun phrase's article ("das Unternehmen | einen Werbepartner"), and where nouns
 * are not capitalised, before its verb, which may be no verb a list holds ("la empresa | ganó").
 */
function subjectEnd(text: PackText, pack: Pack, first: number, last: number): number {
  if (text.isWordOf(first, WordClass.SubjectPronoun)) return first;
  let end = last;
  for (let k = first + 2; k <= end; k++) if (text.isWordOf(k, WordClass.Determiner)) end = k - 1;
  while (end > first + 1 && text.isWordOf(end, WordClass.Preposition)) end--;
  if (!pack.grammar.capitalizedNouns) while (end > first + 1 && !text.isCapitalized(end)) end--;
  return end;
}

// A sentence's opening subject is set off by its comma within a few words: "Pouria Amirshahi, ...".
const OPENING_SUBJECT = 6;

/** The noun phrase a sentence opens on, up to its first comma, when it is one. */
export function sentenceSubject(text: PackText, pack: Pack, at: number): PackSource {
  const first = text.sentenceFirst(at);
  for (let j = first + 1; j < at && j <= first + OPENING_SUBJECT; j++) {
    if (text.is(j, ',')) {
      return opensNounPhrase(text, pack, first) ? { ...none(), first, last: j - 1 } : none();
    }
    if (isBoundary(text, j) || isVerbAt(text, pack, j)) return none();
  }
  return none();
}

// How far after its verb a claim's "que" may stand: "disse à imprensa nesta terça que".
const CLAIM_OPENER_REACH = 6;

// Words a sentence's subject opens on, unlike "Da die Finanzhoheit …, geht man davon aus".
const OPENS_SUBJECT =
  WordClass.Determiner |
  WordClass.SubjectPronoun |
  WordClass.FirstName |
  WordClass.Title |
  WordClass.Role |
  WordClass.Organization;

/** "betonte aber, dass", "räumte ein, es sei": a claim opens right after a separable verb's particle. */
function claimAfterParticle(text: PackText, pack: Pack, cue: PackCue): boolean {
  const last = Math.max(cue.last, cue.particle);
  if (cue.particle < 0 || !text.is(last + 1, ',')) return claimFollows(text, pack, last);
  const next = last + 2;
  return pack.complementizers.has(text.word(next)) || text.isWordOf(next + 1, WordClass.ClauseMark);
}

/** Whether the verb's own clause goes on to a "que", "dass" or a colon before any mark. */
function claimFollows(text: PackText, pack: Pack, last: number): boolean {
  const end = Math.min(text.sentenceEnd(last), last + 1 + CLAIM_OPENER_REACH);
  for (let j = last + 1; j < end; j++) {
    if (pack.complementizers.has(text.word(j)) || text.is(j, ':')) return true;
    if (isBoundary(text, j)) return false;
  }
  return false;
}

/**
 * "O senador Lasier Martins (Podemos-RS), líder do bloco ..., que congrega ..., acha que": the
 * subject is the first stretch between the sentence's commas that is a noun phrase alone.
 */
function inserted(text: PackText, pack: Pack, comma: number): PackSource {
  if (comma < 1 || !text.is(comma, ',')) return none();
  let start = text.sentenceFirst(comma);
  for (let k = start; k < comma; k++) {
    if (!text.is(k, ',')) continue;
    const subject = before(text, pack, k - 1);
    if (subject.first >= 0 && subject.first === start) return subject;
    start = k + 1;
  }
  return none();
}

/**
 * German: a clause that opens on a time, place or adverb puts its subject after the verb ("Am
 * Montag sagte ..."), and so does one that opens on a lone demonstrative ("Das sagt die Politik")
 * or on an article no subject takes ("Der Zeitung sagte er").
 */
function topicalized(text: PackText, pack: Pack, found: PackSource): boolean {
  const w = text.word(found.first);
  if (pack.prepositions.has(w) || !opensNounPhrase(text, pack, found.first)) return true;
  if (insideOpening(text, pack, found.first)) return true;
  // "So erklärte der Minister": a word of the language's grammar opens the clause, no subject.
  const grammarWord = WordClass.AccordingTagStart | WordClass.AsWord | WordClass.Conjunction;
  if (found.first === found.last && text.isWordOf(found.first, grammarWord)) return true;
  // "Anfang Juli berichtete …", "Erst vergangene Woche kündigte … an".
  if (whenAt(text, pack, found.first) > 0) return true;
  if (!pack.determiners.has(w) && whenAt(text, pack, found.first + 1) > 0) return true;
  if (pack.prepositions.has(text.word(found.first - 1))) return true;
  if (pack.determiners.has(w) && pack.grammar.notSubject?.(w, nounOfArticle(text, pack, found))) {
    return true;
  }
  return found.first === found.last && pack.determiners.has(w);
}

/**
 * "Um 10:05 Uhr MEZ meldete", "Unter Berufung auf Quellen gab": a phrase with more than focus
 * words between it and its clause's start or a conjunction ("Auch der Minister sagte", "Sowohl
 * die Behörde als auch das Militär kündigten") is part of what opens the clause, which takes one
 * phrase before its verb. So is a plain noun right after a conjunction: "Als Begründung sagte …".
 */
function insideOpening(text: PackText, pack: Pack, first: number): boolean {
  const floor = text.sentenceFirst(first);
  for (let k = first - 1; k >= floor && !isBoundary(text, k); k--) {
    if (text.isWordOf(k, WordClass.Clitic)) continue;
    if (!text.isWordOf(k, WordClass.Conjunction)) return true;
    const plainNoun =
      k === first - 1 &&
      !text.isWordOf(first, WordClass.Determiner) &&
      !pack.grammar.mayBeName?.(text.word(first), text.word(first + 1));
    return plainNoun;
  }
  return false;
}

// What a word opening a sentence is known to be, which makes it no adverb: "Er", "Merz", "Siemens".
const NO_ADVERB =
  WordClass.SubjectPronoun |
  WordClass.Determiner |
  WordClass.FirstName |
  WordClass.Organization |
  WordClass.BodyNoun |
  WordClass.Role |
  WordClass.Title |
  WordClass.Anonymity |
  WordClass.MediaNoun;

/**
 * German "Offiziell geht die Regierung davon aus", "Sinngemäß hofft Musk": a sentence that opens
 * on one capitalised word, which the text names as nothing elsewhere and no list knows, then its
 * verb and a phrase that may be a subject, opens on an adverb; the subject follows the verb.
 */
function adverbOpens(text: PackText, pack: Pack, found: PackSource, subjectAfter: number): boolean {
  const k = found.first;
  if (k < 0 || k !== found.last || k !== text.sentenceFirst(k)) return false;
  if (text.isWordOf(k, NO_ADVERB) || namedElsewhere(text, k)) return false;
  if (pack.sourcePronouns.has(text.word(k))) return false;
  if (!pack.grammar.mayBeName?.(text.word(k), text.word(k + 1))) return false;
  // "Scholz sagte der Zeitung", "… der „Bild am Sonntag“": whom it was told is no subject.
  if (mediumEnd(text, pack, subjectAfter) >= 0 || text.isQuoteMark(subjectAfter + 1)) return false;
  const article = text.word(subjectAfter);
  if (pack.determiners.has(article)) return !pack.grammar.notSubject?.(article, '');
  return text.isCapitalized(subjectAfter) && text.isWord(subjectAfter);
}

// Nouns of those who speak: what such a noun heads may be a subject.
const SPEAKER_NOUN =
  WordClass.Role |
  WordClass.Title |
  WordClass.Organization |
  WordClass.BodyNoun |
  WordClass.MediaNoun |
  WordClass.Anonymity |
  WordClass.FirstName |
  WordClass.DocumentStart;

/**
 * German "Das Ergebnis gab heute der Sprecher bekannt": an article and a noun of no one who speaks
 * open the clause as its object when the verb is followed, past when it was said, by a person's
 * noun whose article only a subject takes. ("Ein Bezirksgericht hat das Netzwerk Twitter
 * aufgefordert": "das" may be either, and the clause's first phrase stays its subject.)
 */
function objectOpens(text: PackText, pack: Pack, found: PackSource, subjectAfter: number): boolean {
  const onlySubject = pack.grammar.onlySubject;
  if (!onlySubject || found.first < 0 || found.last !== found.first + 1) return false;
  if (!pack.determiners.has(text.word(found.first))) return false;
  if (text.isWordOf(found.last, SPEAKER_NOUN)) return false;
  const article = subjectAfter + whenAt(text, pack, subjectAfter);
  const person = WordClass.Role | WordClass.Title | WordClass.Anonymity;
  return (
    text.isWordOf(article + 1, person) && onlySubject(text.word(article), text.word(article + 1))
  );
}

/** The noun a phrase's article goes with: its last word before another article or a preposition. */
function nounOfArticle(text: PackText, pack: Pack, found: PackSource): string {
  let noun = found.first + 1;
  while (noun < found.last) {
    const next = text.word(noun + 1);
    if (pack.determiners.has(next) || pack.prepositions.has(next)) break;
    noun++;
  }
  return text.word(noun);
}

/** A verb's spelling that is no participle: a participle may qualify a noun ("un comunicado"). */
function isVerb(pack: Pack, w: string): boolean {
  const spelling = pack.verbs.get(w);
  return spelling !== undefined && spelling.use !== VerbUse.Participle;
}

/** The noun phrase that ends at token `last`, read leftwards to a boundary. */
function before(text: PackText, pack: Pack, last: number): PackSource {
  // "Olaf Scholz (SPD) erklärte": a name's bracket belongs to the phrase, which ends with it.
  const named = pastBracket(text, last);
  if (named !== last && text.isCapitalized(named)) {
    const phrase = before(text, pack, named);
    return phrase.first >= 0 ? { ...phrase, last } : phrase;
  }
  const quoted = last >= 0 && text.isQuoteMark(last);
  if (last < 0 || (isBoundary(text, last) && !quoted)) return appositive(text, pack, last);
  const ending = text.word(last);
  if (relativeAt(text, pack, last) || pack.complementizers.has(ending)) {
    return relativeAntecedent(text, pack, last);
  }
  const floor = Math.max(text.sentenceFirst(last), last - LONGEST_SOURCE + 1);
  let first = last;
  while (first > floor) {
    // "un “informe de carácter secreto”": quote marks inside a noun phrase belong to it.
    // "der „Bild“-Zeitung": a quoted word joined to a noun by a hyphen is part of its compound.
    if (text.isQuoteMark(first - 1) || (text.is(first - 1, '-') && text.isQuoteMark(first - 2))) {
      first--;
      continue;
    }
    // "Juan F. Pérez", "Folha de S.Paulo": an initial's period is inside the name.
    if (closesInitial(text, first - 1)) {
      first--;
      continue;
    }
    const w = text.word(first - 1);
    const verb = isVerbAt(text, pack, first - 1) && isVerb(pack, w);
    if (!w || pack.complementizers.has(w) || relativeAt(text, pack, first - 1) || verb) break;
    if (pack.asWords.has(w)) break;
    // ("de São Paulo": a capital before a capital spells a name, no auxiliary.)
    const name = text.isCapitalized(first - 1) && text.isCapitalized(first);
    if ((pack.auxiliaries.has(w) && !name) || pack.hedges.has(w)) break;
    if (plainWordOutsidePhrase(text, pack, first - 1)) break;
    first--;
  }
  // "O senador Lasier Martins (Podemos-RS), líder do bloco Juntos pelo Brasil, que ..., acha": a
  // bare role after a comma describes the phrase before the comma, and that phrase is the subject.
  if (pack.roles.has(text.word(first)) && text.is(first - 1, ',')) {
    const described = before(text, pack, pastBracket(text, first - 2));
    if (described.first >= 0) return described;
  }
  // "..., que en un comunicado lamentaron": a phrase opening on a preposition is no subject; the
  // subject stands before it.
  // "Mesmo aliados de Pacheco admitem": a focus word before a subject is no part of it.
  while (
    first < last &&
    pack.clitics.has(text.word(first)) &&
    !pack.determiners.has(text.word(first))
  ) {
    first++;
  }
  const opening = text.word(first);
  // ("A Petrobras": Portuguese "a" is an article as well as a preposition.)
  if (
    pack.prepositions.has(opening) &&
    !pack.nameParticles.has(opening) &&
    !pack.determiners.has(opening)
  ) {
    return first > floor ? before(text, pack, first - 1) : none();
  }
  if (!opensNounPhrase(text, pack, first)) {
    // "Lundi, le ministre ..." is cut at the comma; a phrase opening on a plain word is no subject.
    while (first < last && !opensNounPhrase(text, pack, first)) first++;
    if (!opensNounPhrase(text, pack, first)) return none();
  }
  // "„BBC News“ berichtet": a quote mark whose pair was cut from the phrase goes with it.
  const quote = text.quoteOf(last);
  if (text.isQuoteMark(last) && quote >= 0 && (text.quotes.open[quote] ?? first) < first) last--;
  // "wie die Polizei am Abend mitteilte": where nouns are capitalised, a capital starts no name.
  if (pack.grammar.capitalizedNouns) last = trimTrailing(text, pack, first, last);
  return { ...none(), first, last };
}

/**
 * "La CNIL, qui critique ...", "un informe que mencionaba ...": a relative stands for the phrase
 * before it — after a comma, or a name or a noun of a source ("el ministro que dijo"); "la medida
 * que anunció el ministro" has its subject after the verb and is left alone.
 */
function relativeAntecedent(text: PackText, pack: Pack, relative: number): PackSource {
  if (!pack.relatives.has(text.word(relative))) return none();
  if (text.is(relative - 1, ',')) return innermost(text, pack, before(text, pack, relative - 2));
  const prev = relative - 1;
  const w = text.word(prev);
  const sourceNoun =
    text.isQuoteMark(prev) ||
    (w !== '' && text.isCapitalized(prev)) ||
    pack.anonymity.has(w) ||
    pack.roles.has(w) ||
    pack.bodyNouns.has(w) ||
    pack.organizations.has(w) ||
    pack.mediaNouns.has(w) ||
    pack.documents.has(w);
  return sourceNoun && !isVerb(pack, w) ? innermost(text, pack, before(text, pack, prev)) : none();
}

/**
 * The noun phrase a relative stands for is the last one before it: "recibida por los promotores,
 * que lamentaron" is the promoters'; one joined by "de" stays whole ("extractos de un informe"),
 * and an article after a capital is inside a name ("la Cour des comptes").
 */
function innermost(text: PackText, pack: Pack, phrase: PackSource): PackSource {
  if (phrase.first < 0) return phrase;
  let start = -1;
  for (let k = phrase.last; k > phrase.first; k--) {
    const w = text.word(k);
    if (!pack.determiners.has(w)) continue;
    // French "de" before an article is a preposition ("un rapport de | la Cour"). (Where every
    // noun is capitalised, a capital before an article tells no name.)
    const joins = pack.nameParticles.has(w) && pack.determiners.has(text.word(k + 1));
    // ("Existe | un documento": a sentence's first word is capitalised, no name.)
    const name =
      !pack.grammar.capitalizedNouns &&
      text.isCapitalized(k - 1) &&
      k - 1 !== text.sentenceFirst(k - 1);
    if (joins || name) continue;
    start = k;
    if (!pack.nameParticles.has(text.word(k - 1))) break;
  }
  return start > phrase.first && !pack.nameParticles.has(text.word(start - 1))
    ? { ...phrase, first: start }
    : phrase;
}

/**
 * The subject closed by the comma before its verb: a name set off by commas ("el gerente, Martín
 * González, dijo") or a phrase before an aside ("los jerarcas, en un giro ..., plantearon").
 */
function subjectBeforeComma(text: PackText, pack: Pack, comma: number): PackSource {
  const named = appositive(text, pack, comma);
  if (named.first >= 0) return named;
  const floor = Math.max(text.sentenceFirst(comma), comma - LONGEST_ASIDE);
  // "“...”, dijo": what a quote closes is a claim, never a subject.
  for (let open = comma - 1; open > floor; open--) {
    if (!text.is(open, ',')) {
      if (isBoundary(text, open)) return none();
      continue;
    }
    const w = text.word(open + 1);
    const aside = pack.prepositions.has(w) || pack.relatives.has(w) || pack.clitics.has(w);
    if (!aside) return none();
    const head = before(text, pack, open - 1);
    if (head.first < 0 || !opensNounPhrase(text, pack, head.first)) return none();
    return pack.grammar.verbSecond && inClaimBefore(text, head.first) ? none() : head;
  }
  return none();
}

// Words that show a clause under way: a preposition, a pronoun, a verb.
const CLAUSE_UNDER_WAY =
  WordClass.Preposition |
  WordClass.SubjectPronoun |
  WordClass.Verb |
  WordClass.Auxiliary |
  WordClass.ClauseMark;

/**
 * German "…, töteten sie Zivilisten, die flohen, teilten die UN mit": a phrase before a relative
 * aside is the subject of the verb after it only where it opens its clause ("Der Minister, der …,
 * sagte"); after a pronoun, a verb or a preposition it is inside the claim.
 */
function inClaimBefore(text: PackText, first: number): boolean {
  if (text.isWordOf(first, WordClass.SubjectPronoun)) return true;
  const floor = text.sentenceFirst(first);
  for (let k = first - 1; k >= floor && !isBoundary(text, k); k--) {
    if (text.isWordOf(k, CLAUSE_UNDER_WAY)) return true;
  }
  return false;
}

/** "le directeur général du Conseil, Norman Sabourin, a mentionné": the name set off by commas. */
function appositive(text: PackText, pack: Pack, comma: number): PackSource {
  if (comma < 1 || !text.is(comma, ',')) return none();
  // "O presidente da Câmara, Arthur Lira (PP-AL), disse": the name's bracket goes with it.
  let first = pastBracket(text, comma - 1);
  while (first > 0 && text.isCapitalized(first) && text.isWord(first - 1)) {
    // "Marcelo Rebelo de Sousa", "Luiz Inácio Lula da Silva": a particle between capitals (not
    // where every noun is capitalised: "Chef der Firma Scaled Composites" is a role).
    const particle =
      !pack.grammar.capitalizedNouns &&
      text.isWordOf(first - 1, WordClass.NameParticle) &&
      text.isCapitalized(first - 2) &&
      text.isWord(first - 2);
    if (particle) first -= 2;
    else if (text.isCapitalized(first - 1)) first--;
    else break;
  }
  // "O relator do caso, ministro Alexandre de Moraes,": a role may open the name.
  if (text.isWordOf(first - 1, WordClass.Role | WordClass.Title) && text.is(first - 2, ','))
    first--;
  if (!text.is(first - 1, ',')) return none();
  if (!text.isCapitalized(first) && !text.isWordOf(first, WordClass.Role | WordClass.Title))
    return none();
  const head = before(text, pack, first - 2);
  return head.first >= 0 ? { ...head, last: comma - 1 } : { ...none(), first, last: comma - 1 };
}

/** The token before a bracket that closes at `last` ("Lasier Martins (Podemos-RS)"), else `last`. */
function pastBracket(text: PackText, last: number): number {
  if (!text.is(last, ')')) return last;
  const floor = text.sentenceFirst(last);
  for (let k = last - 1; k > floor; k--) if (text.is(k, '(')) return k - 1;
  return last;
}

/** The noun phrase that starts at token `first`, to the end of its clause. */
function after(text: PackText, pack: Pack, first: number, tag: boolean, particle = -1): PackSource {
  // ("selon lui": a pronoun after the cue is its source, though a clitic before a verb.)
  while (
    first < text.count &&
    pack.clitics.has(text.word(first)) &&
    !opensNounPhrase(text, pack, first) &&
    !pack.sourcePronouns.has(text.word(first))
  ) {
    first++;
  }
  // "laut „BBC News“": a name in quotes, marks and all.
  const quotedName = quotedNameAt(text, first);
  if (quotedName > first) return { ...none(tag), first, last: quotedName };
  if (text.isQuoteMark(first) && text.isCapitalized(first + 1)) first++;
  first = pastSetting(text, pack, first, tag);
  // "a juicio del | ministro": the article is in the preposition before the noun.
  const fused = pack.fusedPrepositions.has(text.word(first - 1));
  const pronoun = pack.sourcePronouns.has(text.word(first));
  if (first >= text.count || !(fused || pronoun || opensNounPhrase(text, pack, first)))
    return none(tag);
  // "führte er | die Preisvergaben … an": a pronoun is the whole phrase.
  if (pronoun && !text.isWordOf(first, WordClass.Determiner))
    return { ...none(tag), first, last: first };
  // "laut heise online steigen ...": a name in lower case ends where the outlet's list ends it.
  const lowerCaseOutlet = lowerCaseOutletAt(text, pack, first);
  if (lowerCaseOutlet > 0) return { ...none(tag), first, last: first + lowerCaseOutlet - 1 };
  const end = Math.min(text.sentenceEnd(first), first + LONGEST_SOURCE);
  let last = first;
  while (last + 1 < end) {
    const next = last + 1;
    // "fuentes consultadas por este periódico": inside the phrase, a medium after "por" is an
    // agent that belongs to it, not whom it was said to.
    const told = audienceAt(text, pack, next) > 0 && !pack.agentPrepositions.has(text.word(next));
    if (told || toldAt(text, pack, first, next)) break;
    if (text.is(next, ',') && appositionAfter(text, pack, next)) {
      let name = next + 1;
      while (name + 1 < end && goesOnWithName(text, pack, name + 1)) name++;
      // "meldete die Website „Golem“, Wikimedia Deutschland habe …": a name with a verb after
      // it is the claim's subject. "D'après Le Figaro, Emmanuel Macron envisage …": after an
      // "according to", a name that goes on into a clause of its own is that clause's subject, no
      // apposition (where every noun is capitalised, the capitals may be a role's: "Reinhold
      // Gall, Parlamentarischer …").
      const clause = text.isWordOf(name + 1, VERB_AFTER_NAME);
      if (!clause && (tag || pack.grammar.capitalizedNouns || !text.isWord(name + 1))) last = name;
      break;
    }
    // "laut einem Bericht des „Spiegel“": a quoted name inside the phrase belongs to it.
    const quotedName = quotedNameAt(text, next);
    if (quotedName > next) {
      last = quotedName;
      continue;
    }
    const inName =
      text.is(next, '(') ||
      abbreviationDot(text, pack, next) ||
      domainDot(text, next) ||
      closesInitial(text, next);
    if (isBoundary(text, next) && !inName) break;
    if (next === particle || endsCapitalizedPhrase(text, pack, first, next)) break;
    const w = text.word(next);
    const verb = isVerbAt(text, pack, next) && isVerb(pack, w);
    if (pack.complementizers.has(w) || verb || relativeAt(text, pack, next)) break;
    // ("o governador de São Paulo": a capital inside the phrase spells a name, no auxiliary.)
    if (pack.auxiliaries.has(w) && !text.isCapitalized(next)) break;
    last = next;
    if (text.is(next, '(')) {
      // "La Commission nationale (CNIL)": the bracket belongs to the name.
      while (last + 1 < end && !text.is(last, ')')) last++;
    }
  }
  // A speech tag's subject ends at the first word that starts no name: "dijo el ministro a la prensa".
  // Where nouns are capitalised any such phrase is cut there: "wie Direktorin Sommer am Abend mitteilte".
  if (tag || pack.grammar.capitalizedNouns) last = trimTrailing(text, pack, first, last);
  // "sus normas y ha ...", "informado por aliados de que ...", "ein Polizeisprecher der | dpa": a
  // joining word, a preposition or an article left open at the end is no part of the phrase.
  const open = WordClass.Conjunction | WordClass.Preposition | WordClass.Determiner;
  while (last > first && text.isWordOf(last, open) && !text.isCapitalized(last)) last--;
  return { ...none(tag), first, last };
}

/**
 * Where every noun is capitalised, a phrase that has its noun ends at the next plain word that is
 * no article or preposition: "der Feuerwehr | brach", "Müller | weiter".
 */
function endsCapitalizedPhrase(text: PackText, pack: Pack, first: number, next: number): boolean {
  if (!pack.grammar.capitalizedNouns || !text.isWord(next) || text.isCapitalized(next))
    return false;
  const w = text.word(next);
  if (pack.determiners.has(w)) return objectAfterNoun(text, pack, next);
  if (pack.prepositions.has(w) || pack.nameParticles.has(w)) return false;
  // "einem Bericht der | russischen Nachrichtenagentur": an adjective in -en after a genitive's
  // article, itself after a noun, not a name ("laut der NASA der | überwiegende Teil").
  const article = text.word(next - 1);
  const genitive = pack.determiners.has(article) && pack.grammar.genitive?.(article) === true;
  const afterNoun = !text.isUpper(next - 2) && !text.isWordOf(next - 2, WordClass.Organization);
  if (genitive && afterNoun && w.endsWith('en') && adjectiveBeforeNoun(text, pack, next))
    return false;
  // "Bundesamt für Migration und Flüchtlinge": "und" goes on with a body's complement.
  const joined = pack.conjunctions.has(w) && text.isCapitalized(next + 1);
  if (joined && inBodyComplement(text, pack, first, next)) return false;
  for (let k = first; k < next; k++)
    if (text.isCapitalized(k) && !pack.determiners.has(text.word(k))) return true;
  return false;
}

/** "der Bundeswahlleiter | eine Wahlbeteiligung": an article after a noun that is no genitive. */
function objectAfterNoun(text: PackText, pack: Pack, article: number): boolean {
  const genitive = pack.grammar.genitive;
  const afterNoun =
    text.isCapitalized(article - 1) && !text.isWordOf(article - 1, WordClass.Determiner);
  return genitive !== undefined && afterNoun && !genitive(text.word(article));
}

/**
 * A relative pronoun that is also an article (German "der", "die") opens a relative clause only
 * after a comma: "ein Sprecher der Bahn" goes on, "der Sprecher, der ..." does not.
 */
function relativeAt(text: PackText, pack: Pack, i: number): boolean {
  const w = text.word(i);
  if (!pack.relatives.has(w)) return false;
  return !pack.determiners.has(w) || text.is(i - 1, ',');
}

/** The period of an abbreviation inside a name: "Prof. Dr. Helga Brandt". */
function abbreviationDot(text: PackText, pack: Pack, i: number): boolean {
  return text.is(i, '.') && pack.textLexicon.abbreviations.has(text.word(i - 1));
}

/** The dot of a name written as a web address: "eldiario.es", "tagesschau.de". */
function domainDot(text: PackText, i: number): boolean {
  return text.is(i, '.') && !text.spaceBefore(i) && text.isWord(i + 1) && !text.spaceBefore(i + 1);
}

/** "..., dit le juge en chef, Eugene Rossiter.": a capitalised name right after the comma. */
const VERB_AFTER_NAME = WordClass.Verb | WordClass.Auxiliary | WordClass.ClauseMark;

function appositionAfter(text: PackText, pack: Pack, comma: number): boolean {
  return (
    text.isCapitalized(comma + 1) &&
    (isBoundary(text, comma + 2) || goesOnWithName(text, pack, comma + 2))
  );
}

/**
 * A capitalised word, or a name's particle before one: "Ursula von der Leyen", "Luiz da Silva";
 * not where every noun is capitalised ("Parteichef der Liberalen" is a role, no name).
 */
function goesOnWithName(text: PackText, pack: Pack, i: number): boolean {
  const most = pack.grammar.capitalizedNouns ? i : i + 2;
  let k = i;
  while (!text.isCapitalized(k) && text.isWordOf(k, WordClass.NameParticle) && k < most) k++;
  return text.isWord(k) && text.isCapitalized(k);
}

/**
 * Where nouns are capitalised, a body's name goes on over its joining preposition to the
 * capitalised words after it: "Bundesamt für Migration", "Institut für Weltwirtschaft", "des
 * Bundesamts für Migration".
 */
function goesOnWithBody(text: PackText, pack: Pack, preposition: number): boolean {
  if (!pack.bodyJoiners.has(text.word(preposition)) || !text.isCapitalized(preposition + 1))
    return false;
  if (text.isWordOf(preposition - 1, WordClass.Organization)) return true;
  // The genitive of a body's noun: "Bundesamts", "Verbandes".
  const w = text.word(preposition - 1);
  return pack.organizations.has(w.slice(0, -1)) || pack.organizations.has(w.slice(0, -2));
}

/** Whether a body's name opened its complement between `first` and `k`: "Bundesamt für ...". */
function inBodyComplement(text: PackText, pack: Pack, first: number, k: number): boolean {
  for (let j = first + 1; j < k; j++) if (goesOnWithBody(text, pack, j)) return true;
  return false;
}

/**
 * Cuts a phrase before a trailing preposition that starts no part of it ("a la prensa", "lundi");
 * one before a name goes on ("el embajador en Francia") unless the phrase has its own name
 * already ("Emmanuel Macron | sur X").
 */
function trimTrailing(text: PackText, pack: Pack, first: number, last: number): number {
  // A name of one word may open the phrase: "l'AFP".
  let named = text.isCapitalized(first) && !text.isWordOf(first, WordClass.Determiner);
  // "Ärzte ohne Grenzen": a listed body's name is not cut at its preposition.
  const head = text.isWordOf(first, WordClass.Determiner) ? first + 1 : first;
  const listed = text.phraseAt(head, pack.organizationNames);
  for (let k = Math.max(first + 1, head + listed); k <= last; k++) {
    // "Macron | mardi soir", "Sánchez | este martes": when it was said ends who said it.
    if (whenAt(text, pack, k) > 0) return k - 1;
    const w = text.word(k);
    // "le ministre au Figaro": an outlet after a fused article is whom it spoke to.
    const capitalNames =
      !pack.grammar.capitalizedNouns &&
      text.isCapitalized(k + 1) &&
      !named &&
      !fusedOutletAt(text, pack, k + 1);
    // "l'AFP | de source proche du dossier": after a name, a particle before a plain word joins none.
    const joinsName =
      pack.nameParticles.has(w) &&
      !(named && !text.isCapitalized(k + 1) && !text.isWordOf(k + 1, WordClass.Determiner));
    if (pack.prepositions.has(w) && !joinsName && !capitalNames && !goesOnWithBody(text, pack, k))
      return k - 1;
    // A capitalised word after a preposition is a complement ("d'État aux Transports"), no name.
    named ||= text.isCapitalized(k) && !pack.prepositions.has(text.word(k - 1));
  }
  return last;
}
