/** Finds the cues of a text in a pack's language, in order, outside direct quotes. */
import { type Pack, VerbUse } from '../packs/compile';
import { TokenType } from '../text/tokens';
import { type PackCue, PackCueKind, packCue } from './cue';
import { followsClaim, isBoundary, isDash, opensNounPhrase, type PackText } from './words';

// How far back a participle looks for its auxiliary ("a également déclaré", German "hat ... gesagt").
const AUXILIARY_REACH = 3;
const AUXILIARY_REACH_VERB_SECOND = 14;
// How far a verb that needs a claim looks for it: "prévoit que", "prévoit notamment que"; a "que"
// may stand further, past whom it was told to ("trasmitió a las autoridades de Transporte que").
const CLAIM_REACH = 5;
const OPENER_REACH = 8;
// How far a "for X," view reads for its comma.
const VIEWPOINT_REACH = 8;

export function findCues(text: PackText, pack: Pack): PackCue[] {
  const cues: PackCue[] = [];
  // "—Nadie nos avisó —dijo la vecina—.": a paragraph that opens on a dash is a line of dialogue,
  // its words spoken between dashes as between quote marks.
  let dialogue = false;
  let spoken = false;
  for (let i = 0; i < text.count; i++) {
    if (text.opensParagraph(i)) dialogue = spoken = isDash(text, i);
    else if (dialogue && isDash(text, i)) spoken = !spoken;
    if (text.type(i) !== TokenType.Word || text.quoteOf(i) >= 0 || spoken) continue;
    const cue = cueAt(text, pack, i);
    if (!cue) continue;
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}

function cueAt(text: PackText, pack: Pack, i: number): PackCue | null {
  const according = text.phraseAt(i, pack.according);
  if (according > 0 && !ruleAfter(text, pack, i + according)) {
    return packCue(PackCueKind.According, i, i + according - 1);
  }
  const after = text.phraseAt(i, pack.accordingAfter);
  if (after > 0) return packCue(PackCueKind.AccordingAfter, i, i + after - 1);
  const impersonal = text.phraseAt(i, pack.impersonal);
  if (impersonal > 0) return packCue(PackCueKind.Impersonal, i, i + impersonal - 1);
  const w = text.word(i);
  if (pack.viewpoint.has(w) && viewpointAt(text, pack, i)) return packCue(PackCueKind.Viewpoint, i);
  if (pack.hedges.has(w)) return hedgeAt(text, pack, i) ? packCue(PackCueKind.Hedge, i) : null;
  const phrase = text.phraseAt(i, pack.verbPhrases);
  if (phrase > 0)
    return { ...packCue(PackCueKind.Verb, withAuxiliary(text, pack, i), i + phrase - 1), lemma: w };
  if (nounAt(text, pack, i)) return null;
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

/** "según la ley", "según el caso": an "according to" before a rule or a case, not a source. */
function ruleAfter(text: PackText, pack: Pack, i: number): boolean {
  let head = i;
  while (pack.determiners.has(text.word(head))) head++;
  return pack.notSources.has(text.word(head));
}

/** "Pour la ministre, ...", "Para ele, ...": a sentence that opens on whom a view is put to. */
function viewpointAt(text: PackText, pack: Pack, i: number): boolean {
  if (text.sentenceFirst(i) !== i || !opensNounPhrase(text, pack, i + 1)) return false;
  const end = Math.min(text.sentenceEnd(i), i + VIEWPOINT_REACH);
  for (let j = i + 1; j < end; j++) {
    if (text.is(j, ',')) return j > i + 1;
    if (isBoundary(text, j)) return false;
  }
  return false;
}

function verbCue(text: PackText, pack: Pack, i: number, w: string): PackCue | null {
  const inverted = pack.grammar.splitInverted?.(w) ?? null;
  const spelling = pack.verbs.get(inverted ? inverted.verb : w);
  if (inverted && !spelling && pack.auxiliaries.has(inverted.verb)) {
    // "a-t-il affirmé": the auxiliary carries the pronoun, the participle the report.
    const next = pack.verbs.get(text.word(i + 1));
    if (next?.use !== VerbUse.Participle) return null;
    return withPronoun(
      text,
      { ...packCue(PackCueKind.Verb, i, i + 1), lemma: next.lemma },
      inverted.pronoun,
    );
  }
  if (!spelling) return null;
  let cue: PackCue | null = null;
  if (spelling.use === VerbUse.Finite) {
    if (impersonalAt(text, pack, i, spelling.lemma)) return null;
    // "se quejó": a pronominal verb's cue holds its clitic.
    const first = pack.impersonalClitics.has(text.word(i - 1))
      ? i - 1
      : withAuxiliary(text, pack, i);
    cue = { ...packCue(PackCueKind.Verb, first, i), lemma: spelling.lemma };
    if (spelling.particle && !particleCloses(text, i, spelling.particle)) return null;
  } else if (spelling.use === VerbUse.Participle) {
    cue = participleCue(text, pack, i, spelling.lemma);
  } else if (spelling.use === VerbUse.Gerund) {
    cue = { ...packCue(PackCueKind.Verb, i), lemma: spelling.lemma, gerund: true };
  }
  if (!cue) return null;
  if (inverted) return withPronoun(text, cue, inverted.pronoun);
  const claimed =
    claimInView(text, pack, cue.last) ||
    followsClaim(text, cue.first) ||
    besideClaim(text, pack, cue.first);
  if (pack.needsClaim.has(spelling.lemma) && !claimed) return null;
  return cue;
}

/** "la denuncia", "una muestra", "en evidencia": after an article or a preposition, a noun. */
function nounAt(text: PackText, pack: Pack, i: number): boolean {
  const w = text.word(i - 1);
  return pack.prepositions.has(w) || (pack.determiners.has(w) && !pack.clitics.has(w));
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
  const reach = pack.grammar.verbSecond ? AUXILIARY_REACH_VERB_SECOND : AUXILIARY_REACH;
  const floor = text.sentenceFirst(i);
  for (let j = i - 1; j >= floor && j >= i - reach; j--) {
    const w = text.word(j);
    if (pack.passives.has(w)) return null;
    if (pack.auxiliaries.has(w) || pack.grammar.splitInverted?.(w)) {
      // Next to its auxiliary, the cue holds both: "a annoncé", "avait déclaré".
      const first = i - j <= AUXILIARY_REACH ? j : i;
      return { ...packCue(PackCueKind.Verb, first, i), lemma };
    }
    if (isBoundary(text, j) && !pack.grammar.verbSecond) return null;
    if (text.is(j, '.') || text.is(j, ';')) return null;
  }
  return null;
}

/** A separable verb reports only with its particle closing the clause: "teilte ... mit". */
function particleCloses(text: PackText, i: number, particle: string): boolean {
  const end = text.sentenceEnd(i);
  for (let j = i + 1; j < end; j++) {
    if (text.word(j) === particle && (isBoundary(text, j + 1) || j + 1 >= end)) return true;
    if (text.is(j, '.') || text.is(j, ';')) return false;
  }
  return false;
}

/** "comme l'a souligné X, ...": a report set beside its claim. */
function besideClaim(text: PackText, pack: Pack, first: number): boolean {
  let j = first - 1;
  while (j > first - AUXILIARY_REACH && pack.clitics.has(text.word(j))) j--;
  return pack.asWords.has(text.word(j));
}

/** Whether a claim follows the cue: a "que", a colon, a quote, or a comma before a clause. */
function claimInView(text: PackText, pack: Pack, last: number): boolean {
  const end = Math.min(text.sentenceEnd(last), last + 1 + OPENER_REACH);
  for (let j = last + 1; j < end; j++) {
    const w = text.word(j);
    if (pack.complementizers.has(w)) return true;
    // "pidió no ser identificado, admitió que": the "que" of the next verb is not this one's.
    if (pack.verbs.get(w)?.use === VerbUse.Finite) return false;
    const mark = text.is(j, ':') || text.isQuoteMark(j) || isDash(text, j);
    if (mark && j <= last + CLAIM_REACH) return true;
  }
  return false;
}
