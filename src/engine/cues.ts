import { type VerbClass, type VerbEntry, VerbForm } from './lexicon';
import type { ParsedText } from './text/parse';
import { TokenType } from './text/tokens';

/** What kind of words signal an attribution, which decides where its source and content are. */
export enum CueKind {
  /** A reporting verb: "said", "told", "has argued", "shows". */
  Verb = 1,
  /** "according to X", "as reported by X", "per X". */
  According = 2,
  /** "citing X", "quoting X": X is cited by the clause's subject. */
  Citing = 3,
  /** "reportedly", "allegedly": no source. */
  Hedge = 4,
  /** "it was reported that", "it is believed": no source. */
  Impersonal = 5,
  /** "X is said to", "X is believed to": no source. */
  Raising = 6,
  /** A speaker's name and a colon before what they said: "Matthews: Well, ..." */
  Colon = 7,
  /** One of the reader's own phrases. */
  Extra = 8,
}

export interface Cue {
  kind: CueKind;
  /** The verb's dictionary form ("say" for "said"), or null for other cues. */
  lemma: string | null;
  /** First and last token of the cue words (inclusive). */
  first: number;
  last: number;
  /** The reporting verb or key word itself. */
  head: number;
  verbClass: VerbClass | null;
  form: VerbForm | null;
  /** A passive verb ("was told", "is shown"): its source, if any, follows "by". */
  passive: boolean;
}

/** The verb's form here: a spelling can be past or participle ("said"); the context decides. */
function formHere(entry: VerbEntry, passive: boolean): VerbForm {
  const forms = entry.forms;
  if (forms.length === 1) return forms[0] ?? VerbForm.Past;
  if (passive && forms.includes(VerbForm.Participle)) return VerbForm.Participle;
  return forms[0] ?? VerbForm.Past;
}

/** The index of the first token before i that is not an auxiliary or adverb (the subject's end); "he’s" is a subject. */
function skipAuxiliariesLeft(text: ParsedText, i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor) {
    const w = text.word(j);
    // "suddenly insist", "flatly denied": a lower-case -ly word is an adverb.
    const adverb =
      text.lexicon.adverbs.has(w) || (w.endsWith('ly') && !text.isCapitalized(j) && w.length > 4);
    if (!w || !(text.lexicon.auxiliaries.has(w) || adverb)) break;
    if (w === 'to' && !text.lexicon.grammar.infinitiveHosts.has(text.word(j - 1))) break;
    j--;
  }
  return j;
}

/** "the said agreement", "a report", "his claims", "Trump's tweets", "for alleged fraud". */
function isNounUse(text: ParsedText, i: number, entry: VerbEntry, form: VerbForm): boolean {
  const before = text.word(i - 1);
  const lex = text.lexicon;
  // Only articles: after a quantifier the verb still reports ("half said", "several say").
  if (before && lex.articles.has(before)) return true;
  if (text.isPossessive(i - 1)) return true;
  // "his recently revealed strategies", "an hourlong show", "the new report".
  const twoBefore = text.word(i - 2);
  if (lex.articles.has(twoBefore)) {
    if (lex.adverbs.has(before)) return true;
    // "a larger say", "no real say": the noun.
    if (entry.lemma === 'say' && form === VerbForm.Base && !isSourceNoun(text, before)) return true;
    // "an hourlong show", but "a study found", "the Post reports".
    const nounSpelling = form === VerbForm.Base || form === VerbForm.Third;
    if (
      nounSpelling &&
      text.lexicon.grammar.nounishVerbs.has(entry.lemma) &&
      !isSourceNoun(text, before) &&
      !text.isCapitalized(i - 1)
    )
      return true;
  }
  if (form === VerbForm.Past && before && lex.prepositions.has(before)) {
    return entry.lemma !== 'say' || before === 'of';
  }
  return false;
}

/** A noun a source can be: "officials", "the poll", "the company", "the newspaper". */
function isSourceNoun(text: ParsedText, w: string): boolean {
  const s = text.lexicon.sources;
  return (
    s.unnamed.has(w) || s.documents.has(w) || s.organizationNouns.has(w) || s.mediaNouns.has(w)
  );
}

/** Whether a base or -s form has a subject that agrees with it, so that it is a verb here. */
function agrees(
  text: ParsedText,
  form: VerbForm,
  entry: VerbEntry,
  subjectEnd: number,
  i: number,
): boolean {
  const subject = text.contracted(subjectEnd) || text.word(subjectEnd);
  // "Let's say", "needs to sell herself and tell more jokes": no subject of their own.
  if (subject === 'let') return false;
  if ((subject === 'and' || subject === 'or') && form === VerbForm.Base) return false;
  // "did not say", "doesn't say": the auxiliary carries the agreement.
  for (let k = subjectEnd + 1; k < i; k++)
    if (text.lexicon.grammar.doSupport.has(text.word(k))) return true;
  // "Others, however, say", "..., say experts": the subject is beyond the comma.
  if (text.is(subjectEnd, ','))
    return !text.lexicon.grammar.nounishVerbs.has(entry.lemma) || form === VerbForm.Third;
  if (form === VerbForm.Third) {
    if (!text.lexicon.grammar.nounishVerbs.has(entry.lemma)) return true;
    const next = text.lower(i + 1);
    // "A document on the website states that": "states" reports only a clause, from a source.
    if (entry.lemma === 'state') {
      return (
        next === 'that' &&
        (text.lexicon.grammar.singularPronouns.has(subject) || isSourceNoun(text, subject))
      );
    }
    if (text.lexicon.grammar.singularPronouns.has(subject) && next === 'that') return true;
    // "16 states that vote", "the seven states": a number or determiner makes it a noun.
    if (text.type(subjectEnd) === TokenType.Number || text.lexicon.determiners.has(subject))
      return false;
    if (text.lexicon.prepositions.has(subject)) return false;
    if (next === 'that' || text.isQuoteMark(i + 1) || next === ':') return true;
    // "..., Viguerie notes.": after the claim it reports.
    if (text.is(i + 1, '.') || text.is(i + 1, ',')) {
      return text.is(subjectEnd - 1, ',') || text.type(subjectEnd - 1) === TokenType.CloseQuote;
    }
    if (text.lexicon.prepositions.has(next) || text.type(i + 1) === TokenType.Punct) return false;
    // "percentage points to", "Republican claims": no subject that a verb could have.
    if (text.lexicon.sources.nationalities.has(subject)) return false;
    // "media reports", "news tweets": a plural before a noun spelling makes a compound noun.
    if (
      (subject.endsWith('s') && !subject.endsWith('ss')) ||
      text.lexicon.grammar.pluralFinders.has(subject)
    )
      return false;
    const name =
      text.isCapitalized(subjectEnd) &&
      !subject.endsWith('s') &&
      !text.lexicon.sources.nationalities.has(subject);
    return (
      text.lexicon.grammar.singularPronouns.has(subject) || name || isSourceNoun(text, subject)
    );
  }
  if (subject === 'he' || subject === 'she' || subject === 'it' || subject === 'this') return false;
  // "That comment is a lie", "the 1995 state filings": a noun after "that" or a number.
  if (
    text.lexicon.grammar.nounishVerbs.has(entry.lemma) &&
    (text.lexicon.determiners.has(subject) || text.type(subjectEnd) === TokenType.Number)
  ) {
    return false;
  }
  if (text.type(subjectEnd) === TokenType.Number || text.is(subjectEnd, '%')) return true;
  if (text.lexicon.grammar.nounishVerbs.has(entry.lemma)) {
    if (text.lexicon.grammar.pluralPronouns.has(subject)) return true;
    // "But some note that": a plural phrase with a clause after it.
    if (text.lower(i + 1) === 'that' && pluralSubject(text, subjectEnd)) return true;
    const plural = subject.endsWith('s') && !subject.endsWith('ss');
    return plural && (text.isCapitalized(subjectEnd) || isSourceNoun(text, subject));
  }
  return pluralSubject(text, subjectEnd);
}

/**
 * Whether the subject phrase ending at `end` is plural, as a base form needs: "analysts say",
 * "aides to Clinton say", "half of voters in each state say", "many say"; not "post-traumatic
 * stress", "please ask", "I write".
 */
function pluralSubject(text: ParsedText, end: number): boolean {
  const lex = text.lexicon;
  const last = text.word(end);
  if (last === 'you' || last === 'please') return false;
  for (let k = end; k >= 0 && k > end - 14; k--) {
    const w = text.word(k);
    if (text.is(k, '.') && text.isWord(k - 1)) continue;
    if (!w) return text.type(k) === TokenType.Number || text.is(k, '%');
    // "Mr. Autor and Mr. Hanson emphasize": two subjects make a plural one.
    if (w === 'and' && k !== end) return true;
    if (lex.clauseWords.has(w) && k !== end) return false;
    if ((w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s")) || lex.pluralNouns.has(w))
      return true;
  }
  return false;
}

/** Whether the word at i is a plain noun a participle could describe: not a pronoun, article or clause. */
function describesNoun(text: ParsedText, i: number): boolean {
  const lex = text.lexicon;
  const w = text.word(i);
  if (!w || text.isCapitalized(i)) return false;
  return (
    !lex.pronouns.has(w) &&
    !lex.determiners.has(w) &&
    !lex.clauseWords.has(w) &&
    !lex.prepositions.has(w)
  );
}

/** Whether the auxiliaries between a subject and its verb hold a negation: "did not", "hasn't", "never". */
function negated(text: ParsedText, subjectEnd: number, i: number): boolean {
  for (let k = subjectEnd + 1; k < i; k++) {
    const w = text.word(k);
    if (w === 'not' || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

/** Whether the word at i can be a speaker: a pronoun, a name, or a word for people. */
function speakerSubject(text: ParsedText, i: number): boolean {
  const w = text.contracted(i) || text.word(i);
  if (text.lexicon.grammar.singularPronouns.has(w) || text.lexicon.grammar.pluralPronouns.has(w))
    return w !== 'it' && w !== 'this';
  const lex = text.lexicon;
  if (text.isCapitalized(i) && !lex.determiners.has(w) && !lex.clauseWords.has(w)) return true;
  return lex.sources.unnamed.has(w) || lex.sources.organizationNouns.has(w);
}

/** Whether the sentence around i is written in title case, as headlines are. */
function titleCase(text: ParsedText, i: number): boolean {
  const floor = text.sentenceFirst(i);
  const end = Math.min(text.sentenceEnd(i), floor + 30);
  let words = 0;
  let capitals = 0;
  for (let k = floor; k < end; k++) {
    if (!text.isWord(k) || text.word(k).length < 4) continue;
    words++;
    if (text.isCapitalized(k)) capitals++;
  }
  return words > 0 && capitals * 4 >= words * 3;
}

/**
 * Whether the subject phrase before a "shows" or "found" names a finding: "a CNN poll last month",
 * "exit polls conducted by Edison Research". A base form needs a plural subject: not "a TV show".
 */
function hasFinder(
  text: ParsedText,
  subjectEnd: number,
  floor: number,
  form: VerbForm,
  documentsOnly: boolean,
): boolean {
  const s = text.lexicon.sources;
  for (let k = subjectEnd; k >= floor && k > subjectEnd - 12; k--) {
    if (!text.isWord(k) && text.type(k) !== TokenType.Number && !text.is(k, '/')) return false;
    const w = text.word(k);
    if (s.captionWords.has(w)) return false;
    const agent = s.unnamed.has(w) || s.organizationNouns.has(w);
    if (s.documents.has(w) || (agent && !documentsOnly)) {
      // A base form needs a plural finder: "records show", not "a TV show".
      return form !== VerbForm.Base || w.endsWith('s') || text.lexicon.grammar.pluralFinders.has(w);
    }
    if (text.lexicon.clauseWords.has(w) && w !== 'that' && w !== 'and') return false;
    if (w.endsWith('ing') || (text.lexicon.verbs.has(w) && !w.endsWith('ed'))) return false;
  }
  return false;
}

/**
 * Whether a verb has a claim in view: a clause or a quote after it ("urged that", "praised: “...”"),
 * or a claim before it ("..., she cautioned.", "“...,” he quipped").
 */
function introducesClaim(text: ParsedText, i: number, subjectEnd: number, floor: number): boolean {
  let next = i + 1;
  // "reminded voters that", "assured reporters that": whom they spoke to comes first.
  while (
    next <= i + 3 &&
    text.isWord(next) &&
    !text.lexicon.grammar.claimOpeners.has(text.word(next))
  )
    next++;
  if (
    text.lexicon.grammar.claimOpeners.has(text.lower(next)) ||
    text.isQuoteMark(next) ||
    text.is(next, ':')
  )
    return true;
  // 'He added, “...”', 'the former chief added, it is not the way'.
  if (text.is(next, ',') && next === i + 1) return true;
  if (text.is(i - 1, ',') || text.isQuoteMark(i - 1)) return true;
  // "“...,” he quipped": a short subject right after the claim it follows.
  let k = subjectEnd;
  while (
    k > floor &&
    k > subjectEnd - 6 &&
    (text.isWord(k) || (text.is(k, '.') && text.isWord(k - 1))) &&
    !text.lexicon.verbs.has(text.word(k)) &&
    !text.word(k).endsWith('ed') &&
    text.isWord(k) &&
    !text.lexicon.clauseWords.has(text.word(k))
  )
    k--;
  return k > floor && (text.is(k, ',') || text.isQuoteMark(k));
}

/**
 * Whether a gerund reports here: "..., saying", "by telling", "a sign saying", "voters saying";
 * not a noun ("for saying", "his warning", "a strong showing").
 */
function gerundReports(text: ParsedText, i: number, entry: VerbEntry, floor: number): boolean {
  const before = text.lower(i - 1);
  if (
    text.is(i - 1, ',') ||
    text.lexicon.grammar.gerundOpeners.has(before) ||
    text.lexicon.grammar.be.has(before)
  )
    return true;
  if (text.contracted(i - 1) !== '' || text.lexicon.adverbs.has(before)) return true;
  // Nouns in disguise: "a strong showing", "a warning", "verified reporting" need a clause opener,
  // or a finding just before: "polls showing", "a video showing".
  if (
    entry.lemma === 'show' ||
    entry.lemma === 'warn' ||
    entry.lemma === 'find' ||
    entry.lemma === 'report'
  ) {
    return entry.verbClass === 'evidence' && text.lexicon.sources.documents.has(before);
  }
  if (text.isPossessive(i - 1) || i - 1 < floor) return false;
  if (before.endsWith('ed') && !text.lexicon.grammar.gerundHosts.has(before)) return false;
  return !text.lexicon.grammar.gerundBlockers.has(before) && !text.lexicon.determiners.has(before);
}

/** Whether a verb spelling at i is used as a reporting verb, with what form. */
function verbCue(text: ParsedText, i: number, entry: VerbEntry, floor: number): Cue | null {
  const lex = text.lexicon;
  if (text.isCapitalized(i) && i > floor && !titleCase(text, i)) return null;
  const subjectEnd = skipAuxiliariesLeft(text, i, floor);
  let passive = false;
  for (let k = subjectEnd + 1; k < i; k++)
    if (text.lexicon.grammar.be.has(text.word(k))) passive = true;
  const form = formHere(entry, passive);
  if (form !== VerbForm.Participle) passive = false;
  const before = text.word(i - 1);
  const after = text.lower(i + 1);
  // "it shows how" is an argument, not a finding: "show" needs "that" or a finding subject.
  const demonstrates = entry.lemma === 'show' || entry.lemma === 'demonstrate';
  const clause = demonstrates ? after === 'that' : text.lexicon.grammar.findingOpeners.has(after);
  // People find things too ("police found the car"): without a clause, only a document finds.
  const documentsOnly = entry.lemma === 'find' || demonstrates;
  const finding =
    entry.verbClass === 'evidence' &&
    (clause || hasFinder(text, subjectEnd, floor, form, documentsOnly));
  if (!finding && isNounUse(text, i, entry, form)) return null;
  // "a note written for officials": a participle with no auxiliary describes a noun.
  if (form === VerbForm.Participle && entry.forms.length === 1 && subjectEnd === i - 1) return null;
  if (passive && !lex.passiveCues.has(entry.lemma) && text.word(i + 1) !== 'by') return null;
  // "Enough said", "That said,": set phrases.
  if (entry.lemma === 'say' && (before === 'enough' || (before === 'that' && subjectEnd === floor)))
    return null;
  // "All told": a set phrase.
  if (before === 'all' && text.is(i + 1, ',')) return null;
  // "Having said that", "it goes without saying", "It is worth noting", "the most elaborate".
  if (before === 'having' || before === 'without' || before === 'worth') return null;
  if (text.lexicon.grammar.degreeWords.has(before) && form !== VerbForm.Gerund) return null;
  // "(Reporting by ...; Writing by ...)": a credit line.
  if (form === VerbForm.Gerund && after === 'by') return null;
  if (entry.lemma === 'conclude' && after === 'with') return null;
  // "did not respond to a request for comment", "responded to pressure": no claim is made.
  if (
    text.lexicon.grammar.silentVerbs.has(entry.lemma) &&
    (after === 'to' || negated(text, subjectEnd, i))
  )
    return null;

  // "tells so many lies": storytelling, not a claim.
  if (
    entry.lemma === 'tell' &&
    text.lexicon.grammar.toldObjects.has(text.word(i + 1 + (text.word(i + 1) === 'so' ? 2 : 0)))
  )
    return null;
  if (entry.lemma === 'find' && text.lexicon.grammar.foundObjects.has(after)) return null;
  if (form === VerbForm.Base || form === VerbForm.Third) {
    // "There were reports": after a form of "be", a base or -s spelling is a noun.
    for (let k = subjectEnd + 1; k < i; k++)
      if (text.lexicon.grammar.be.has(text.word(k))) return null;
    // "will not yet say", "would not be accused": what someone may say is not what they said.
    for (let k = subjectEnd + 1; k < i; k++)
      if (text.lexicon.grammar.modals.has(text.word(k))) return null;
    if (before === 'to' && !text.lexicon.grammar.infinitiveHosts.has(text.word(i - 2))) return null;
    // "Tell us what you think": an imperative has no subject and reports nothing.
    if (subjectEnd < floor && !finding) return null;
    const infinitive = before === 'to';
    if (!finding && !infinitive && !agrees(text, form, entry, subjectEnd, i)) return null;
    // "hooking them on, say, heroin": an aside, not a verb.
    if (form === VerbForm.Base && text.is(i + 1, ',') && text.is(i - 1, ',')) return null;
  }
  if (form === VerbForm.Gerund && !gerundReports(text, i, entry, floor)) return null;
  if (entry.lemma === 'add' && (after === 'to' || after === 'up')) return null;
  if (entry.verbClass === 'evidence') {
    if (passive || text.lexicon.grammar.reflexives.has(after)) return null;
    // "found" and "show" report only with a clause ("found that") or a finding subject ("the poll shows").
    if ((entry.lemma === 'find' || entry.lemma === 'show') && !finding) return null;
  }
  if (entry.verbClass === 'phrasal') {
    const particles = lex.particles.get(entry.lemma);
    if (!particles?.has(text.word(i + 1))) return null;
    // "pointed to the polls" is a speaker's point; "all signs point to", "pointing to his ears" are not.
    if (text.word(i + 1) === 'to' && !speakerSubject(text, subjectEnd)) return null;
  }
  if (entry.lemma === 'ask' && before === 'if') return null;
  if (entry.lemma === 'report' && after === 'from') return null;
  // "eight reported incidents", "all reported contributions": a participle before a noun.
  if (
    form === VerbForm.Past &&
    text.lexicon.grammar.quantifiers.has(before) &&
    describesNoun(text, i + 1)
  )
    return null;
  if (lex.needsClaim.has(entry.lemma) && !introducesClaim(text, i, subjectEnd, floor)) return null;
  if (entry.lemma === 'maintain' && !introducesClaim(text, i, subjectEnd, floor)) return null;
  return {
    kind: CueKind.Verb,
    lemma: entry.lemma,
    first: subjectEnd + 1,
    last: i,
    head: i,
    verbClass: entry.verbClass,
    form,
    passive,
  };
}

/** Extends a verb cue over what belongs to it on the right: a particle, a colon, "in a statement". */
function extendRight(text: ParsedText, cue: Cue, end: number): void {
  const lex = text.lexicon;
  let j = cue.last + 1;
  if (cue.verbClass === 'phrasal') j++;
  // "said in a statement", "wrote in an op-ed on Tuesday", "said on Twitter"
  if (lex.meansPrepositions.has(text.word(j))) {
    let k = j + 1;
    while (k < end && k < j + 5 && text.isWord(k) && !lex.meansHeads.has(text.word(k))) {
      if (!lex.meansDeterminers.has(text.word(k)) && text.type(k) !== TokenType.Word) break;
      k++;
    }
    if (k < end && lex.meansHeads.has(text.word(k))) j = k + 1;
  }
  if (text.is(j, ':')) j++;
  cue.last = Math.max(cue.last, j - 1);
}

/** Finds every cue of the text, in order, outside direct quotes. */
export function findCues(text: ParsedText): Cue[] {
  const lex = text.lexicon;
  const cues: Cue[] = [];
  const n = text.count;
  // What a labelled speaker says runs to the end of the paragraph, like a quote.
  let speechUntil = -1;
  for (let i = 0; i < n; i++) {
    if (i < speechUntil) continue;
    // A caption or credit block ("Media caption Mr Obama told ...") reports nothing.
    if (text.opensParagraph(i) && text.phraseAt(i, lex.sources.captionLabels) > 0) {
      speechUntil = text.paragraphEnd(i);
      continue;
    }
    if (text.is(i, ':') && (text.quoteOf(i) < 0 || quotedLabel(text, i))) {
      // "told Fox News: “...”": the colon belongs to the verb's attribution, not to a new one.
      const previous = cues[cues.length - 1];
      const afterVerb =
        (previous?.kind === CueKind.Verb || previous?.kind === CueKind.According) &&
        i - previous.last <= 8 &&
        text.sentences.of[previous.head] === text.sentences.of[i];
      const cue = afterVerb ? null : colonCue(text, i);
      if (cue) cues.push(cue);
      if (speakerLabel(text, i) === Label.Speaker) speechUntil = text.paragraphEnd(i);
      continue;
    }
    if (text.type(i) !== TokenType.Word || !lex.cueStarts.has(text.hash(i))) continue;
    // What is said inside a quote belongs to the quoted speaker, not to the article.
    if (text.quoteOf(i) >= 0) continue;
    const w = text.word(i);
    const floor = text.sentenceFirst(i);
    const end = text.sentenceEnd(i);

    const according = text.phraseAt(i, lex.according);
    if (according > 0) {
      const next = i + according;
      if (text.phraseAt(next, lex.neverAccording) > 0 && !text.isCapitalized(next)) continue;
      cues.push({
        kind: CueKind.According,
        lemma: null,
        first: i,
        last: next - 1,
        head: i,
        verbClass: null,
        form: null,
        passive: false,
      });
      i = next - 1;
      continue;
    }
    if (lex.per.has(w) && perCue(text, i, floor)) {
      cues.push(simple(CueKind.According, i));
      continue;
    }
    if (lex.hedges.has(w)) {
      cues.push(simple(CueKind.Hedge, i));
      continue;
    }
    if (lex.impersonalSubjects.has(w)) {
      const cue = impersonalCue(text, i, end);
      if (cue) {
        cues.push(cue);
        i = cue.last;
        continue;
      }
    }
    if (
      text.lexicon.grammar.be.has(text.word(i - 1)) &&
      lex.raisingVerbs.has(w) &&
      text.word(i + 1) === 'to'
    ) {
      cues.push({ ...simple(CueKind.Raising, i - 1), last: i + 1, head: i });
      i++;
      continue;
    }
    const entry = lex.verbs.get(w);
    if (!entry) continue;
    const cue =
      entry.verbClass === 'citing' && entry.forms.includes(VerbForm.Gerund) && w.endsWith('ing')
        ? { ...simple(CueKind.Citing, i), verbClass: entry.verbClass, form: VerbForm.Gerund }
        : verbCue(text, i, entry, floor);
    if (!cue) continue;
    if (cue.kind === CueKind.Verb) extendRight(text, cue, end);
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}

function simple(kind: CueKind, i: number): Cue {
  return {
    kind,
    lemma: null,
    first: i,
    last: i,
    head: i,
    verbClass: null,
    form: null,
    passive: false,
  };
}

/** "per" as a source ("per Reuters", "per the report"), not a rate ("$5 per share", "per cent"). */
function perCue(text: ParsedText, i: number, floor: number): boolean {
  const next = i + 1;
  const w = text.word(next);
  if (!w) return false;
  const opensClause = i === floor || text.is(i - 1, ',') || text.is(i - 1, '(');
  if (!opensClause) return false;
  if (text.isCapitalized(next)) return true;
  return text.lexicon.determiners.has(w) && w !== 'no';
}

/** "it was reported that", "it is believed", "it has been alleged": a claim with no source. */
function impersonalCue(text: ParsedText, i: number, end: number): Cue | null {
  const lex = text.lexicon;
  let j = i + 1;
  let sawBe = false;
  while (j < end && j < i + 4) {
    const w = text.word(j);
    if (text.lexicon.grammar.be.has(w)) sawBe = true;
    else if (!(lex.auxiliaries.has(w) || lex.adverbs.has(w))) break;
    j++;
  }
  if (!sawBe || !lex.impersonalVerbs.has(text.word(j))) return null;
  return { ...simple(CueKind.Impersonal, i), last: j, head: j };
}

const SPEAKER_WORDS = 5;

/** Whether tokens [from, end) hold at least `least` words. */
function hasWords(text: ParsedText, from: number, end: number, least: number): boolean {
  let words = 0;
  for (let k = from; k < end && words < least; k++) if (text.isWord(k)) words++;
  return words >= least;
}

/**
 * A colon that introduces what someone said: a speaker's label opening a paragraph ("TRUMP: ...",
 * "Sanders: Brexit’s message..."), or a name before a quote ("... pollster Daron Shaw: “...”").
 */
function colonCue(text: ParsedText, i: number): Cue | null {
  if (i + 1 >= text.paragraphEnd(i)) return null;
  if (speakerLabel(text, i) === Label.Speaker) return simple(CueKind.Colon, i);
  const opensQuote = text.isQuoteMark(i + 1) && text.type(i + 1) !== TokenType.CloseQuote;
  if (!opensQuote || !text.isCapitalized(i - 1) || titleCase(text, i)) return null;
  // '"...," by Times' Ben Sisario: "..."': a credit line, not a speaker.
  for (let k = i - 1; k >= text.sentenceFirst(i) && k > i - 6; k--)
    if (text.word(k) === 'by') return null;
  return simple(CueKind.Colon, i);
}

export enum Label {
  None = 0,
  /** "TRUMP:", "Luciana Lopez:": a named speaker. */
  Speaker = 1,
  /** "Q:", "A:": an interview's turns, whose speakers the labels do not name. */
  Turn = 2,
}

/** Whether the colon at i ends a label at the start of a quote that opens its paragraph. */
function quotedLabel(text: ParsedText, i: number): boolean {
  const first = text.sentenceFirst(i);
  return text.isQuoteMark(first) && text.opensParagraph(first) && i - first <= SPEAKER_WORDS + 1;
}

/** Whether the colon at i ends a label that opens its paragraph, and what kind. */
export function speakerLabel(text: ParsedText, i: number): Label {
  let floor = text.sentenceFirst(i);
  // A quoted transcript: '"WALLACE: Let’s start with ...'.
  const quoted = text.isQuoteMark(floor) && text.opensParagraph(floor);
  if (quoted) floor++;
  const lex = text.lexicon;
  if (!(quoted || text.opensParagraph(floor)) || i === floor || i - floor > SPEAKER_WORDS) {
    return Label.None;
  }
  if (i - floor === 1 && text.word(floor).length === 1 && text.isCapitalized(floor))
    return Label.Turn;
  if (text.phraseAt(floor, lex.labels) > 0) return Label.None;
  // "Clinton: 547." is a tally, not a claim.
  if (!hasWords(text, i + 1, text.sentenceEnd(i + 1), 3)) return Label.None;
  // A speaker is a name ("Luciana Lopez", "TRUMP", "Clinton camp"), with no verb in it.
  for (let k = floor; k < i; k++) {
    if (text.is(k, '.')) continue;
    const w = text.word(k);
    if (!text.isWord(k) || lex.verbs.has(w)) return Label.None;
    if (!text.isCapitalized(k) && !lex.sources.nameParticles.has(w) && !isSourceNoun(text, w)) {
      return Label.None;
    }
  }
  // A list of names after the label ("Iowa: Tim Albrecht, Brad Anderson") is no claim.
  let commas = 0;
  for (let k = i + 1; k < text.sentenceEnd(i + 1); k++) {
    if (text.isWord(k) && !text.isCapitalized(k)) return Label.Speaker;
    if (text.is(k, ',')) commas++;
  }
  return commas >= 2 ? Label.None : Label.Speaker;
}
