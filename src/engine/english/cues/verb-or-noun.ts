/**
 * Whether a reporting verb's spelling is used as a verb where it stands: subject agreement, noun
 * and adjective uses ("the report", "his remarks", "the said agreement"), findings' subjects.
 */
import { type VerbEntry, VerbForm } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import type { EnglishText } from '../text';

/** "the said agreement", "a report", "his claims", "Trump's tweets", "for alleged fraud". */
export function isNounUse(text: EnglishText, i: number, entry: VerbEntry, form: VerbForm): boolean {
  const before = text.word(i - 1);
  const lex = text.lexicon;
  // Only articles: after a quantifier the verb still reports ("half said", "several say").
  if (before && lex.articles.has(before)) return true;
  if (text.isPossessive(i - 1)) return true;
  // "his recently revealed strategies", "an hourlong show", "the new report".
  const twoBefore = text.word(i - 2);
  // "close to the negotiations say", "the members say": a plural noun before it makes it a verb.
  // ("a bigger say" is the noun whatever stands before it.)
  const plural =
    twoBefore === 'the' &&
    ((before.endsWith('s') && !before.endsWith('ss')) ||
      lex.pluralNouns.has(before) ||
      pluralSourceHead(text, i - 1));
  if (lex.articles.has(twoBefore) && !plural) {
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
  // "a CNN report that", "the National Academies report": a name between an article and a noun spelling.
  if (
    form === VerbForm.Base &&
    lex.grammar.nounishVerbs.has(entry.lemma) &&
    text.isCapitalized(i - 1)
  ) {
    let k = i - 1;
    while (k > i - 5 && text.isCapitalized(k)) k--;
    if (lex.articles.has(text.word(k))) return true;
  }
  if (form === VerbForm.Past && before && lex.prepositions.has(before)) {
    return entry.lemma !== 'say' || before === 'of';
  }
  return false;
}

/** A noun a source can be: "officials", "the poll", "the company", "the newspaper". */
export function isSourceNoun(text: EnglishText, w: string): boolean {
  const s = text.lexicon.sources;
  return (
    s.unnamed.has(w) || s.documents.has(w) || s.organizationNouns.has(w) || s.mediaNouns.has(w)
  );
}

/** Whether a base or -s form has a subject that agrees with it, so that it is a verb here. */
export function agrees(
  text: EnglishText,
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
  // "A document on the website states that": "states" reports only a clause, from a source.
  if (entry.lemma === 'state' && form === VerbForm.Third) {
    // 'Emery states, “...”', 'as the report states: “...”': a quote after it, from a name or a source.
    const quoted = (text.is(i + 1, ',') || text.is(i + 1, ':')) && text.isQuoteMark(i + 2);
    const speaker =
      text.lexicon.grammar.singularPronouns.has(subject) ||
      isSourceNoun(text, subject) ||
      (quoted && text.isCapitalized(subjectEnd));
    return (text.lower(i + 1) === 'that' || quoted) && speaker;
  }
  // "Others, however, say", "..., say experts": the subject is beyond the comma.
  if (text.is(subjectEnd, ','))
    return !text.lexicon.grammar.nounishVerbs.has(entry.lemma) || form === VerbForm.Third;
  if (form === VerbForm.Third) {
    if (!text.lexicon.grammar.nounishVerbs.has(entry.lemma)) return true;
    const next = text.lower(i + 1);
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
    if (plural && (text.isCapitalized(subjectEnd) || isSourceNoun(text, subject))) return true;
    return pluralSourceHead(text, subjectEnd);
  }
  // "I think", "I want": the first person takes the base form as a plural does.
  if (subject === 'i') return true;
  return pluralSubject(text, subjectEnd);
}

// How far back a subject's head may stand before its verb: "Sources close to the negotiations".
const HEAD_REACH = 8;

/**
 * Whether the subject ending at `end` has a plural source noun for its head, past what qualifies
 * it: "Sources close to the negotiations say", "Aides to the president say".
 */
function pluralSourceHead(text: EnglishText, end: number): boolean {
  for (let k = end - 1; k >= 0 && k > end - HEAD_REACH; k--) {
    const w = text.word(k);
    if (!w || text.lexicon.clauseWords.has(w)) return false;
    if (w.endsWith('s') && !w.endsWith('ss') && text.lexicon.sources.unnamed.has(w)) {
      // The head's qualifier follows it at once: "Voters want the final say" has none.
      const next = text.word(k + 1);
      return text.lexicon.prepositions.has(next) || QUALIFIER_OPENERS.has(next);
    }
  }
  return false;
}

/** Words that open what qualifies a source: "close to", "familiar with", "briefed on". */
const QUALIFIER_OPENERS = new Set(['close', 'familiar', 'briefed', 'knowledgeable']);

/**
 * Whether the subject phrase ending at `end` is plural, as a base form needs: "analysts say",
 * "aides to Clinton say", "half of voters in each state say", "many say"; not "post-traumatic
 * stress", "please ask", "I write".
 */
function pluralSubject(text: EnglishText, end: number): boolean {
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
export function describesNoun(text: EnglishText, i: number): boolean {
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

/** Whether the word at i can be a speaker: a pronoun, a name, or a word for people. */
export function speakerSubject(text: EnglishText, i: number): boolean {
  const w = text.contracted(i) || text.word(i);
  if (text.lexicon.grammar.singularPronouns.has(w) || text.lexicon.grammar.pluralPronouns.has(w))
    return w !== 'it' && w !== 'this' && w !== 'that';
  const lex = text.lexicon;
  if (text.isCapitalized(i) && !lex.determiners.has(w) && !lex.clauseWords.has(w)) return true;
  return lex.sources.unnamed.has(w) || lex.sources.organizationNouns.has(w);
}

/** Whether the sentence around i is written in title case, as headlines are. */
export function titleCase(text: EnglishText, i: number): boolean {
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
/** Whether the phrase that ends at k follows "by": "by the newspaper", "by The Washington Post". */
function agentOfBy(text: EnglishText, k: number, floor: number): boolean {
  let j = k;
  while (j - 1 > floor && text.isCapitalized(j - 1) && j > k - 4) j--;
  if (text.lexicon.articles.has(text.word(j - 1))) j--;
  return j - 1 >= floor && text.word(j - 1) === 'by';
}

export function hasFinder(
  text: EnglishText,
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
    // "Documents obtained by the Post show": who obtained them is no head of the subject.
    const byWhom = agentOfBy(text, k, floor);
    if ((s.documents.has(w) || (agent && !documentsOnly)) && !byWhom) {
      // A base form needs a plural finder: "records show", not "a TV show".
      return form !== VerbForm.Base || w.endsWith('s') || text.lexicon.grammar.pluralFinders.has(w);
    }
    if (text.lexicon.clauseWords.has(w) && w !== 'that' && w !== 'and') return false;
    const verb = text.lexicon.verbs.has(w) && !w.endsWith('ed');
    if (w.endsWith('ing') || (verb && !byWhom)) return false;
  }
  return false;
}
