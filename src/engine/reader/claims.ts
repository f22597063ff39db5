/** Where a cue's claim is: after its verb or "que", before its speech tag, or its sentence. */
import { type Pack, VerbUse } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import { TokenType } from '../text/tokens';
import { type PackCue, PackCueKind } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';
import { audienceAt, isBoundary, isDash, mediumEnd, phraseWithGapsAt, whenAt } from './words';

export interface TokenRange {
  first: number;
  last: number;
}

// How far after its verb a claim's opening word may stand: "a déclaré lundi à la presse que".
const OPENER_REACH = 8;

// How far the opening word may stand after a setting: "en la rueda de prensa posterior al …".
const SETTING_REACH = 12;

// A verb between a cue and a comma makes the comma no claim's opening: "sagte, er habe, ...".
const CLAUSE_VERB = WordClass.Verb | WordClass.Auxiliary | WordClass.ClauseMark;

export function findClaim(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  source: PackSource,
): TokenRange | null {
  const sentenceFirst = text.sentenceFirst(cue.first);
  const sentenceLast = text.sentenceEnd(cue.first) - 1;
  if (cue.relative) {
    const last = relativeLast(text, pack, cue.last + 1, sentenceLast);
    // "Un rapport selon lequel … a été rendu public": a subject's relative ends before its verb.
    const subject = source.first === sentenceFirst && last === sentenceLast;
    return trimmed(
      text,
      cue.last + 1,
      subject ? beforeMainVerb(text, pack, cue.last + 1, last) : last,
    );
  }
  // "Foi anunciado nesta terça-feira que …": a passive's claim opens on its "que", as a verb's.
  if (cue.kind === PackCueKind.Impersonal && cue.lemma !== null && !pack.grammar.verbSecond)
    return verbClaim(text, pack, cue, source, sentenceFirst, sentenceLast);
  switch (cue.kind) {
    case PackCueKind.Hedge:
      return trimmed(text, sentenceFirst, sentenceLast);
    case PackCueKind.According:
    case PackCueKind.AccordingAfter:
    case PackCueKind.Viewpoint:
    case PackCueKind.Impersonal: {
      // "Aus dem Ministerium hieß es am Montag auf Anfrage, man prüfe den Fall": when and how it
      // was said stand before the comma that opens the claim.
      const opened = cue.kind === PackCueKind.Impersonal ? claimAfterSetting(text, pack, cue) : -1;
      if (opened >= 0) return trimmed(text, opened, sentenceLast);
      const phraseFirst = Math.min(cue.first, source.first >= 0 ? source.first : cue.first);
      const phraseLast = Math.max(cue.last, source.last);
      const afterPhrase = trimmed(text, phraseLast + 1, sentenceLast);
      const beforePhrase = trimmed(text, sentenceFirst, phraseFirst - 1);
      // "Die Regierung rechnet laut einem Bericht mit höheren Kosten": a phrase set in its clause
      // with no mark around it attributes the whole sentence.
      // ("En el informe se afirma que ...": a phrase that ends on its "que" claims what follows.)
      const opensClaim = text.isWordOf(cue.last, WordClass.Complementizer);
      const setIn = !opensClaim && setInClause(text, phraseFirst, phraseLast);
      if (beforePhrase && afterPhrase && setIn) return trimmed(text, sentenceFirst, sentenceLast);
      // "El ministro aseguró que, según el INDEC, la inflación bajó": what stands before a phrase
      // set after a "que" is the report the phrase sits in, not its claim.
      const inReport =
        beforePhrase !== null && pack.complementizers.has(text.word(beforePhrase.last));
      if (!beforePhrase || ((opensClaim || inReport) && afterPhrase)) return afterPhrase;
      if (!afterPhrase) return beforePhrase;
      return length(afterPhrase) >= length(beforePhrase) ? afterPhrase : beforePhrase;
    }
    default:
      return verbClaim(text, pack, cue, source, sentenceFirst, sentenceLast);
  }
}

/**
 * Verb-second: where an impersonal report ("hieß es") opens its sentence's only clause and is
 * followed, within a few words with no verb among them, by the comma that opens its claim, the
 * token after that comma; else -1. Not a tag after its claim ("…, heißt es in dem Bericht, der
 * …"), nor a phrase inside a clause ("Dort treffen sich dem Vernehmen nach Gruppen, die …").
 */
function claimAfterSetting(text: PackText, pack: Pack, cue: PackCue): number {
  if (!pack.grammar.verbSecond || pack.prepositions.has(text.word(cue.last))) return -1;
  for (let k = text.sentenceFirst(cue.first); k < cue.first; k++)
    if (text.is(k, ',') || text.isQuoteMark(k)) return -1;
  const limit = Math.min(text.sentenceEnd(cue.first) - 1, cue.last + OPENER_REACH);
  for (let j = cue.last + 1; j <= limit; j++) {
    if (text.is(j, ',')) return j > cue.last + 1 ? j + 1 : -1;
    if (!text.isWord(j) || text.isWordOf(j, CLAUSE_VERB)) return -1;
  }
  return -1;
}

function verbClaim(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  source: PackSource,
  sentenceFirst: number,
  sentenceLast: number,
): TokenRange | null {
  if (cue.asClause >= 0) return outsideAsClause(text, cue, sentenceFirst, sentenceLast);
  // "Das sagt die Politik": what "das" stands for was said in the sentence before.
  if (source.fronted >= 0 && sentenceFirst > 0) {
    return trimmed(text, text.sentenceFirst(sentenceFirst - 1), sentenceFirst - 1);
  }
  // «…, a déclaré le ministre. …»: a tag set inside a quote claims the quote.
  if (text.quoteOf(cue.first) >= 0) return quoted(text, text.quoteOf(cue.first));
  if (source.tagAfterClaim) {
    const before = claimBefore(text, cue.first - 1, sentenceFirst);
    if (before) return goesOnAfterTag(text, pack, cue, source, before, sentenceLast) ?? before;
  }
  const spoken = source.first >= 0 && source.last < cue.first;
  const from = pastSpokenTo(text, pack, Math.max(cue.last, source.last, cue.particle) + 1, spoken);
  // "ha señalado en la rueda de prensa posterior al Consejo de Ministros que": a setting the
  // preposition after the verb opens may be longer than an object.
  const reach = text.isWordOf(from, WordClass.Preposition) ? SETTING_REACH : OPENER_REACH;
  const limit = Math.min(sentenceLast, from + reach);
  for (let j = from; j <= limit; j++) {
    // "erklärte am Montag in Berlin, die Lage sei ernst": where a claim needs no "dass", when and
    // where it was said stand before the comma that opens it.
    if (pack.grammar.verbSecond && j > from && text.is(j, ','))
      return trimmed(text, j + 1, sentenceLast);
    // ("dans un communiqué que": a word after an article is a noun, whatever verb it spells.)
    if (text.isWordOf(j, CLAUSE_VERB) && !text.isWordOf(j - 1, WordClass.Determiner)) break;
    const w = text.word(j);
    // An elided "qu’" is written into the claim's first word: the claim holds it.
    if (pack.complementizers.has(w) && !cliticOfInfinitive(text, pack, j))
      return trimmed(text, w.endsWith("'") ? j : j + 1, sentenceLast);
    if (
      text.is(j, ':') ||
      text.type(j) === TokenType.OpenQuote ||
      text.type(j) === TokenType.StraightQuote
    ) {
      const quote = text.quoteOf(j + (text.is(j, ':') ? 1 : 0));
      if (quote >= 0) return quoted(text, quote);
      return trimmed(text, j + 1, sentenceLast);
    }
  }
  // "anunciou nesta segunda um pacote": when it was said is no part of what was; nor whom the
  // report cites ("Das berichtet die SZ | unter Berufung auf Regierungskreise").
  const said = citesAt(text, pack, from)
    ? null
    : trimmed(text, from + whenAt(text, pack, from), sentenceLast);
  if (said) return said;
  const before = claimBefore(text, cue.first - 1, sentenceFirst);
  // "Die Gewerkschaft kündigte neue Streiks an": where all before the verb is its subject, or its
  // subject follows it ("Am Montag kündigte die Gewerkschaft … an"), what a separable verb says
  // stands before its particle.
  const between = Math.max(cue.last, source.last) + 1;
  const onlySubject =
    !before ||
    (before.first >= source.first && before.last <= source.last) ||
    subjectOfClause(text, pack, source, cue.first);
  if (cue.particle > between && (onlySubject || source.first > cue.last)) {
    const object = trimmed(text, between + whenAt(text, pack, between), cue.particle - 1);
    if (object) return object;
  }
  // "Die Ministerin widersprach.": the subject alone is no claim.
  return onlySubject ? null : before;
}

/**
 * "señalaron que el acusado confesó": the verb's subject opens a clause inside another's claim,
 * so all before the verb in its own clause is the subject.
 */
function subjectOfClause(text: PackText, pack: Pack, source: PackSource, verb: number): boolean {
  if (source.first <= 0 || source.last >= verb) return false;
  for (let k = source.last + 1; k < verb; k++)
    if (!pack.auxiliaries.has(text.word(k))) return false;
  return pack.complementizers.has(text.word(source.first - 1));
}

// The opening of a sentence a tag interrupts is a few words: "Esta medida", "Pour nous".
const INCISE_OPENING = 8;

/**
 * "Esta medida, aseguró el ministro, es un error": a tag set off by commas inside the sentence it
 * reports, which goes on after it. The claim is the whole sentence, tag inside, as the English
 * reader draws it; null when what follows the tag is where or when it was said ("…, a réagi le
 * président du Sénat, sur France Inter"), a quote of its own, or nothing.
 */
function goesOnAfterTag(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  source: PackSource,
  before: TokenRange,
  sentenceLast: number,
): TokenRange | null {
  const comma = Math.max(cue.last, source.last, cue.particle) + 1;
  const next = comma + 1;
  const setOff =
    text.is(cue.first - 1, ',') &&
    text.is(comma, ',') &&
    before.first === text.sentenceFirst(comma);
  if (!setOff || !text.isWord(next) || text.quoteOf(cue.first - 1) >= 0) return null;
  // What stands before the tag is a clause's opening, no clause of its own: "Sie seien außer
  // Lebensgefahr, sagte X, der Sprecher …" ends at the tag, and so does "… bestätigten, teilten mit".
  if (before.last - before.first >= INCISE_OPENING) return null;
  for (let k = before.first; k <= before.last; k++) if (text.isWordOf(k, CLAUSE_VERB)) return null;
  if (text.isWordOf(next, WordClass.Preposition) || pack.fusedPrepositions.has(text.word(next)))
    return null;
  if (whenAt(text, pack, next) > 0 || citesAt(text, pack, next)) return null;
  return trimmed(text, before.first, sentenceLast);
}

/** "…, informó Reuters, | citando fuentes", "berichtet der Spiegel | unter Berufung auf Insider". */
function citesAt(text: PackText, pack: Pack, i: number): boolean {
  return (
    text.isWordOf(i, WordClass.AccordingStart) &&
    phraseWithGapsAt(text, pack, i, pack.according) > 0
  );
}

// Whom it was said to is a few words: "den Zeitungen der Funke-Mediengruppe".
const SPOKEN_TO_WORDS = 6;

/**
 * Past whom it was said to, between the verb and its claim: "sagte dem Spiegel, ...", "sagte der
 * „Süddeutschen Zeitung“, ...", "sagte den Journalisten, ...", "a déclaré à l'AFP que"; `from`
 * when no one told is there.
 */
function pastSpokenTo(text: PackText, pack: Pack, from: number, spoken: boolean): number {
  // "Merz sagte der „Bild am Sonntag“, ...": with the speaker named before the verb, a quoted
  // name after an article is whom it was told.
  if (spoken && text.isWordOf(from, WordClass.Determiner) && text.isQuoteMark(from + 1)) {
    const quote = text.quoteOf(from + 1);
    const close = quote >= 0 ? (text.quotes.close[quote] ?? -1) : -1;
    if (close > from + 2 && close - from <= SPOKEN_TO_WORDS && text.is(close + 1, ','))
      return close + 2;
  }
  let last = from + audienceAt(text, pack, from) - 1;
  if (last < from) last = mediumEnd(text, pack, from);
  // "sagte die Ministerin den Journalisten, ...": the rest is read to the comma below.
  if (last < from && pack.audienceArticles.has(text.word(from))) last = from;
  if (last < from) return from;
  // The rest of whom it was told, up to a comma: "den Zeitungen der Funke-Mediengruppe,"; not
  // past the claim's "que" ("dijo a la prensa que el detenido, de 23 años, …").
  const told = (k: number) => !isBoundary(text, k) && !text.isWordOf(k, WordClass.Complementizer);
  for (let k = last + 1; k <= from + SPOKEN_TO_WORDS && told(k); k++) {
    if (text.is(k + 1, ',')) last = k;
  }
  return text.is(last + 1, ',') ? last + 2 : last + 1;
}

/**
 * Portuguese "disse se tratar de um erro": a complementizer spelled as a clitic ("se": whether, and
 * oneself) is the clitic before an infinitive, whose clause is the claim, clitic and all.
 */
function cliticOfInfinitive(text: PackText, pack: Pack, j: number): boolean {
  return pack.clitics.has(text.word(j)) && text.word(j + 1).endsWith('r');
}

/** "Wie die Polizei mitteilte, ist ...", "..., wie sie sagte": the sentence outside the clause. */
function outsideAsClause(
  text: PackText,
  cue: PackCue,
  sentenceFirst: number,
  sentenceLast: number,
): TokenRange | null {
  let clauseEnd = Math.max(cue.last, cue.particle) + 1;
  while (clauseEnd <= sentenceLast && !isBoundary(text, clauseEnd)) clauseEnd++;
  const before = trimmed(text, sentenceFirst, cue.asClause - 1);
  const after = trimmed(text, clauseEnd, sentenceLast);
  if (!before) return after;
  if (!after) return before;
  return length(after) >= length(before) ? after : before;
}

/** What was said before a speech tag: the quote just closed, or the sentence up to the tag. */
function claimBefore(text: PackText, last: number, sentenceFirst: number): TokenRange | null {
  let j = last;
  while (j >= sentenceFirst && (text.is(j, ',') || isDash(text, j))) j--;
  if (j < 0) return null;
  const quote = text.quoteOf(j);
  if (quote >= 0 && text.isQuoteMark(j)) return quoted(text, quote);
  let first = sentenceFirst;
  // "—Texto —dijo el ministro": a dialogue line opens on its dash.
  while (first < j && (isDash(text, first) || text.isQuoteMark(first))) first++;
  return trimmed(text, first, j);
}

function quoted(text: PackText, quote: number): TokenRange | null {
  const open = text.quotes.open[quote] ?? -1;
  const close = text.quotes.close[quote] ?? -1;
  const last = text.quotes.closed[quote] ? close - 1 : close;
  return trimmed(text, open + 1, last);
}

/** A range without the marks at its ends ("4,5%" keeps its sign); null when nothing is left. */
// Words that go on with a relative clause after a comma: a list's next name, an article, "und".
const GOES_ON =
  WordClass.Determiner |
  WordClass.Conjunction |
  WordClass.Preposition |
  WordClass.Clitic |
  WordClass.SubjectPronoun |
  WordClass.Relative;

/**
 * The last token of a relative clause from `first`: before a comma that the main clause's verb
 * follows ("Berichte, wonach er zurücktrete, wurden dementiert", "El Gobierno, según el cual la
 * economía crece, no ha publicado datos"), else the sentence's last.
 */
function relativeLast(text: PackText, pack: Pack, first: number, sentenceLast: number): number {
  for (let j = first; j < sentenceLast; j++) {
    if (!text.is(j, ',')) continue;
    let next = j + 1;
    const word = text.isWord(next) && !text.isCapitalized(next);
    if (word && !text.isWordOf(next, GOES_ON)) return j - 1;
    // "…, no ha publicado", "…, tampoco ha": a negation or a clitic before the main clause's verb.
    while (
      pack.negations.has(text.word(next)) ||
      text.isWordOf(next, WordClass.Conjunction | WordClass.Clitic)
    )
      next++;
    if (next > j + 1 && text.isWordOf(next, WordClass.Auxiliary | WordClass.Verb)) return j - 1;
  }
  return sentenceLast;
}

/**
 * Where the relative clause of the sentence's subject ends with no comma: before the main
 * clause's compound verb, the last of two ("l'État a mal géré la crise | a été rendu public"), or
 * the only one when it is a passive of a reporting verb ("las reservas cayeron un 20 % | fue
 * difundido", "o desmatamento cresceu 20% | foi divulgado"). Else the sentence's end: a simple
 * verb is not told from the relative's own ("les jeunes lisent moins | fait débat").
 */
function beforeMainVerb(text: PackText, pack: Pack, first: number, last: number): number {
  const compound = (j: number) =>
    pack.auxiliaries.has(text.word(j)) || pack.passives.has(text.word(j));
  const groups: number[] = [];
  for (let j = first + 1; j <= last; j++) if (compound(j) && !compound(j - 1)) groups.push(j);
  const main = groups[groups.length - 1];
  if (main === undefined) return last;
  if (groups.length >= 2) return main - 1;
  let verb = main;
  while (compound(verb)) verb++;
  const passive = pack.passives.has(text.word(verb - 1));
  const reported = pack.verbs.get(text.word(verb))?.use === VerbUse.Participle;
  return passive && reported ? main - 1 : last;
}

function trimmed(text: PackText, first: number, last: number): TokenRange | null {
  while (first <= last && isBoundary(text, first) && !text.isQuoteMark(first)) first++;
  while (
    last >= first &&
    isBoundary(text, last) &&
    !text.isQuoteMark(last) &&
    !closesClaim(text, last)
  )
    last--;
  return first <= last ? { first, last } : null;
}

/**
 * Whether words stand right before and after a phrase, with no mark between: "rechnet laut X
 * mit", "beschäftigt nach eigenen Angaben 5000 Menschen".
 */
function setInClause(text: PackText, first: number, last: number): boolean {
  return inWords(text, first - 1) && inWords(text, last + 1);
}

const inWords = (text: PackText, i: number): boolean =>
  (text.isWord(i) || text.type(i) === TokenType.Number) && !isBoundary(text, i);

const length = (range: TokenRange): number => range.last - range.first;

/** Marks a claim may end on: a closing bracket, a percent sign. */
function closesClaim(text: PackText, i: number): boolean {
  return text.is(i, ')') || text.is(i, '%');
}
