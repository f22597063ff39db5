/** Finds the cues of a text in a pack's language, in order, outside direct quotes. */
import { type Pack, type VerbSpelling, VerbUse } from '../packs/compile';
import { WordClass } from '../packs/word-classes';
import { hashWord, TokenType } from '../text/tokens';
import { type PackCue, PackCueKind, packCue } from './cue';
import type { PackText } from './pack-text';
import { isQuoteTag, mayOpenQuoteTag } from './quote-tags';
import {
  adverbialBefore,
  closesQuotedName,
  followsClaim,
  genitiveAt,
  isBoundary,
  isDash,
  namesSomeone,
  opensNounPhrase,
  pastReportsFrom,
  pastSetting,
  pastWhen,
  phraseWithGapsAt,
  refersBack,
  selfWordIn,
  tagFirst,
  whenAt,
} from './words';

// How far back a participle looks for its auxiliary ("a également déclaré", "a pour sa part estimé",
// German "hat ... gesagt").
const AUXILIARY_REACH = 4;
const AUXILIARY_REACH_VERB_SECOND = 14;
// How far a verb that needs a claim looks for it: "prévoit que", "prévoit notamment que"; a "que"
// may stand further, past whom it was told to ("trasmitió a las autoridades de Transporte que").
const CLAIM_REACH = 5;
const OPENER_REACH = 8;
// How far a "for X," view reads for its comma: "Pour l'économiste en chef de la banque,".
const VIEWPOINT_REACH = 12;

/** Every word a cue can start with. */
const CUE_START =
  WordClass.Verb |
  WordClass.Hedge |
  WordClass.Viewpoint |
  WordClass.AccordingStart |
  WordClass.AccordingAfterStart |
  WordClass.AccordingTagStart |
  WordClass.ReferringAccordingStart |
  WordClass.ImpersonalStart |
  WordClass.VerbPhraseStart;

export function findCues(text: PackText, pack: Pack): PackCue[] {
  const cues: PackCue[] = [];
  const inverts = pack.grammar.splitInverted !== undefined;
  // "—Nadie nos avisó —dijo la vecina—.": a paragraph that opens on a dash is a line of dialogue,
  // its words spoken between dashes as between quote marks.
  let dialogue = false;
  let spoken = false;
  // The next hyphen in the text from the word read: a word before it has none, so is no "dit-il".
  let hyphen = inverts ? text.text.indexOf('-') : -1;
  for (let i = 0; i < text.count; i++) {
    if (text.opensParagraph(i)) dialogue = spoken = isDash(text, i);
    else if (dialogue && isDash(text, i)) spoken = !spoken;
    else if (spoken && text.is(i, ',') && tagAfter(text, pack, i)) spoken = false;
    // Inside a quote, only a tag set in it starts a cue: «…, a déclaré le ministre. …».
    const quoted = text.quoteOf(i) >= 0;
    if (text.type(i) !== TokenType.Word || spoken || (quoted && !mayOpenQuoteTag(text, i)))
      continue;
    // Most words start no cue: their hash tells them at once.
    if (!text.isWordOf(i, CUE_START)) {
      if (hyphen < 0) continue;
      if (hyphen < text.start(i)) hyphen = text.text.indexOf('-', text.start(i));
      if (hyphen < 0 || hyphen >= text.end(i) || !hyphenNearEnd(text, i)) continue;
    }
    const cue = cueAt(text, pack, i);
    if (!cue || (quoted && !isQuoteTag(text, pack, cue))) continue;
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}

// "dit-il", "a-t-elle": an inverted tag's pronoun is among a word's last few letters.
const INVERTED_PRONOUN = 8;

/** Whether a word has a hyphen near its end, as an inverted speech tag has. */
function hyphenNearEnd(text: PackText, i: number): boolean {
  const start = text.start(i);
  for (let k = text.end(i) - 2; k > start && k >= text.end(i) - INVERTED_PRONOUN; k--) {
    if (text.text.charCodeAt(k) === 45) return true;
  }
  return false;
}

// A tag's verb stands within a few words of the comma before it: "a dit", "a-t-il", "s'est dit".
const TAG_VERB_REACH = 3;

/**
 * "— Nous ne céderons pas, a dit le ministre.": a line of dialogue that no dash closes ends its
 * speech at the comma before its tag.
 */
function tagAfter(text: PackText, pack: Pack, comma: number): boolean {
  for (let j = comma + 1; j <= comma + TAG_VERB_REACH && text.isWord(j); j++) {
    if (cueAt(text, pack, j)?.first === comma + 1) return true;
  }
  return false;
}

/** "dit-il": the word at i (`w`) split into its verb and pronoun, when it is an inverted tag. */
function invertedAt(
  text: PackText,
  pack: Pack,
  i: number,
  w: string,
): { verb: string; pronoun: string } | null {
  // Only a word with a hyphen near its end can be one: most are told so without the grammar's split.
  const split = pack.grammar.splitInverted;
  return split && hyphenNearEnd(text, i) ? split(w) : null;
}

/** The participle of a reporting verb after auxiliaries right after i ("según | ha informado"), or -1. */
function perfectAfter(text: PackText, pack: Pack, i: number): number {
  let k = i + 1;
  while (text.isWordOf(k, WordClass.Auxiliary)) k++;
  if (k === i + 1 || !text.isWordOf(k, WordClass.Verb)) return -1;
  return pack.verbs.get(text.word(k))?.use === VerbUse.Participle ? k : -1;
}

function cueAt(text: PackText, pack: Pack, i: number): PackCue | null {
  // Which cues' phrases the word starts: only their tables are looked at.
  const classes = text.classesOf(i);
  // German "wonach" follows its comma; "selon lequel", "según el cual" need none.
  const afterNoun = text.is(i - 1, ',') || !pack.grammar.capitalizedNouns;
  const relative =
    classes & WordClass.ReferringAccordingStart && afterNoun
      ? text.phraseAt(i, pack.relativeAccordings)
      : 0;
  if (relative > 0)
    return { ...packCue(PackCueKind.According, i, i + relative - 1), relative: true };
  const according =
    classes & WordClass.AccordingStart ? phraseWithGapsAt(text, pack, i, pack.according) : 0;
  if (according > 0 && !ruleAfter(text, pack, i + according)) {
    // Where every noun is capitalised, "laut" before a plain word is no "laut X": "laut werden".
    const sourceNext = opensNounPhrase(text, pack, i + 1) || text.isQuoteMark(i + 1);
    const last = i + according - 1;
    // "nach ersten Untersuchungen" with no source after it: the phrase's noun is the source, and
    // so is "nach eigenen Angaben" whatever follows, its speaker the clause's subject.
    const ownNoun = !genitiveAt(text, pack, last + 1) || selfWordIn(text, pack, i + 1, last);
    if (according > 1 && text.isCapitalized(last) && ownNoun) {
      return { ...packCue(PackCueKind.According, i), ownSource: last };
    }
    // "de source policière", "de sources concordantes": the phrase's noun of an unnamed source,
    // with the words that qualify it, is the source.
    if (according > 1 && pack.anonymity.has(text.word(last)) && qualifiesNoun(text, last + 1)) {
      let end = last + 1;
      while (qualifiesNoun(text, end + 1)) end++;
      return { ...packCue(PackCueKind.According, i, last - 1), ownSource: end };
    }
    // "según ha informado la Guardia Civil": the phrase goes on with a perfect, which no list of
    // phrases holds ("según informó" is one).
    const perfect = according === 1 ? perfectAfter(text, pack, i) : -1;
    if (perfect > 0 && namesSomeone(text, pack, pastWhen(text, pack, perfect))) {
      return packCue(PackCueKind.According, i, perfect);
    }
    // "segundo fontes", not "pelo segundo ano"; "conforme o ministro", not "conforme o previsto".
    // "según informaron desde el Gobierno": the body it came from is the someone.
    // "según sus propias cifras": a subject citing itself is the someone.
    const someone =
      namesSomeone(text, pack, pastReportsFrom(text, pack, pastWhen(text, pack, last))) ||
      selfWordIn(text, pack, last + 1, last + 2);
    if ((according > 1 || !pack.grammar.capitalizedNouns || sourceNext) && someone) {
      return packCue(PackCueKind.According, i, last);
    }
  }
  const tag = classes & WordClass.AccordingTagStart ? text.phraseAt(i, pack.accordingTags) : 0;
  if (tag > 0 && followsClaim(text, i) && opensNounPhrase(text, pack, i + tag)) {
    return packCue(PackCueKind.According, i, i + tag - 1);
  }
  const after = classes & WordClass.AccordingAfterStart ? text.phraseAt(i, pack.accordingAfter) : 0;
  if (after > 0) return packCue(PackCueKind.AccordingAfter, i, i + after - 1);
  if (classes & WordClass.ReferringAccordingStart && pack.accordingToThat.has(text.word(i))) {
    return { ...packCue(PackCueKind.According, i), sourceBefore: true };
  }
  const impersonal = classes & WordClass.ImpersonalStart ? text.phraseAt(i, pack.impersonal) : 0;
  if (impersonal > 0) return packCue(PackCueKind.Impersonal, i, i + impersonal - 1);
  const w = text.word(i);
  if (classes & WordClass.Viewpoint && viewpointAt(text, pack, i)) {
    return packCue(PackCueKind.Viewpoint, i);
  }
  if (classes & WordClass.Hedge) {
    return hedgeAt(text, pack, i) && hedgeHides(text, pack, i)
      ? packCue(PackCueKind.Hedge, i)
      : null;
  }
  const phrase = classes & WordClass.VerbPhraseStart ? text.phraseAt(i, pack.verbPhrases) : 0;
  if (phrase > 0)
    return { ...packCue(PackCueKind.Verb, withAuxiliary(text, pack, i), i + phrase - 1), lemma: w };
  // A word that is no verb's spelling is a verb cue only as an inverted tag ("dit-il").
  if ((classes & WordClass.Verb) === 0 && !pack.grammar.splitInverted) return null;
  // After an article or a preposition a verb's spelling is a noun ("le juge", "la denuncia");
  // where nouns are capitalised the article is a pronoun before a verb ("Das sagt die Polizei").
  if (!pack.grammar.capitalizedNouns && nounAt(text, pack, i)) return null;
  const cue = verbCue(text, pack, i, w);
  return cue && !conditional(text, pack, cue.first) ? cue : null;
}

/** "qui aurait dénoncé", "ne serait pas": a relative's or a negated conditional hides no source. */
function hedgeAt(text: PackText, pack: Pack, i: number): boolean {
  const before = text.word(i - 1);
  return !(pack.relatives.has(before) || pack.negations.has(before) || conditional(text, pack, i));
}

/** "si elle estime que ...": what someone would say under a condition is no report. */
function conditional(text: PackText, pack: Pack, first: number): boolean {
  const floor = text.sentenceFirst(first);
  for (let j = first - 1; j >= floor && j >= first - 4; j--) {
    if (pack.conditionals.has(text.word(j))) return true;
    if (isBoundary(text, j)) return false;
  }
  return false;
}

/** "a fait part", "Il a dit": the auxiliary just before a verb belongs to its cue. */
function withAuxiliary(text: PackText, pack: Pack, i: number): number {
  let j = i - 1;
  while (
    j > i - AUXILIARY_REACH &&
    pack.clitics.has(text.word(j)) &&
    !pack.auxiliaries.has(text.word(j))
  ) {
    j--;
  }
  return pack.auxiliaries.has(text.word(j)) && j === i - 1 ? j : i;
}

/** Whether the pack's grammar reads the hedge at i, in its clause, as hiding a source. */
function hedgeHides(text: PackText, pack: Pack, i: number): boolean {
  const hides = pack.grammar.hedgeHides;
  if (!hides) return true;
  let first = i;
  while (first > 0 && !isBoundary(text, first - 1) && !text.is(first - 1, '.')) first--;
  let last = i;
  while (last + 1 < text.count && !isBoundary(text, last + 1)) last++;
  const clause: string[] = [];
  for (let j = first; j <= last; j++) clause.push(text.word(j));
  return hides(clause, i - first);
}

const NO_QUALIFIER =
  WordClass.Determiner |
  WordClass.Preposition |
  WordClass.Conjunction |
  WordClass.Verb |
  WordClass.Complementizer;

/** A plain word after a noun that qualifies it: "policière" of "source policière". */
function qualifiesNoun(text: PackText, k: number): boolean {
  return text.isWord(k) && !text.isCapitalized(k) && !text.isWordOf(k, NO_QUALIFIER);
}

/** "según la ley", "según el caso": an "according to" before a rule or a case, not a source. */
function ruleAfter(text: PackText, pack: Pack, i: number): boolean {
  let head = i;
  while (pack.determiners.has(text.word(head))) head++;
  // "según el país" varies by country; "según El País" cites the paper.
  return pack.notSources.has(text.word(head)) && !text.isCapitalized(head);
}

/** "Pour la ministre, ...", "Para ele, ...": a sentence that opens on whom a view is put to. */
function viewpointAt(text: PackText, pack: Pack, i: number): boolean {
  if (text.sentenceFirst(i) !== i || !namesSomeone(text, pack, i + 1)) return false;
  const end = Math.min(text.sentenceEnd(i), i + VIEWPOINT_REACH);
  for (let j = i + 1; j < end; j++) {
    if (text.is(j, ',')) return j > i + 1;
    // "Para o senador Rogério Marinho (PL-RN),": a party in brackets goes with the name.
    if (text.is(j, '(')) {
      while (j < end && !text.is(j, ')')) j++;
      continue;
    }
    if (isBoundary(text, j)) return false;
  }
  return false;
}

function verbCue(text: PackText, pack: Pack, i: number, w: string): PackCue | null {
  const inverted = invertedAt(text, pack, i, w);
  const spelling = pack.verbs.get(inverted ? inverted.verb : w);
  if (inverted && !spelling && pack.auxiliaries.has(inverted.verb)) {
    // "a-t-il affirmé": the auxiliary carries the pronoun, the participle the report. ("a-t-il
    // dit": a participle spelled as a finite form too is a participle after the auxiliary.)
    const next = pack.verbs.get(text.word(i + 1));
    if (next?.use !== VerbUse.Participle && next?.use !== VerbUse.Finite) return null;
    return withPronoun(
      text,
      { ...packCue(PackCueKind.Verb, i, i + 1), lemma: next.lemma },
      inverted.pronoun,
    );
  }
  if (!spelling) return null;
  // "O atacante se destaca": with its reflexive pronoun the verb means something else.
  if (pack.reflexiveSenses.get(spelling.lemma)?.has(text.word(i - 1))) return null;
  // Where every noun is capitalised, a capitalised verb form inside a sentence is a noun: "die Versicherten".
  if (pack.grammar.capitalizedNouns && text.isCapitalized(i) && text.sentenceFirst(i) !== i) {
    if (!followsOpening(text, i)) return null;
  }
  let cue: PackCue | null = null;
  let lemma = spelling.lemma;
  if (
    spelling.use === VerbUse.Finite &&
    w === spelling.lemma &&
    spelledAsInfinitive(text, pack, i)
  ) {
    return null;
  }
  // "Der Sender hat am Montag berichtet": a spelling both finite and participle is the
  // participle of an auxiliary earlier in its clause.
  const perfect = spelling.alsoParticiple ? perfectAt(text, pack, i, spelling.lemma) : null;
  if (perfect) {
    cue = perfect;
  } else if (spelling.use === VerbUse.Finite) {
    const reading = finiteReading(text, pack, i, spelling);
    if (!reading) return null;
    lemma = reading.lemma;
    if (impersonalAt(text, pack, i, lemma)) return null;
    const particle = reading.particle ? particleAt(text, pack, i, reading.particle) : -1;
    // "se quejó": a pronominal verb's cue holds its clitic.
    let first = pack.impersonalClitics.has(text.word(i - 1)) ? i - 1 : withAuxiliary(text, pack, i);
    // "s'est dit": a spelling both finite and participle after a pronominal's "être".
    if (first < i && pronominalPast(text, pack, first, lemma)) first--;
    cue = { ...packCue(PackCueKind.Verb, first, i), lemma, particle };
  } else if (spelling.use === VerbUse.Participle) {
    cue = participleCue(text, pack, i, spelling.lemma);
  } else if (spelling.use === VerbUse.Gerund) {
    cue = { ...packCue(PackCueKind.Verb, i), lemma: spelling.lemma, gerund: true };
  }
  if (!cue) return null;
  // "», lui a répondu le ministre": the pronouns between what was said and its tag's verb are
  // the tag's, so that the tag follows what was said.
  cue.first = tagFirst(text, pack, cue.first);
  if (inverted) return withPronoun(text, cue, inverted.pronoun);
  const opener = asClauseOpener(text, pack, cue.first);
  // In a verb-second language the clause's verb stands last: "wie die Polizei mitteilte,".
  const verbLast =
    !pack.grammar.verbSecond || isBoundary(text, cue.last + 1) || cue.last + 1 >= text.count;
  if (opener >= 0 && verbLast) return { ...cue, asClause: opener };
  const tag = tagAfterClaim(text, pack, cue);
  // "il a appris que ...": a verb of learning reports only as a tag ("..., a appris Le Parisien").
  if (pack.tagOnly.has(lemma) && !tag) return null;
  const claimed =
    claimInView(text, pack, Math.max(cue.last, cue.particle)) ||
    (pack.chargeVerbs.has(lemma) && chargeInView(text, pack, cue.last)) ||
    tag ||
    besideClaim(text, pack, cue.first) ||
    refersBack(text, pack, cue.first);
  if (pack.needsClaim.has(lemma) && !claimed) return null;
  // "A assessoria não comentou o caso": a report denied, with no claim in view, reports nothing.
  if (pack.negations.has(text.word(cue.first - 1)) && !claimed) return null;
  return cue;
}

/**
 * Whether the cue is a speech tag after what was said. In a verb-second language the tag's subject
 * follows its verb ("..., sagte der Minister"); a verb after a comma with no subject after it ends a
 * clause set off before it ("Petra Pau, Abgeordnete, spricht von ...").
 */
function tagAfterClaim(text: PackText, pack: Pack, cue: PackCue): boolean {
  if (!followsClaim(text, cue.first) || adverbialBefore(text, pack, cue.first - 1)) return false;
  if (!pack.grammar.verbSecond || text.isQuoteMark(cue.first - 1)) return true;
  let j = cue.last + 1;
  while (pack.clitics.has(text.word(j)) && !opensNounPhrase(text, pack, j)) j++;
  return opensNounPhrase(text, pack, pastSetting(text, pack, j, true));
}

/**
 * "la denuncia", "una muestra", "en evidencia": after an article or a preposition, a noun. An
 * article that is also an object pronoun is one before a verb ("comme le rappelle le ministre"),
 * but not opening a sentence where every subject is written: "Le juge Dupont a déclaré".
 */
function nounAt(text: PackText, pack: Pack, i: number): boolean {
  if (!text.isWordOf(i - 1, WordClass.Preposition | WordClass.Determiner)) return false;
  const classes = text.classesOf(i - 1);
  if ((classes & WordClass.Preposition) !== 0 || (classes & WordClass.Clitic) === 0) return true;
  return !pack.grammar.proDrop && text.sentenceFirst(i - 1) === i - 1;
}

/** "se dijo", "se publicaron extractos": an impersonal or passive verb names no one. */
function impersonalAt(text: PackText, pack: Pack, i: number, lemma: string): boolean {
  return pack.impersonalClitics.has(text.word(i - 1)) && !pack.pronominalVerbs.has(lemma);
}

function withPronoun(text: PackText, cue: PackCue, pronoun: string): PackCue {
  const end = text.end(cue.first);
  return { ...cue, pronoun: { start: end - pronoun.length, end } };
}

/** A participle reports after its auxiliary ("a déclaré") or with its agent ("décrié par X"). */
function participleCue(text: PackText, pack: Pack, i: number, lemma: string): PackCue | null {
  const by = text.word(i + 1);
  const agent = pack.agentPrepositions.has(by) && !pack.needsClaim.has(lemma);
  if (agent && opensNounPhrase(text, pack, i + 2)) {
    return { ...packCue(PackCueKind.Verb, i, i + 1), lemma, agent: true };
  }
  // At the end of a subordinate clause the auxiliary follows: "wie sie berichtet hatte".
  if (pack.grammar.verbSecond && pack.auxiliaries.has(text.word(i + 1))) {
    return { ...packCue(PackCueKind.Verb, i, i + 1), lemma };
  }
  const reach = pack.grammar.verbSecond ? AUXILIARY_REACH_VERB_SECOND : AUXILIARY_REACH;
  const floor = text.sentenceFirst(i);
  // "… war damit begründet worden, dass …".
  if (pack.grammar.verbSecond && pack.passives.has(text.word(i + 1))) {
    return passiveCue(text, i, i + 1, lemma);
  }
  for (let j = i - 1; j >= floor && j >= i - reach; j--) {
    const w = text.word(j);
    if (pack.passives.has(w) && !pronominalPast(text, pack, j, lemma)) {
      if (!pack.grammar.verbSecond) return subjectlessPassive(text, pack, j, i, lemma);
      return agentBetween(text, pack, j, i)
        ? null
        : passiveCue(text, i - j === 1 ? j : i, i, lemma);
    }
    if (pack.auxiliaries.has(w) || invertedAt(text, pack, j, w)) {
      // Next to its auxiliary, the cue holds both: "a annoncé", "avait déclaré"; in a verb-second
      // language only side by side, as its subject may stand between ("hat der Minister gesagt").
      const near = pack.grammar.verbSecond ? 1 : AUXILIARY_REACH;
      const withClitic = pronominalPast(text, pack, j, lemma) ? j - 1 : j;
      const first = i - j <= near ? withClitic : i;
      return { ...packCue(PackCueKind.Verb, first, i), lemma, auxiliary: j };
    }
    if (isBoundary(text, j) && !pack.grammar.verbSecond) return null;
    if (text.is(j, '.') || text.is(j, ';')) return null;
  }
  return null;
}

/**
 * German "Am Montag wurde berichtet, dass …", "Die Entscheidung wurde damit begründet, dass …":
 * a passive report names no source, as English "it was reported that". Only one whose "dass"
 * follows reports: without it the claim is too often something else ("wurde mit 214 angegeben",
 * "so werden die Anhänger genannt").
 */
function passiveCue(text: PackText, first: number, last: number, lemma: string): PackCue | null {
  const end = Math.min(text.sentenceEnd(last), last + 1 + OPENER_REACH);
  for (let j = last + 1; j < end; j++) {
    if (text.isWordOf(j, WordClass.Complementizer))
      return { ...packCue(PackCueKind.Impersonal, first, last), lemma };
    if (text.isWordOf(j, WordClass.Verb)) return null;
  }
  return null;
}

/**
 * "Foi anunciado que …", "Ha sido confirmado que …", "Il a été annoncé que …": a passive whose
 * clause opens on it (its auxiliaries, or a subject that stands for no one, before it) reports
 * with no source, as English "it was announced that", when its verb reports impersonally ("se
 * decidió", "il a été décidé" decide). With a subject before it ("Le ministre a été informé que")
 * it is no report; with its agent after it, the agent is its source.
 */
function subjectlessPassive(
  text: PackText,
  pack: Pack,
  passive: number,
  i: number,
  lemma: string,
): PackCue | null {
  if (!pack.impersonalVerbs.has(lemma)) return null;
  let first = passive;
  while (pack.auxiliaries.has(text.word(first - 1)) || pack.passives.has(text.word(first - 1)))
    first--;
  if (pack.expletives.has(text.word(first - 1))) first--;
  const before = first - 1;
  // ("Un article (Nouvelle fenêtre) avait été publié": a bracket closes the subject before it.)
  const opens =
    first === text.sentenceFirst(i) ||
    text.is(before, ',') ||
    text.is(before, ';') ||
    text.isWordOf(before, WordClass.Conjunction);
  const cue = opens ? passiveCue(text, first, i, lemma) : null;
  // "Foi confirmado pela polícia que …": the agent said it.
  const by = text.word(i + 1);
  const agent =
    pack.agentPrepositions.has(by) &&
    (pack.fusedPrepositions.has(by) || opensNounPhrase(text, pack, i + 2));
  return cue && agent ? { ...packCue(PackCueKind.Verb, first, i + 1), lemma, agent } : cue;
}

/** Whether an agent ("von der Polizei") or a clause's edge stands between a passive's auxiliary and participle. */
function agentBetween(text: PackText, pack: Pack, auxiliary: number, i: number): boolean {
  for (let k = auxiliary + 1; k < i; k++) {
    if (pack.agentPrepositions.has(text.word(k)) || isBoundary(text, k)) return true;
  }
  return false;
}

/**
 * Where the subject may stand between auxiliary and participle (verb-second), the participle
 * cue of the spelling at i when an auxiliary opens its clause within reach, with no comma between.
 */
function perfectAt(text: PackText, pack: Pack, i: number, lemma: string): PackCue | null {
  if (!pack.grammar.verbSecond || pack.auxiliaries.has(text.word(i - 1))) return null;
  // "hat sich wie erwartet verstärkt": "as expected" reports nothing of the clause's.
  if (pack.asWords.has(text.word(i - 1))) return null;
  const cue = participleCue(text, pack, i, lemma);
  if (cue?.kind === PackCueKind.Impersonal) return cue;
  if (!cue || cue.auxiliary < 0) return null;
  for (let k = cue.auxiliary + 1; k < i; k++) if (isBoundary(text, k)) return null;
  return cue;
}

/**
 * "s'est félicité", "se sont dits": a pronominal verb's compound past takes "être", which is then
 * no passive; the clitic before it marks it.
 */
function pronominalPast(text: PackText, pack: Pack, auxiliary: number, lemma: string): boolean {
  return pack.impersonalClitics.has(text.word(auxiliary - 1)) && pack.pronominalVerbs.has(lemma);
}

/**
 * Which verb a finite spelling is: a separable one whose particle closes the clause ("gab ...
 * bekannt", "gab ... an"), else the one without a particle ("sagte"), else none.
 */
function finiteReading(
  text: PackText,
  pack: Pack,
  i: number,
  spelling: VerbSpelling,
): VerbSpelling | null {
  // The spelling's own reading, then the others: no array made for the one most spellings have.
  if (spelling.particle && particleAt(text, pack, i, spelling.particle) >= 0) return spelling;
  let plain: VerbSpelling | null = spelling.particle ? null : spelling;
  for (const reading of spelling.others ?? NO_READINGS) {
    if (!reading.particle) plain ??= reading;
    else if (particleAt(text, pack, i, reading.particle) >= 0) return reading;
  }
  // A clause closed by another verb's particle is that verb's: "riefen den Notstand aus"; one
  // before a quote governs it ("warnte vor „überhasteten Kürzungen“").
  const last = clauseLast(text, i);
  const opensQuote = text.isQuoteMark(last + 1) && text.spaceBefore(last + 1);
  const closed = pack.particles.has(text.word(last)) && !opensQuote;
  return plain && !closed ? plain : null;
}

/** The last token of the clause that token i is in, to its first mark. */
function clauseLast(text: PackText, i: number): number {
  let j = i;
  while (j + 1 < text.count && !isBoundary(text, j + 1)) j++;
  return j;
}

const NO_READINGS: readonly VerbSpelling[] = [];

/** A separable verb reports only with its particle closing the clause: "teilte ... mit". */
function particleAt(text: PackText, pack: Pack, i: number, particle: string): number {
  // At the end of a subordinate clause it may stand apart before its verb: "wie sie bekannt gab".
  if (text.word(i - 1) === particle && (isBoundary(text, i + 1) || i + 1 >= text.count))
    return i - 1;
  // A verb right before a comma closes its clause: "Wie ein Sprecher sagte, fallen Züge aus"
  // (the "aus" is the next clause's, not "sagte … aus").
  if (isBoundary(text, i + 1)) return -1;
  const end = text.sentenceEnd(i);
  // The rest of the sentence is read by hash: only a word with the particle's is made a string.
  const hash = hashWord(particle);
  for (let j = i + 1; j < end; j++) {
    const isParticle = text.hash(j) === hash && text.word(j) === particle;
    if (isParticle && (isBoundary(text, j + 1) || j + 1 >= end)) return j;
    if (text.is(j, ';')) return -1;
    if (text.is(j, '.') && !pack.textLexicon.abbreviations.has(text.word(j - 1))) return -1;
  }
  return -1;
}

/** Whether the pack's grammar reads a verb spelled as its infinitive as one: "zu erklären". */
function spelledAsInfinitive(text: PackText, pack: Pack, i: number): boolean {
  const reads = pack.grammar.infinitiveAt;
  if (!reads) return false;
  let first = i;
  while (first > 0 && !isBoundary(text, first - 1)) first--;
  const last = clauseLast(text, i);
  const clause: string[] = [];
  for (let j = first; j <= last; j++) clause.push(text.word(j));
  return reads(clause, i - first);
}

/** After an opening quote or a dash a sentence starts anew: "„Erklärte er das?“". */
function followsOpening(text: PackText, i: number): boolean {
  return text.isQuoteMark(i - 1) || isDash(text, i - 1) || text.is(i - 1, ':');
}

/**
 * The word that opens the verb's clause when it is one "as X said" ("wie die Polizei mitteilte",
 * "como informó la policía"): the verb then reports the rest of its sentence; -1 otherwise.
 */
function asClauseOpener(text: PackText, pack: Pack, verb: number): number {
  const floor = text.sentenceFirst(verb);
  for (let j = verb - 1; j >= floor; j--) {
    // "wie der „Spiegel“ berichtete": the marks of a quoted name end no clause.
    if (text.isQuoteMark(j) && closesQuotedName(text, j)) {
      j = text.quotes.open[text.quoteOf(j)] ?? j;
      continue;
    }
    if (isBoundary(text, j)) return pack.asWords.has(text.word(j + 1)) ? j + 1 : -1;
    if (j === floor) return pack.asWords.has(text.word(j)) ? j : -1;
  }
  return -1;
}

/** "comme l'a souligné X, ...": a report set beside its claim. */
function besideClaim(text: PackText, pack: Pack, first: number): boolean {
  let j = first - 1;
  while (j > first - AUXILIARY_REACH && pack.clitics.has(text.word(j))) j--;
  return pack.asWords.has(text.word(j));
}

/** Whether a claim follows the cue: a "que", a colon, a quote, or a comma before a clause. */
function claimInView(text: PackText, pack: Pack, last: number): boolean {
  const sentenceEnd = text.sentenceEnd(last);
  const end = Math.min(sentenceEnd, last + 1 + OPENER_REACH);
  const finiteVerb = (j: number) =>
    text.isWordOf(j, WordClass.Verb) && pack.verbs.get(text.word(j))?.use === VerbUse.Finite;
  for (let j = last + 1; j < end; j++) {
    if (text.isWordOf(j, WordClass.Complementizer)) return true;
    // "a annoncé jeudi avoir livré 766 avions": a perfect infinitive right after the verb (and
    // when it spoke) is a claim of its own; not one further on ("la suppression sans avoir …").
    const opening = j === last + 1 || j === last + 1 + whenAt(text, pack, last + 1);
    if (opening && pack.infinitiveAuxiliaries.has(text.word(j))) return true;
    // "pidió no ser identificado, admitió que": the "que" of the next verb is not this one's.
    if (finiteVerb(j)) return false;
    const mark = text.is(j, ':') || text.isQuoteMark(j) || isDash(text, j);
    if (mark && j <= last + CLAIM_REACH) return true;
    if (text.is(j, ',') && reportedClauseAfter(text, pack, j)) return true;
  }
  // "erklärte er zu einem Projekt im Bereich der Biomasse-Energie: „Was …“": a quote after a
  // colon is what was said, however far in the clause.
  for (let j = end; j < Math.min(sentenceEnd, last + 1 + QUOTE_REACH); j++) {
    if (finiteVerb(j) || text.is(j, ',')) return false;
    if (text.is(j, ':') && text.isQuoteMark(j + 1)) return true;
  }
  return false;
}

// How far a colon before a quote may stand from the verb whose claim the quote is.
const QUOTE_REACH = 20;

// How many words the one charged may take: "l'ancien maire de la ville".
const CHARGED_REACH = 8;

/**
 * "accuse l'armée d'avoir visé": after the one charged, an opener of the charge before a plain word
 * (its verb); "accuse une baisse de 2 %", "de la production" charge no one.
 */
function chargeInView(text: PackText, pack: Pack, last: number): boolean {
  const end = Math.min(text.sentenceEnd(last), last + 2 + CHARGED_REACH);
  for (let j = last + 2; j < end; j++) {
    if (isBoundary(text, j)) return false;
    if (!pack.chargeOpeners.has(text.word(j))) continue;
    const next = j + 1;
    return text.isWord(next) && !text.isCapitalized(next) && !text.isWordOf(next, NOT_A_VERB);
  }
  return false;
}

const NOT_A_VERB = WordClass.Determiner | WordClass.Preposition | WordClass.SubjectPronoun;

// How far into a clause the word that marks it a claim may stand: "die Lage im Land sei".
const MARK_REACH = 10;

/** "sagte, die Lage sei ernst": a clause after the comma that the pack marks as a claim. */
function reportedClauseAfter(text: PackText, pack: Pack, comma: number): boolean {
  if (pack.clauseMarks.size === 0) return false;
  const end = Math.min(text.sentenceEnd(comma), comma + 1 + MARK_REACH);
  for (let j = comma + 1; j < end; j++) {
    if (text.isWordOf(j, WordClass.ClauseMark) || reportedMoodAt(text, pack, j)) return true;
    if (isBoundary(text, j)) return false;
  }
  return false;
}

/**
 * Whether the sentence from `first` to `end` opens in the mood of reported speech: "Man müsse
 * jetzt handeln", "Die Lage sei ernst", "Das wäre ein Fehler" ("zu", a clause mark after a
 * comma, marks no sentence).
 */
export function reportedOpening(text: PackText, pack: Pack, first: number, end: number): boolean {
  const last = Math.min(end, first + MARK_REACH);
  for (let j = first; j < last; j++) {
    const mark = text.isWordOf(j, WordClass.ClauseMark) && !text.isWordOf(j, WordClass.Preposition);
    if (mark || reportedMoodAt(text, pack, j)) return true;
    if (isBoundary(text, j) && !text.isQuoteMark(j)) return false;
  }
  return false;
}

const NO_VERB = WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction;

/** "der Minister trete zurück", "man prüfe": a verb in the mood of reported speech after its subject. */
function reportedMoodAt(text: PackText, pack: Pack, j: number): boolean {
  const mood = pack.grammar.reportedMood;
  if (!mood || !text.isWord(j) || text.isCapitalized(j) || text.isWordOf(j, NO_VERB)) return false;
  // (Its ending is read from the text in place, and the word made only then: most words have
  // another, and making each cost the German corpus 7% of its time.)
  if (!text.text.endsWith(mood.ending, text.end(j))) return false;
  const subject = j - 1;
  const afterSubject =
    text.isWordOf(subject, WordClass.SubjectPronoun) ||
    (text.isCapitalized(subject) &&
      (text.isWordOf(subject - 1, WordClass.Determiner) || text.isCapitalized(subject - 1)));
  return afterSubject && mood.is(text.word(j));
}
