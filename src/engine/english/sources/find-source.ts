import { VerbForm } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import { type Cue, CueKind } from '../cues/cue';
import { creditAuthor, signatureAuthor } from '../cues/post-signatures';
import {
  citingAt,
  phraseAfter,
  subjectBefore,
  type TokenRange,
  withDocumentAside,
} from '../phrases';
import type { EnglishText } from '../text';

/** Where a cue's source stands relative to it. */
export enum Side {
  None = 0,
  /** "X said ...", "X, a spokesman, said". */
  Before = 1,
  /** "..., said X", "according to X". */
  After = 2,
  /** "..., saying ...": the subject of the clause the participle hangs on. */
  Clause = 3,
}

export interface SourceFinding {
  side: Side;
  range: TokenRange | null;
}

/** Whether a phrase can start at i as an inverted subject: "said Beck", "said a spokesman", "said he", "say analysts". */
function startsSubject(text: EnglishText, i: number): boolean {
  const w = text.word(i);
  if (!w) return false;
  if (text.lexicon.grammar.subjectPronouns.has(w)) return true;
  if (w === 'that' || w === 'this') return false;
  const sources = text.lexicon.sources;
  // "said chief inspector Maria Dunn", "say hauliers": a role before a name, a plural for a group.
  return (
    text.isCapitalized(i) ||
    text.lexicon.determiners.has(w) ||
    sources.unnamed.has(w) ||
    sources.titles.has(w) ||
    sources.groupEndings.some((ending) => w.endsWith(ending))
  );
}

/**
 * Whether words after a verb read as a clause ("said the cranes were idle") rather than as the
 * speaker ("said Tom Reyes, the city engineer"): an auxiliary before any relative pronoun.
 */
function readsAsClause(text: EnglishText, range: TokenRange): boolean {
  // "..., said she turned out": a pronoun with words after it is a clause's subject, not the speaker.
  if (range.last > range.first && text.lexicon.grammar.subjectPronouns.has(text.word(range.first)))
    return true;
  for (let k = range.first; k <= range.last; k++) {
    const w = text.word(k);
    if (w === 'who' || w === 'which' || w === 'whose') return false;
    if (w === 'that' || (text.lexicon.auxiliaries.has(w) && w !== 'to' && w !== "'s")) return true;
  }
  return false;
}

/** Whether the cue follows the claim it reports: after a comma or a closing quote. */
export function followsClaim(text: EnglishText, cue: Cue, floor: number): boolean {
  const before = cue.first - 1;
  if (before < floor) return false;
  const t = text.type(before);
  return (
    text.is(before, ',') ||
    t === TokenType.CloseQuote ||
    ((t === TokenType.StraightQuote || t === TokenType.SingleQuote) && !text.spaceBefore(before))
  );
}

/** Whether a gerund cue is a finite progressive: "are responding", "he’s still saying". */
function progressive(text: EnglishText, cue: Cue): boolean {
  if (text.contracted(cue.first - 1)) return true;
  for (let k = cue.first; k < cue.head; k++)
    if (text.lexicon.grammar.be.has(text.word(k))) return true;
  return false;
}

// The longest subject an inverted tag can interrupt: "The combination, say economists, marks".
const SHORTEST_SPLIT = 8;

/**
 * "The combination, say economists, marks a shift": a tag set in a short subject ends at its
 * comma, where the claim's verb goes on; "said Tom Reyes, the city engineer" keeps its appositive.
 */
function splitSubject(text: EnglishText, cue: Cue, floor: number, range: TokenRange): TokenRange {
  if (cue.first - floor > SHORTEST_SPLIT) return range;
  for (let k = floor; k < cue.first; k++) if (text.isQuoteMark(k)) return range;
  const lex = text.lexicon;
  for (let k = range.first + 1; k < range.last; k++) {
    if (!text.is(k, ',')) continue;
    const w = text.word(k + 1);
    const verb =
      lex.auxiliaries.has(w) || ((w.endsWith('s') || w.endsWith('ed')) && !w.endsWith('ss'));
    const describes = lex.determiners.has(w) || lex.sources.titles.has(w) || lex.pronouns.has(w);
    if (verb && !describes && !text.isCapitalized(k + 1))
      return { first: range.first, last: k - 1 };
    return range;
  }
  return range;
}

/** The source of a verb cue with the subject first or inverted. */
function verbSource(text: EnglishText, cue: Cue, floor: number, end: number): SourceFinding {
  if (cue.passive) {
    const by = cue.last + 1;
    if (text.word(by) === 'by')
      return { side: Side.After, range: phraseAfter(text, by + 1, end, true) };
    return { side: Side.None, range: null };
  }
  // "..., saying", "after privately reporting": a participle hangs on its clause; "are
  // responding" is a finite verb.
  if (cue.form === VerbForm.Gerund && !progressive(text, cue))
    return { side: Side.Clause, range: null };
  // "Sanders marched in 1963 and says ...": a coordinated verb shares its clause's subject.
  if (text.lexicon.grammar.coordinators.has(text.word(cue.first - 1)))
    return { side: Side.Clause, range: null };
  // "she said when asked about the report": a participle after "when" or "if" has no subject.
  if (
    cue.form !== VerbForm.Third &&
    text.lexicon.grammar.subordinators.has(text.word(cue.first - 1))
  )
    return { side: Side.None, range: null };
  // "Interfax, citing the official portal, said": the subject stands before the citing clause.
  const citing = citingClauseBefore(text, cue.first - 1, floor);
  if (citing >= 0) return { side: Side.Before, range: subjectBefore(text, citing - 1, floor) };
  const after = cue.last + 1;
  const inverts = cue.lemma !== null && text.lexicon.inverts.has(cue.lemma);
  if (
    inverts &&
    followsClaim(text, cue, floor) &&
    startsSubject(text, after) &&
    !subjectSetOff(text, cue, floor)
  ) {
    const phrase = phraseAfter(text, after, end, false);
    const range = phrase && splitSubject(text, cue, floor, phrase);
    if (range && !readsAsClause(text, range)) return { side: Side.After, range };
  }
  return { side: Side.Before, range: subjectBefore(text, cue.first - 1, floor) };
}

/**
 * "Gov. Kasich of Ohio, a Republican, said the family deserved better": a subject that opens the
 * sentence and is set off by commas before the verb is its speaker; what follows is the claim,
 * not an inverted speaker.
 */
function subjectSetOff(text: EnglishText, cue: Cue, floor: number): boolean {
  if (!text.is(cue.first - 1, ',')) return false;
  const subject = subjectBefore(text, cue.first - 1, floor);
  return subject !== null && subject.first === floor;
}

/** The comma that opens a citing clause closed by the comma at `comma` (", citing X,"), or -1. */
function citingClauseBefore(text: EnglishText, comma: number, floor: number): number {
  if (!text.is(comma, ',')) return -1;
  for (let k = comma - 1; k > floor; k--) {
    if (text.is(k, ',')) return citingAt(text, k + 1) ? k : -1;
  }
  return -1;
}

/** Finds the source phrase of a cue, as written, or says on which side it must be sought. */
export function findSource(text: EnglishText, cue: Cue): SourceFinding {
  const floor = text.sentenceFirst(cue.head);
  const end = text.sentenceEnd(cue.head);
  switch (cue.kind) {
    case CueKind.According:
    case CueKind.Citing: {
      const range = phraseAfter(text, cue.last + 1, end, true);
      return { side: Side.After, range: range && withDocumentAside(text, range, end) };
    }
    case CueKind.Verb:
      return verbSource(text, cue, floor, end);
    case CueKind.Colon:
      return { side: Side.Before, range: speakerBefore(text, cue.first, floor) };
    case CueKind.Signature:
      return { side: Side.Before, range: signatureAuthor(text, cue) };
    case CueKind.Credit:
      return { side: Side.After, range: creditAuthor(text, cue) };
    case CueKind.Extra:
      return { side: Side.Before, range: subjectBefore(text, cue.first - 1, floor) };
    default:
      return { side: Side.None, range: null };
  }
}

/** The speaker named right before a colon: a paragraph's label, or a name with its titles. */
function speakerBefore(text: EnglishText, colon: number, floor: number): TokenRange | null {
  if (text.opensParagraph(floor) && colon - floor <= 7 && colon > floor) {
    // '"WALLACE: ...': the quote mark of a quoted transcript is no part of the name.
    const first = text.isQuoteMark(floor) ? floor + 1 : floor;
    return first < colon ? { first, last: colon - 1 } : null;
  }
  let k = colon - 1;
  if (!text.isCapitalized(k)) return null;
  const titles = text.lexicon.sources.titles;
  while (
    k - 1 >= floor &&
    (text.isCapitalized(k - 1) || titles.has(text.word(k - 1)) || text.is(k - 1, '.'))
  ) {
    k--;
  }
  return { first: k, last: colon - 1 };
}
