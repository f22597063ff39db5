/** Reporting verbs as cues: their form, their auxiliaries, and the contexts where they report. */

import { isBeliefClass, type VerbEntry, VerbForm, WordClass } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import { spelledLikeAdverb } from '../ly-adverbs';
import { subjectBefore } from '../phrases';
import type { EnglishText } from '../text';
import { type Cue, CueKind, singleWordCue } from './cue';
import {
  agrees,
  describesNoun,
  hasFinder,
  isNounUse,
  speakerSubject,
  titleCase,
} from './verb-or-noun';

/** The verb's form here: a spelling can be past or participle ("said"); the context decides. */
function formHere(entry: VerbEntry, passive: boolean): VerbForm {
  const forms = entry.forms;
  if (forms.length === 1) return forms[0] ?? VerbForm.Past;
  if (passive && forms.includes(VerbForm.Participle)) return VerbForm.Participle;
  return forms[0] ?? VerbForm.Past;
}

/** The index of the first token before i that is not an auxiliary or adverb (the subject's end); "he’s" is a subject. */
function skipAuxiliariesLeft(text: EnglishText, i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor) {
    const w = text.word(j);
    const adverb =
      text.lexicon.adverbs.has(w) || (!text.isCapitalized(j) && spelledLikeAdverb(text, w));
    if (!w || !(text.lexicon.auxiliaries.has(w) || adverb)) break;
    if (w === 'to' && !text.lexicon.grammar.infinitiveHosts.has(text.word(j - 1))) break;
    j--;
  }
  return j;
}

// How many tokens of time or tally may stand between a verb and its "that".
const LONGEST_BEFORE_THAT = 5;

/**
 * Whether "that" opens a clause after the verb at i, past when and by how much: "ruled on Friday
 * that", "ruled 6-3 that".
 */
function thatFollows(text: EnglishText, i: number): boolean {
  const { timeWords, grammar } = text.lexicon;
  for (let k = i + 1; k <= i + LONGEST_BEFORE_THAT; k++) {
    const w = text.word(k);
    // "rules that could lead to closures": "that" before a verb opens a relative clause.
    if (w === 'that') return !(text.classesAt(k + 1) & (WordClass.Auxiliary | WordClass.Verb));
    const when = timeWords.has(w) || grammar.whenLeads.has(w);
    if (!when && text.type(k) !== TokenType.Number && !text.is(k, '-')) return false;
  }
  return false;
}

/** Whether the auxiliaries between a subject and its verb hold a negation: "did not", "hasn't", "never". */
function negated(text: EnglishText, subjectEnd: number, i: number): boolean {
  for (let k = subjectEnd + 1; k < i; k++) {
    const w = text.word(k);
    if (w === 'not' || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

/**
 * Whether a verb has a claim in view: a clause or a quote after it ("urged that", "praised: “...”"),
 * or a claim before it ("..., she cautioned.", "“...,” he quipped").
 */
function introducesClaim(text: EnglishText, i: number, subjectEnd: number, floor: number): boolean {
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
  // "in defending itself", "the utility, which maintains": a gerund or a relative clause has no
  // subject of its own that could follow a claim.
  const subject = text.word(subjectEnd);
  if (subjectEnd === i - 1 && !text.isCapitalized(subjectEnd) && text.word(i).endsWith('ing'))
    return false;
  if (text.lexicon.grammar.relatives.has(subject)) return false;
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
function gerundReports(text: EnglishText, i: number, entry: VerbEntry, floor: number): boolean {
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

/** "if officials respond", "unless he says so": the clause of the verb opens with a condition. */
function conditional(text: EnglishText, subjectEnd: number, floor: number): boolean {
  for (let k = subjectEnd; k >= floor && k > subjectEnd - 6; k--) {
    if (!text.isWord(k)) return false;
    const w = text.word(k);
    if (text.lexicon.grammar.conditionals.has(w)) return true;
    if (text.lexicon.clauseWords.has(w)) return false;
  }
  return false;
}

/**
 * "asking the ministry for comment", "by asking a judge to value the shares": a request for
 * comment, or a participle's request, reports no claim ("Lauer asked them to discuss" still does).
 */
function requests(text: EnglishText, i: number, form: VerbForm): boolean {
  const opensClaim = text.lexicon.grammar.claimOpeners;
  for (let k = i + 1; k <= i + 5 && text.isWord(k); k++) {
    const w = text.word(k);
    if (w === 'for') {
      const thing = text.lexicon.articles.has(text.word(k + 1)) ? k + 2 : k + 1;
      return text.lexicon.grammar.commentRequests.has(text.word(thing));
    }
    if (w === 'to') return form === VerbForm.Gerund && k > i + 1;
    if (opensClaim.has(w) || w === 'about') return false;
  }
  return false;
}

/** Whether "be" of a contraction ("we’re told", "I’m told") makes the verb passive; "’s" is as often "has". */
function contractedBe(text: EnglishText, k: number): boolean {
  const stem = text.contracted(k);
  if (!stem) return false;
  const rest = text.word(k).slice(stem.length);
  return rest !== "'s" && text.lexicon.grammar.be.has(rest);
}

/** "claimed responsibility", "claimed the title": taking something, not saying something. */
function claimsThing(text: EnglishText, k: number): boolean {
  const objects = text.lexicon.grammar.claimedObjects;
  return (
    objects.has(text.word(k)) ||
    (text.lexicon.articles.has(text.word(k)) && objects.has(text.word(k + 1)))
  );
}

// How far after a verb its object can run before the claim or quote that follows it.
const LONGEST_OBJECT = 5;

// How far an accusation's object can run, a relative clause included, before its "of".
const LONGEST_ACCUSED = 20;

/** "accuse the Islamists, who held power, of having been slow": a preposition of the verb opens its claim. */
function claimAfterObject(text: EnglishText, i: number, lemma: string): boolean {
  const openers = text.lexicon.claimPrepositions.get(lemma);
  if (!openers) return false;
  const end = text.sentenceEnd(i);
  for (let k = i + 2; k < end && k <= i + LONGEST_ACCUSED; k++) {
    if (text.is(k, ';') || text.is(k, ':') || text.isQuoteMark(k)) return false;
    if (openers.has(text.word(k))) return true;
  }
  return false;
}

/**
 * "The BBC understands that …": what an outlet understands is what it was told, a report of its
 * own; anyone else's understanding is a belief (read with the beliefs).
 */
export function outletUnderstands(text: EnglishText, i: number, floor: number): Cue | null {
  if (!outletLearned(text, i, i - 1, floor)) return null;
  const form = text.word(i).endsWith('s') ? VerbForm.Third : VerbForm.Past;
  return { ...singleWordCue(CueKind.Verb, i), lemma: 'understand', verbClass: 'speech', form };
}

/** An outlet's subject before the verb at i, and a claim after it. */
function outletLearned(text: EnglishText, i: number, subjectEnd: number, floor: number): boolean {
  return outletSubject(text, subjectEnd, floor) && claimOpensAt(text, i + 1);
}

/** "The BBC", "Axios", "the Financial Times": a subject that is one outlet's name, whole. */
function outletSubject(text: EnglishText, subjectEnd: number, floor: number): boolean {
  let first = subjectEnd;
  while (first > floor && text.isCapitalized(first - 1) && text.word(first - 1) !== 'the') first--;
  const outlets = text.lexicon.sources.outlets;
  const length = subjectEnd - first + 1;
  // "The Times" is listed with its article, "the BBC" without.
  if (text.word(first - 1) === 'the' && text.phraseAt(first - 1, outlets) === length + 1)
    return true;
  return length > 0 && text.phraseAt(first, outlets) === length;
}

/**
 * What follows a verb opens a claim: "that", or a clause's subject before its verb ("the White
 * House is", "the deal was"); not an object ("the concerns", "of the plan").
 */
function claimOpensAt(text: EnglishText, next: number): boolean {
  if (text.word(next) === 'that') return true;
  const end = Math.min(text.sentenceEnd(next), next + CLAUSE_SUBJECT_WORDS);
  for (let k = next + 1; k < end; k++) {
    if (!text.isWord(k)) return false;
    if (text.lexicon.grammar.be.has(text.word(k)) || text.lexicon.grammar.modals.has(text.word(k)))
      return true;
  }
  return false;
}

// A clause's subject before its verb is a few words: "the White House is", "the two leaders will".
const CLAUSE_SUBJECT_WORDS = 5;

/** "..., the Gazette has learned.": a tag that ends the sentence after the claim it reports. */
function closesClaim(text: EnglishText, i: number, subjectEnd: number, floor: number): boolean {
  if (!text.is(i + 1, '.')) return false;
  const subject = subjectBefore(text, subjectEnd, floor);
  return subject !== null && text.is(subject.first - 1, ',');
}

// How far back "what" can open the clause of a naming verb: "what Prime Minister Ana Lind called".
const LONGEST_NAMER = 8;

/** "what he called", "what the minister calls": the object is the thing named, not a claim. */
function namesThing(text: EnglishText, subjectEnd: number, floor: number): boolean {
  for (let k = subjectEnd; k >= floor && k > subjectEnd - LONGEST_NAMER; k--) {
    const w = text.word(k);
    if (w === 'what') return true;
    if (!text.isWord(k) || text.lexicon.clauseWords.has(w)) return false;
  }
  return false;
}

/** "called the plan “a disgrace”": a quote opens right after the verb's object. */
function quotedObject(text: EnglishText, i: number): boolean {
  // "calling for “calm”" asks for something rather than calling it something.
  if (text.lexicon.prepositions.has(text.word(i + 1))) return false;
  for (let k = i + 1; k <= i + LONGEST_OBJECT; k++) {
    if (text.isQuoteMark(k)) return k > i + 1 && text.type(k) !== TokenType.CloseQuote;
    if (!text.isWord(k)) return false;
  }
  return false;
}

/** '“…,” he continued', 'He continued, “…”': a quote closes right before the tag or opens right after the verb. */
function nextToQuote(text: EnglishText, i: number, subjectEnd: number, floor: number): boolean {
  let next = i + 1;
  if (text.is(next, ',') || text.is(next, ':')) next++;
  if (text.isQuoteMark(next) && text.type(next) !== TokenType.CloseQuote) return true;
  const subject = subjectBefore(text, subjectEnd, floor);
  const before = (subject?.first ?? i) - 1;
  if (before < floor) return false;
  return (
    text.type(before) === TokenType.CloseQuote || text.type(before) === TokenType.StraightQuote
  );
}

/** "by Axios", "by the Post": a named or determined agent after the verb, not "by phone", "by pointing". */
function agentAfter(text: EnglishText, i: number): boolean {
  if (text.word(i + 1) !== 'by') return false;
  return text.isCapitalized(i + 2) || text.lexicon.determiners.has(text.word(i + 2));
}

/** Whether a comma stands right before the verb at i, or before the adverb before it ("first"). */
function setOffBefore(text: EnglishText, i: number, floor: number): boolean {
  let k = i - 1;
  if (k > floor && (text.word(k) === 'first' || spelledLikeAdverb(text, text.word(k)))) k--;
  return k >= floor && text.is(k, ',');
}

/** Whether a date or a number follows: "2016 Candidates", "March 23, 2015". */
function dated(text: EnglishText, k: number): boolean {
  if (text.type(k) === TokenType.Number) return true;
  return text.lexicon.timeWords.has(text.lower(k)) && text.type(k + 1) === TokenType.Number;
}

/** Whether a verb spelling at i is used as a reporting verb, with what form. */
export function verbCue(text: EnglishText, i: number, entry: VerbEntry, floor: number): Cue | null {
  const lex = text.lexicon;
  if (text.isCapitalized(i) && i > floor && !titleCase(text, i)) return null;
  const subjectEnd = skipAuxiliariesLeft(text, i, floor);
  let passive = false;
  for (let k = subjectEnd + 1; k < i; k++)
    if (text.lexicon.grammar.be.has(text.word(k))) passive = true;
  if (subjectEnd >= floor && contractedBe(text, subjectEnd)) passive = true;
  // "The plan, first reported by Axios, would ...": a participle set off by a comma, with its
  // agent after it, is a passive with its "which was" left out.
  if (
    agentAfter(text, i) &&
    !lex.claimPrepositions.has(entry.lemma) &&
    setOffBefore(text, i, floor)
  )
    passive = true;
  const form = formHere(entry, passive);
  if (form !== VerbForm.Participle) passive = false;
  // "Be warned:", "Be advised": an imperative speaks to the reader and cites no one.
  if (passive && subjectEnd < floor) return null;
  // "I wrote a primer in 2009", "as we reported": the writer citing their own work.
  const subject = subjectEnd >= floor ? text.contracted(subjectEnd) || text.word(subjectEnd) : '';
  // ("I think" is the writer's belief, which PolNeAR's guidelines count as any other.)
  if (!passive && lex.grammar.writerPronouns.has(subject) && !isBeliefClass(entry.verbClass))
    return null;
  if (form !== VerbForm.Gerund && conditional(text, subjectEnd, floor)) return null;
  const before = text.word(i - 1);
  const after = text.lower(i + 1);
  // "it shows how" is an argument, not a finding: "show" needs "that" or a finding subject;
  // "determined" needs "that" ("determined the cause", "was determined to win" find nothing).
  const demonstrates =
    entry.lemma === 'show' || entry.lemma === 'demonstrate' || entry.lemma === 'determine';
  const clause = demonstrates ? after === 'that' : text.lexicon.grammar.findingOpeners.has(after);
  // People find things too ("police found the car"): without a clause, only a document finds.
  const documentsOnly = entry.lemma === 'find' || demonstrates;
  const finder =
    entry.verbClass === 'evidence' && hasFinder(text, subjectEnd, floor, form, documentsOnly);
  const finding = entry.verbClass === 'evidence' && (clause || finder);
  // "an hourlong show that aired" is a noun with a relative clause; "their study shows that" a finding.
  const verbHere = finder || (finding && form === VerbForm.Third);
  if (!verbHere && isNounUse(text, i, entry, form)) return null;
  // "a note written for officials": a participle with no auxiliary describes a noun.
  if (form === VerbForm.Participle && entry.forms.length === 1 && subjectEnd === i - 1) return null;
  if (passive && !lex.passiveCues.has(entry.lemma) && text.word(i + 1) !== 'by') return null;
  // "The same could not be said for him": what may be said is no report.
  if (passive)
    for (let k = subjectEnd + 1; k < i; k++) if (lex.grammar.modals.has(text.word(k))) return null;
  // "Enough said", "That said,": set phrases.
  if (entry.lemma === 'say' && (before === 'enough' || (before === 'that' && subjectEnd === floor)))
    return null;
  // "All told": a set phrase.
  if (before === 'all' && text.is(i + 1, ',')) return null;
  // "who asked not to be named", "who requested anonymity": why a source goes unnamed, no claim.
  if (text.phraseAt(i, lex.sources.anonymity) > 0) return null;
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
  // "Declared Candidates", "— Announced March 23, 2015": a heading's participle, with no speaker.
  if (
    form !== VerbForm.Base &&
    text.isCapitalized(i) &&
    (i === floor || text.is(i - 1, '—')) &&
    dated(text, i + 1)
  )
    return null;

  // "tells so many lies": storytelling, not a claim.
  if (
    entry.lemma === 'tell' &&
    text.lexicon.grammar.toldObjects.has(text.word(i + 1 + (text.word(i + 1) === 'so' ? 2 : 0)))
  )
    return null;
  if (entry.lemma === 'find' && text.lexicon.grammar.foundObjects.has(after)) return null;
  if (entry.lemma === 'claim' && claimsThing(text, i + 1)) return null;
  if (entry.lemma === 'ask' && requests(text, i, form)) return null;
  // "a stranding that was described as “unprecedented”": a label with no one to give it.
  if (entry.lemma === 'describe' && passive && after !== 'by') return null;
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
    if ((entry.lemma === 'find' || demonstrates) && !finding) return null;
    // "The study determined this by", "the results determining delegates": only "determined that".
    if (entry.lemma === 'determine' && (after !== 'that' || form === VerbForm.Gerund)) return null;
  }
  if (entry.verbClass === 'phrasal') {
    const particles = lex.particles.get(entry.lemma);
    if (!particles?.has(text.word(i + 1))) return null;
    // "pointed to the polls" is a speaker's point; "all signs point to", "pointing to his ears" are not.
    if (text.word(i + 1) === 'to' && !speakerSubject(text, subjectEnd)) return null;
    // "signs pointing out the discounts": a thing pointed at, unless a claim follows.
    if (form === VerbForm.Gerund && !introducesClaim(text, i + 1, i, floor)) return null;
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
  // "Axios has learned the White House is …": what an outlet learned needs no "that".
  if (entry.lemma === 'learn' && !passive && outletLearned(text, i, subjectEnd, floor))
    return cueOf(text, entry, subjectEnd, i, form, passive);
  // A belief's verb is checked for what it holds by the belief cues; the rest report words.
  if (isBeliefClass(entry.verbClass)) return cueOf(text, entry, subjectEnd, i, form, passive);
  if (
    lex.needsClaim.has(entry.lemma) &&
    !introducesClaim(text, i, subjectEnd, floor) &&
    !(form !== VerbForm.Gerund && claimAfterObject(text, i, entry.lemma))
  )
    return null;
  // "the courts have held that", "..., the Gazette has learned.": a clause after, or a claim before.
  if (
    lex.needsThat.has(entry.lemma) &&
    !thatFollows(text, i) &&
    !closesClaim(text, i, subjectEnd, floor)
  )
    return null;
  // "called the plan “a disgrace”"; "what he called “a breach”" only names a thing.
  if (
    lex.needsQuote.has(entry.lemma) &&
    (!quotedObject(text, i) || namesThing(text, subjectEnd, floor))
  )
    return null;
  if (lex.besideQuote.has(entry.lemma) && !nextToQuote(text, i, subjectEnd, floor)) return null;
  // "The tweet reads: “...”", but "she reads novels".
  if (
    lex.documentVerbs.has(entry.lemma) &&
    !(hasFinder(text, subjectEnd, floor, form, true) && introducesClaim(text, i, subjectEnd, floor))
  )
    return null;
  if (entry.lemma === 'maintain' && !introducesClaim(text, i, subjectEnd, floor)) return null;
  return cueOf(text, entry, subjectEnd, i, form, passive);
}

/** The cue of the verb at i, its auxiliaries after the subject's end included. */
function cueOf(
  text: EnglishText,
  entry: VerbEntry,
  subjectEnd: number,
  i: number,
  form: VerbForm,
  passive: boolean,
): Cue {
  // A hedge between subject and verb ("he reportedly said") is a cue of its own: the verb's starts after it.
  let first = subjectEnd + 1;
  for (let k = first; k < i; k++) if (text.lexicon.hedges.has(text.word(k))) first = k + 1;
  return {
    kind: CueKind.Verb,
    lemma: entry.lemma,
    first,
    last: i,
    head: i,
    verbClass: entry.verbClass,
    form,
    passive,
  };
}

// How many words a participle after the means may take before "that": "posted on Telegram late
// on Monday".
const LONGEST_MEANS_PARTICIPLE = 7;

/**
 * "said in a statement posted on Telegram that …", "wrote in a letter sent to staff that …": a
 * participle that describes the means belongs to the cue when "that" or a colon opens the claim
 * after it; else it is read as a verb of its own, with the means as its subject, and the claim
 * starts at it. Returns the token after the means, or after its participle.
 */
function describedMeansEnd(text: EnglishText, k: number, end: number): number {
  if (!text.lexicon.sources.viaVerbs.has(text.word(k))) return k;
  for (let j = k + 1; j < end && j <= k + LONGEST_MEANS_PARTICIPLE; j++) {
    if (text.word(j) === 'that' || text.is(j, ':')) return j;
    if (!text.isWord(j)) break;
  }
  return k;
}

/** Extends a verb cue over what belongs to it on the right: a particle, a colon, "in a statement". */
export function extendRight(text: EnglishText, cue: Cue, end: number): void {
  const lex = text.lexicon;
  let j = cue.last + 1;
  if (cue.verbClass === 'phrasal') j++;
  // "asked about", "wrote about": the topic's preposition is part of the verb.
  else if (lex.grammar.topicPrepositions.has(text.word(j)) && text.isWord(j + 1)) j++;
  // "said in a statement", "wrote in an op-ed on Tuesday", "said on Twitter"
  if (lex.meansPrepositions.has(text.word(j))) {
    let k = j + 1;
    while (k < end && k < j + 5 && text.isWord(k) && !lex.meansHeads.has(text.word(k))) {
      if (!lex.meansDeterminers.has(text.word(k)) && text.type(k) !== TokenType.Word) break;
      k++;
    }
    if (k < end && lex.meansHeads.has(text.word(k))) {
      // "in a Facebook post", "in a television interview", "in his video address": a means named
      // by two of its words.
      while (k + 1 < end && lex.meansHeads.has(text.word(k + 1))) k++;
      j = describedMeansEnd(text, k + 1, end);
    }
  }
  if (text.is(j, ':')) j++;
  cue.last = Math.max(cue.last, j - 1);
}
