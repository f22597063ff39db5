/**
 * Beliefs, intentions and stances as cues, found only when asked for: "thinks the plan will fail",
 * "wants to run", "endorsed Cruz", "called for a ban", "seemed to agree". PolNeAR annotates them as
 * attributions beside reported speech; its guidelines draw the line this file follows: an
 * intention must be signalled ("plans to run", not "will run"), a feeling must be about something
 * ("was happy that", not "felt happy"), and an action is no attribution.
 */

import { type VerbEntry, VerbForm } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import { spelledLikeAdverb } from '../ly-adverbs';
import { subjectBefore } from '../phrases';
import type { EnglishText } from '../text';
import { type Cue, CueKind } from './cue';
import { cueStarts, Start } from './cue-starts';
import { describesNoun, speakerSubject } from './verb-or-noun';
import { verbCue } from './verbs';

// How far an object can run before the infinitive it is asked to do: "urged the administration to".
const LONGEST_OBJECT = 5;

// How far a zero-"that" clause's subject can run before its verb: "thinks Wasserman Schultz is".
const LONGEST_SUBJECT = 6;

/** The verbs that hold a finite clause together: "the plan is", "he will", "they have". */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
]);

/** Beliefs that hold only a clause: "knows that", "saw that"; "knows the area" is no attribution. */
const CLAUSE_ONLY = new Set(['know', 'see', 'feel', 'understand', 'remember', 'forget', 'realize']);

/** Beliefs that hold an object with "as": "sees the deal as a trap", "views him as a threat". */
const SEEING_AS = new Set(['see', 'view', 'consider', 'regard']);

/** Intentions that hold only an infinitive or a clause: "plans to run"; "planned a rally" is an act. */
const INFINITIVE_ONLY = new Set([
  'plan',
  'intend',
  'aim',
  'decide',
  'refuse',
  'decline',
  'threaten',
  'hope',
  'order',
]);

/** The cue of a belief, an intention or a stance at token i, or null. */
export function beliefCue(text: EnglishText, i: number, floor: number): Cue | null {
  const beliefs = text.lexicon.beliefs;
  const lists = cueStarts(text.lexicon).get(text.hash(i));
  const w = text.word(i);
  // "he expected to win" is no raising but his belief: the verb's own reading then applies.
  const raising =
    lists & Start.BeliefRaising && beliefs.raising.has(w) ? raisingCue(text, i) : null;
  if (raising) return raising;
  if (lists & Start.BeliefAdjective && beliefs.adjectives.has(w))
    return adjectiveCue(text, i, floor);
  const entry = lists & Start.BeliefVerb ? beliefs.verbs.get(w) : undefined;
  if (!entry) return null;
  const particle = beliefs.particles.get(entry.lemma)?.has(text.word(i + 1)) ? 1 : 0;
  if (!particle && beliefs.needsParticle.has(entry.lemma)) return null;
  const cue = beliefs.afterAuxiliary.has(w)
    ? auxiliaryCue(text, i, floor)
    : verbCue(text, i, entry, floor);
  if (!cue || !heldBySomeone(text, cue) || namesAThing(text, cue, particle > 0)) return null;
  cue.last += particle;
  // "was endorsed by Cruz": a passive attributes only with its source.
  if (cue.passive) return text.word(cue.last + 1) === 'by' ? cue : null;
  return holdsWhatIsAttributed(text, cue, entry, particle > 0) ? cue : null;
}

/**
 * Whether the verb has someone to hold the belief: "Benford plans to", "voters who want"; not a
 * noun spelled like the verb ("against plans to", "announced plans to", "trade offers benefits").
 */
function heldBySomeone(text: EnglishText, cue: Cue): boolean {
  const subject = cue.first - 1;
  if (cue.passive) return true;
  // "758 pledged delegates", "all proposed changes": a participle before its noun describes it.
  const counted =
    text.type(subject) === TokenType.Number ||
    text.lexicon.grammar.quantifiers.has(text.word(subject));
  if (cue.form === VerbForm.Past && counted && describesNoun(text, cue.last + 1)) return false;
  // "is seeking", "they’re backing", "…, calling for": a progressive or a clause of its own; not
  // "ads supporting Rubio", "in attacking him", which describe a thing or an act.
  if (cue.form === VerbForm.Gerund)
    return cue.first < cue.head || text.is(subject, ',') || text.contracted(subject) !== '';
  const w = text.word(subject);
  const lex = text.lexicon;
  // "Sanders, who wants to", not "voters who want a wall": a defining clause says who is meant.
  if (lex.grammar.relatives.has(w)) return text.is(subject - 1, ',');
  if (cue.first < cue.head) return holder(text, subject) || !lex.prepositions.has(w);
  if (holder(text, subject)) return true;
  // A past form is no noun ("The harbour master declined", "Fishermen on the quay feared"): a
  // subject phrase led by a holder, an article or a name will do; other forms need a counted
  // subject, as "new plans to" and "the Paris attacks" read as nouns.
  if (lex.prepositions.has(w) || text.isPossessive(subject)) return false;
  const phrase = subjectBefore(text, subject, text.sentenceFirst(cue.head));
  if (!phrase) return false;
  const lead = text.word(phrase.first);
  if (cue.form !== VerbForm.Past)
    // "few on either side of the debate think", "many officials on the island believe": a
    // counted subject ahead of what qualifies it.
    return phrase.first < subject && counts(text, phrase.first);
  return holder(text, phrase.first) || lex.articles.has(lead) || text.isCapitalized(phrase.first);
}

/** "few", "many", "most", "19 percent", "more than half": how many hold a belief. */
function counts(text: EnglishText, k: number): boolean {
  const w = text.word(k);
  return (
    text.type(k) === TokenType.Number ||
    text.lexicon.grammar.quantifiers.has(w) ||
    w === 'more' ||
    w === 'fewer' ||
    w === 'less'
  );
}

/**
 * "would like to", "I'd like", "don't like": a spelling that is a verb only after "would" or "do",
 * and "like" is otherwise a preposition ("a leader like him").
 */
function auxiliaryCue(text: EnglishText, i: number, floor: number): Cue | null {
  const grammar = text.lexicon.grammar;
  let k = i - 1;
  if (text.word(k) === 'not') k--;
  if (k < floor) return null;
  const w = text.word(k);
  const stem = text.contracted(k);
  const auxiliary = stem ? w.slice(stem.length) : w;
  if (!(grammar.modals.has(auxiliary) || grammar.doSupport.has(auxiliary))) return null;
  return {
    kind: CueKind.Verb,
    lemma: text.word(i),
    first: stem ? k + 1 : k,
    last: i,
    head: i,
    verbClass: 'intention',
    form: VerbForm.Base,
    passive: false,
  };
}

/** Verbs that give a thing its name: "a group called Stop Hillary", "a bill dubbed “Kate's Law”". */
const NAMING = new Set(['call', 'dub', 'label']);

/**
 * "a company called Harmony Enterprises", "a play called “Sons of Trump”": a participle naming
 * the noun before it, where "Obama called Sanders" and "what he called a disgrace" take a stance.
 */
function namesAThing(text: EnglishText, cue: Cue, particle: boolean): boolean {
  if (particle || cue.first < cue.head || !cue.lemma || !NAMING.has(cue.lemma)) return false;
  const noun = cue.first - 1;
  // "a group called", "a super PAC called": a body's noun can be named as any thing is.
  const thing =
    text.isWord(noun) &&
    !text.isCapitalized(noun) &&
    (!speakerSubject(text, noun) || text.lexicon.sources.organizationNouns.has(text.word(noun)));
  if (!thing) return false;
  const next = cue.last + 1;
  return (
    text.isCapitalized(next) || (text.isQuoteMark(next) && text.type(next) !== TokenType.CloseQuote)
  );
}

/** A word that names who can hold a belief: "he", "Cruz", "the mayor", "farmers", "the council". */
function holder(text: EnglishText, k: number): boolean {
  if (speakerSubject(text, k) || text.type(k) === TokenType.Number) return true;
  const w = text.word(k);
  // "Both think", "few believe", "only 50 percent believe", "we know": who holds it is counted.
  const grammar = text.lexicon.grammar;
  if (grammar.quantifiers.has(w) || grammar.writerPronouns.has(w) || w === 'percent') return true;
  const sources = text.lexicon.sources;
  // "unions", "ministries": a body's noun in the plural.
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
  return (
    sources.titles.has(w) ||
    sources.organizationNouns.has(singular) ||
    text.lexicon.pluralNouns.has(w) ||
    sources.groupEndings.some((ending) => w.endsWith(ending))
  );
}

/** "Trump seemed to agree", "the bank is expected to act": a claim with no source. */
function raisingCue(text: EnglishText, i: number): Cue | null {
  if (text.word(i + 1) !== 'to' || !text.isWord(i + 2)) return null;
  const be = text.lexicon.grammar.be.has(text.word(i - 1));
  // "expected" raises only in the passive: "is expected to"; "he expected to win" is his belief.
  if (text.word(i) === 'expected' && !be) return null;
  return {
    kind: CueKind.Raising,
    lemma: null,
    first: be ? i - 1 : i,
    last: i,
    head: i,
    verbClass: 'belief',
    form: null,
    passive: false,
  };
}

// How many words of degree can stand between "is" and its adjective: "is not very sure".
const LONGEST_DEGREE = 3;

/** Words of degree or negation before an adjective: "not", "very", "deeply", "increasingly". */
function degree(text: EnglishText, k: number): boolean {
  const w = text.word(k);
  return (
    text.lexicon.adverbs.has(w) ||
    text.lexicon.grammar.degreeWords.has(w) ||
    w === 'not' ||
    w === 'never' ||
    (!text.isCapitalized(k) && spelledLikeAdverb(text, w))
  );
}

/**
 * "Analysts are skeptical of the plan", "she's confident that", "has been critical of": an
 * adjective of a stance after a linking verb, with what it is about after it.
 */
function adjectiveCue(text: EnglishText, i: number, floor: number): Cue | null {
  const lex = text.lexicon;
  let k = i - 1;
  while (k >= floor && k > i - 1 - LONGEST_DEGREE && degree(text, k)) k--;
  if (k < floor) return null;
  const w = text.word(k);
  const stem = text.contracted(k);
  let first: number;
  if (stem && lex.beliefs.linking.has(w.slice(stem.length))) first = k + 1;
  else if (lex.beliefs.linking.has(w)) {
    first = k;
    while (first - 1 > floor && lex.auxiliaries.has(text.word(first - 1))) first--;
    if (!(holder(text, first - 1) || lex.grammar.relatives.has(text.word(first - 1)))) return null;
  } else return null;
  let last = i;
  const after = text.word(i + 1);
  if (lex.beliefs.adjectivePrepositions.has(after) && after !== 'to') last = i + 1;
  const cue: Cue = {
    kind: CueKind.Verb,
    lemma: text.word(i),
    first,
    last,
    head: i,
    verbClass: 'belief',
    form: VerbForm.Past,
    passive: false,
  };
  const next = last + 1;
  const holds =
    last > i
      ? opensObject(text, next)
      : opensClause(text, next) || infinitive(text, next) || claimBefore(text, cue);
  return holds ? cue : null;
}

/** Whether what follows the cue is what its class attributes: a clause, an infinitive, an object. */
function holdsWhatIsAttributed(
  text: EnglishText,
  cue: Cue,
  entry: VerbEntry,
  particle: boolean,
): boolean {
  const next = afterWhen(text, cue.last + 1);
  if (opensClause(text, next) || claimBefore(text, cue)) return true;
  // "called for a ban", "agreed with Sanders": after its particle, the verb takes what it is about.
  if (particle) return opensObject(text, next);
  switch (entry.verbClass) {
    case 'belief':
      if (SEEING_AS.has(entry.lemma) && seenAs(text, next)) return true;
      // "the woman he hopes will succeed him", "what they think is fair": the clause's subject
      // stands before the holder, a pronoun (after a noun, the holder's own bounds are unclear).
      if (
        FINITE.has(text.word(next)) &&
        text.lexicon.grammar.subjectPronouns.has(text.word(cue.first - 1))
      )
        return true;
      if (CLAUSE_ONLY.has(entry.lemma)) return zeroThatClause(text, next);
      // "expect the bank to act", "believe him to be": an object, then what it is thought to do.
      return (
        infinitive(text, next) || zeroThatClause(text, next) || objectThenInfinitive(text, next)
      );
    case 'intention':
      if (infinitive(text, next) || objectThenInfinitive(text, next)) return true;
      return !INFINITIVE_ONLY.has(entry.lemma) && opensObject(text, next);
    default:
      return opensObject(text, next);
  }
}

/** "that", "whether", "how", a quote or a colon: a clause or a quote opens at k. */
function opensClause(text: EnglishText, k: number): boolean {
  return (
    text.lexicon.grammar.claimOpeners.has(text.lower(k)) ||
    (text.isQuoteMark(k) && text.type(k) !== TokenType.CloseQuote)
  );
}

/** "…, he thinks." or "…, she believes": a tag after the claim, closing its sentence or clause. */
function claimBefore(text: EnglishText, cue: Cue): boolean {
  const after = cue.last + 1;
  if (!(text.is(after, '.') || text.is(after, ','))) return false;
  for (let k = cue.first - 1; k >= cue.first - LONGEST_SUBJECT && k >= 0; k--) {
    if (text.is(k, ',') || text.type(k) === TokenType.CloseQuote) return true;
    if (!text.isWord(k)) return false;
  }
  return false;
}

/** "to run", "to be identified", "not to run": an infinitive at k. */
function infinitive(text: EnglishText, k: number): boolean {
  const to = text.word(k) === 'not' || text.word(k) === 'never' ? k + 1 : k;
  return text.word(to) === 'to' && text.isWord(to + 1) && !text.isCapitalized(to + 1);
}

// The longest time phrase between a verb and what it holds: "pledged on Tuesday to", "vowed last month to".
const LONGEST_WHEN = 3;

/** Where what the verb holds starts, after a time phrase at k: "promised on Tuesday to refrain". */
function afterWhen(text: EnglishText, k: number): number {
  const times = text.lexicon.timeWords;
  let j = k;
  if (text.word(j) === 'on' && times.has(text.word(j + 1))) j++;
  while (j < k + LONGEST_WHEN && times.has(text.word(j)) && !text.isPossessive(j)) j++;
  if (j === k || !times.has(text.word(j - 1))) return k;
  return infinitive(text, j) || opensClause(text, j) ? j : k;
}

/** "voters to know", "the administration to join": an object, then the infinitive asked of it. */
function objectThenInfinitive(text: EnglishText, k: number): boolean {
  if (!opensObject(text, k)) return false;
  for (let j = k + 1; j <= k + LONGEST_OBJECT; j++) {
    if (infinitive(text, j)) return true;
    if (!text.isWord(j)) return false;
  }
  return false;
}

/** "the plan will fail", "he's right": a clause with its subject first and no "that". */
function zeroThatClause(text: EnglishText, k: number): boolean {
  if (text.contracted(k)) return true;
  if (!opensObject(text, k)) return false;
  for (let j = k + 1; j <= k + LONGEST_SUBJECT; j++) {
    if (!text.isWord(j)) return false;
    const w = text.word(j);
    if (FINITE.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** "sees the deal as a trap": the object, then "as". */
function seenAs(text: EnglishText, k: number): boolean {
  for (let j = k + 1; j <= k + LONGEST_OBJECT + 1; j++) {
    if (text.word(j) === 'as') return j > k;
    if (!text.isWord(j)) return false;
  }
  return false;
}

/** Whether a noun phrase (or a gerund's clause) opens at k: "Cruz", "the bill", "him", "banning". */
function opensObject(text: EnglishText, k: number): boolean {
  const type = text.type(k);
  if (type === TokenType.Number) return true;
  if (text.isQuoteMark(k)) return type !== TokenType.CloseQuote;
  if (type !== TokenType.Word) return false;
  const w = text.lower(k);
  const lex = text.lexicon;
  if (lex.prepositions.has(w) || lex.timeWords.has(w) || lex.adverbs.has(w)) return false;
  if (lex.grammar.coordinators.has(w) || lex.clauseWords.has(w) || lex.auxiliaries.has(w))
    return lex.determiners.has(w) || w === 'what';
  return !spelledLikeAdverb(text, w);
}
