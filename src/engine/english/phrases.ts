import { TokenType } from '../text/tokens';
import type { EnglishText } from './text';

/** A stretch of tokens, first and last inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

// The longest source phrase, in tokens ("an American official who was briefed on ... and spoke
// anonymously because of the diplomatic sensitivities" is about thirty).
const LONGEST_SOURCE = 40;

/** Marks that end a noun phrase on either side: , ; : ( ) — quotes and breaks. */
function isBarrier(text: EnglishText, i: number): boolean {
  const t = text.type(i);
  if (t === TokenType.Word || t === TokenType.Number) return false;
  if (t !== TokenType.Punct) return true;
  const mark = text.lower(i);
  return mark !== '.' && mark !== '&' && mark !== '-' && mark !== '/';
}

// Words that open the second of two coordinated subjects: "Trump and his attorneys", "Mr. Xi and
// other leaders", "current and former officials".
const SECOND_SUBJECT = new Set(['his', 'her', 'their', 'other', 'former']);

/**
 * Whether word i joins two subjects of one verb rather than two clauses: two capitalised names
 * ("Clinton and Sanders"), or a name or pronoun and a determined noun phrase ("Trump and his
 * attorneys", "she and another reporter", "current and former officials").
 */
function joinsSubjects(text: EnglishText, i: number): boolean {
  const before = text.word(i - 1);
  const after = text.word(i + 1);
  const first =
    text.isCapitalized(i - 1) ||
    text.lexicon.grammar.subjectPronouns.has(before) ||
    before === 'current';
  const second =
    text.isCapitalized(i + 1) || text.lexicon.determiners.has(after) || SECOND_SUBJECT.has(after);
  return first && second;
}

/** Whether a word is a reporting verb's finite form that no subject phrase would hold: "said", "says". */
function finiteReport(text: EnglishText, w: string): boolean {
  const entry = text.lexicon.verbs.get(w);
  return (
    entry !== undefined && (entry.lemma === 'say' || entry.lemma === 'tell') && !w.endsWith('ing')
  );
}

const TIMED_PARTICIPLES = new Set(['released', 'conducted', 'taken', 'published']);

// Past participles that do not end in -ed, as they follow a document in a source: "a memo sent
// to staff", "a letter written by", "a video seen by", "documents shown to".
const IRREGULAR_PARTICIPLES = new Set([
  'sent',
  'written',
  'seen',
  'shown',
  'taken',
  'given',
  'drawn',
]);

/**
 * The document noun a past participle qualifies in a source phrase, between first and last: "a UN
 * report released on Monday", "a study published Tuesday in the Lancet". The participle's own
 * words (its time, its place, its author) qualify the document; -1 when none. ("Officials briefed
 * on the talks on Monday": a person's time may be the saying's, and is left to trimTimeRight.)
 */
export function participleNoun(text: EnglishText, first: number, last: number): number {
  const { documents, viaVerbs } = text.lexicon.sources;
  for (let k = first + 1; k <= last; k++) {
    const w = text.word(k);
    // Not "papers reviewed by The Herald on June 3": the outlet that passed the papers on is told
    // apart (as the naming stage's headOf does), and the time is the saying's.
    if (viaVerbs.has(w) && text.word(k + 1) === 'by') continue;
    if (isPastParticiple(w) && documents.has(text.word(k - 1))) return k - 1;
  }
  return -1;
}

function isPastParticiple(w: string): boolean {
  return w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
}

/** Drops "on Tuesday", "last week", "in 2011" from the end of a phrase. */
export function trimTimeRight(text: EnglishText, range: TokenRange): TokenRange {
  const lex = text.lexicon;
  let last = range.last;
  let k = last;
  while (
    k > range.first &&
    (lex.timeWords.has(text.word(k)) || text.type(k) === TokenType.Number)
  ) {
    k--;
  }
  if (k < last) {
    // "a poll released Monday": the time is the participle's, and the source keeps both.
    if (TIMED_PARTICIPLES.has(text.word(k))) return range;
    // "Biden, who served as a senator for 36 years": after a relative clause or an appositive the
    // time is the description's, not the saying's, and PolNeAR's source keeps it.
    if (describedWithin(text, range.first, k)) return range;
    // "a UN report released on Monday", "a memo sent to staff on Friday": the participle's time.
    if (participleNoun(text, range.first, k) >= 0) return range;
    if (lex.prepositions.has(text.word(k)) || lex.determiners.has(text.word(k))) k--;
    if (k >= range.first) last = k;
  }
  return { first: range.first, last };
}

/** Whether a relative clause or an appositive opens between first and last. */
function describedWithin(text: EnglishText, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) {
    const w = text.word(k);
    if (text.is(k, ',') || w === 'who' || w === 'whose') return true;
  }
  return false;
}

/** Drops a leading "In an interview" or "On Tuesday" (no comma) from the start of a subject. */
function trimLeadingPhrase(text: EnglishText, range: TokenRange): TokenRange {
  const lex = text.lexicon;
  if (!lex.prepositions.has(text.word(range.first)) || range.first === range.last) return range;
  for (let k = range.last; k > range.first; k--) {
    const w = text.word(k);
    const startsName = text.isCapitalized(k) && !text.isCapitalized(k - 1);
    if (text.lexicon.grammar.subjectPronouns.has(w) || lex.determiners.has(w) || startsName) {
      if (lex.timeWords.has(w)) continue;
      return { first: k, last: range.last };
    }
  }
  return range;
}

/**
 * The noun phrase that ends at token `end` and is a verb's subject: back to the clause's start
 * (a comma, a clause word, the sentence start), keeping an appositive between commas
 * ("Michael Green, a professor of history, said") and a relative pronoun alone ("polls that show").
 */
export function subjectBefore(text: EnglishText, end: number, floor: number): TokenRange | null {
  if (end < floor) return null;
  const lex = text.lexicon;
  const w = text.word(end);
  if (text.lexicon.grammar.relatives.has(w) || text.lexicon.grammar.subjectPronouns.has(w))
    return { first: end, last: end };
  if (text.is(end, ',')) return appositiveSubject(text, end, floor);
  // "Gov. Mike Pence (R-Ind.) said": a short aside in brackets stays with the name before it.
  if (text.is(end, ')')) {
    let open = end - 1;
    while (open > floor && open > end - 8 && !text.is(open, '(')) open--;
    if (!text.is(open, '(')) return null;
    const name = subjectBefore(text, open - 1, floor);
    return name ? { first: name.first, last: end } : null;
  }
  // "The operator reportedly asked": the hedge belongs to its own cue, not to the source.
  if (lex.hedges.has(w) && end > floor) return subjectBefore(text, end - 1, floor);
  if (isBarrier(text, end)) return null;
  let k = end;
  while (k > floor && end - k < LONGEST_SOURCE) {
    const prev = k - 1;
    if (isBarrier(text, prev)) break;
    const p = text.word(prev);
    if (p && lex.clauseWords.has(p) && !(p === 'and' && joinsSubjects(text, prev))) break;
    // "A senior official who spoke on condition of anonymity said": "who" opens a relative clause
    // inside the subject, while "that" and "which" more often open the clause the subject is in.
    if (p && text.lexicon.grammar.relatives.has(p) && p !== 'who') break;
    // "Song said Hillary Clinton had said": the subject ends at the verb of the clause before it.
    if (p && !text.isCapitalized(prev) && finiteReport(text, p)) break;
    k = prev;
  }
  // "Nothing the president said": the object before a relative clause is no part of its subject;
  // nor is the writer's note in "…, a claim Ukraine denied".
  if (text.lexicon.grammar.objectPronouns.has(text.word(k)) && k < end) k++;
  else if (notesClaim(text, k) && k + 1 < end) k += 2;
  const range = trimLeadingPhrase(text, { first: k, last: end });
  return trimTimeRight(text, range);
}

/** "a claim", "an assertion": the writer's note on a claim, opening at k ("a number of" is none). */
export function notesClaim(text: EnglishText, k: number): boolean {
  const article = text.lower(k);
  return (
    (article === 'a' || article === 'an') &&
    text.lexicon.grammar.claimNotes.has(text.lower(k + 1)) &&
    text.lower(k + 2) !== 'of'
  );
}

/** "X, APPOSITIVE, said": the head before the first comma and the appositive; else null. */
function appositiveSubject(text: EnglishText, comma: number, floor: number): TokenRange | null {
  let open = comma - 1;
  while (open > floor && !text.is(open, ',')) {
    if (isBarrier(text, open)) return null;
    open--;
  }
  if (!text.is(open, ',')) return null;
  const inner = { first: open + 1, last: comma - 1 };
  if (inner.first > inner.last) return null;
  let head = subjectBefore(text, open - 1, floor);
  if (!head) return null;
  // "Marley Anderson, 21, a junior, said": an age between commas is an appositive too.
  if (head.first === head.last && text.type(head.first) === TokenType.Number) {
    const named = appositiveSubject(text, open, floor);
    if (named) head = named;
  }
  // "Democrats, however, argue": an adverb between the commas is not part of the source.
  if (inner.first === inner.last && text.lexicon.adverbs.has(text.word(inner.first))) return head;
  if (inner.first === inner.last && text.lexicon.clauseWords.has(text.word(inner.first)))
    return head;
  // "Jeremy, who supports Sanders, says", "Ruiz, speaking in Lisbon, said", "Ruiz, for her part,
  // said": a relative clause, a participle or an aside tells about the source, not who it is.
  const opener = text.word(inner.first);
  if (
    text.lexicon.grammar.relatives.has(opener) ||
    text.lexicon.prepositions.has(opener) ||
    (opener.endsWith('ing') && !text.isCapitalized(inner.first))
  )
    return head;
  return { first: head.first, last: comma - 1 };
}

/**
 * The noun phrase that starts at `start`: an "according to" or "said" source. It ends at a
 * barrier, at the sentence end, or (with `stopAtComma`) at the first comma; a comma before a
 * participle ("..., adding") always ends it.
 */
export function phraseAfter(
  text: EnglishText,
  start: number,
  end: number,
  stopAtComma: boolean,
): TokenRange | null {
  if (start >= end || isBarrier(text, start)) return null;
  const lex = text.lexicon;
  let k = start;
  while (k + 1 < end && k - start < LONGEST_SOURCE) {
    const next = k + 1;
    if (text.is(next, ',')) {
      if (stopAtComma) break;
      const after = text.word(next + 1);
      const participle = after.endsWith('ing') || lex.verbs.has(after);
      if (
        !after ||
        participle ||
        after === 'and' ||
        after === 'according' ||
        lex.clauseWords.has(after)
      ) {
        if (after !== 'who' && after !== 'which') break;
      }
      k = next;
      continue;
    }
    if (isBarrier(text, next)) break;
    if (text.is(next, '.') && next + 1 >= end) break;
    k = next;
  }
  if (text.is(k, '.') || text.is(k, ',')) k--;
  if (k < start) return null;
  return trimTimeRight(text, { first: start, last: k });
}

// The longest aside a participle opens after a document: "filed Tuesday in federal court in Manhattan".
const LONGEST_DOCUMENT_ASIDE = 12;

/**
 * "According to the complaint, filed Tuesday in federal court, the firm …": a participle aside
 * set off by commas after a document is the document's, and the source takes it in.
 */
export function withDocumentAside(text: EnglishText, range: TokenRange, end: number): TokenRange {
  const comma = range.last + 1;
  if (!text.is(comma, ',') || !text.lexicon.sources.documents.has(text.word(range.last)))
    return range;
  if (!isPastParticiple(text.word(comma + 1))) return range;
  for (let k = comma + 2; k < end && k <= comma + LONGEST_DOCUMENT_ASIDE; k++) {
    if (text.is(k, ',')) return { first: range.first, last: k - 1 };
    if (!text.isWord(k) && text.type(k) !== TokenType.Number) return range;
  }
  return range;
}

/**
 * The subject a clause opens with, for a participle that hangs on it ("Trump dismissed them,
 * saying ..."): after an opening phrase closed by a comma, a pronoun, or a name with its titles,
 * or an article and the words up to the verb.
 */
export function clauseSubject(text: EnglishText, floor: number, until: number): TokenRange | null {
  const lex = text.lexicon;
  let k = floor;
  if (lex.prepositions.has(text.word(k)) || lex.clauseWords.has(text.word(k))) {
    while (k < until && !text.is(k, ',')) k++;
    k++;
  }
  if (k >= until || !text.isWord(k)) return null;
  const w = text.word(k);
  if (text.lexicon.grammar.subjectPronouns.has(w)) return { first: k, last: k };
  // "Bernie Sanders won the caucus, claiming ...": a name is the whole subject.
  if (text.isCapitalized(k) && !lex.determiners.has(w)) {
    let end = k;
    while (
      end + 1 < until &&
      (text.isCapitalized(end + 1) || text.is(end + 1, '.')) &&
      !text.isPossessive(end)
    )
      end++;
    if (text.isPossessive(end) && text.isWord(end + 1) && !text.isCapitalized(end + 1)) end++;
    return { first: k, last: end };
  }
  let end = k;
  while (end + 1 < until && text.isWord(end + 1)) {
    const next = text.word(end + 1);
    const capital = text.isCapitalized(end + 1);
    if (
      !capital &&
      (lex.verbs.has(next) ||
        lex.auxiliaries.has(next) ||
        lex.adverbs.has(next) ||
        lex.grammar.pastVerbs.has(next) ||
        next.endsWith('ed'))
    )
      break;
    if (lex.clauseWords.has(next)) break;
    end++;
    if (end - k > 8) return null;
  }
  return { first: k, last: end };
}

/** Whether token i is a citing verb's gerund: "citing", "quoting". */
export function citingAt(text: EnglishText, i: number): boolean {
  const w = text.word(i);
  return w.endsWith('ing') && text.lexicon.verbs.get(w)?.verbClass === 'citing';
}
