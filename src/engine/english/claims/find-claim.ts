import { VerbForm } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import { type Cue, CueKind } from '../cues/cue';
import { postAbove, quoteCredited } from '../cues/post-signatures';
import type { Draft } from '../draft';
import { citingAt, notesClaim, subjectBefore, type TokenRange } from '../phrases';
import { Side, type SourceFinding } from '../sources/find-source';
import type { EnglishText } from '../text';

const SENTENCE_MARKS = new Set(['.', '!', '?', '…', ';']);

// The longest claim, in tokens: a multi-paragraph quote fits; a runaway unclosed one is cut.
const LONGEST_CLAIM = 1500;

/** The last token of a claim ending at `last`: a closing quote stays, a sentence's final period goes. */
function trimEnd(text: EnglishText, first: number, last: number): number {
  let k = last;
  while (
    k > first &&
    (SENTENCE_MARKS.has(text.lower(k)) || text.is(k, ',')) &&
    text.type(k) === TokenType.Punct
  ) {
    k--;
  }
  return k;
}

/** Where a claim before the cue starts: the sentence start, or the opening of the quote it lies in. */
function claimStart(text: EnglishText, floor: number): number {
  const q = text.quoteOf(floor);
  if (q >= 0) return text.quotes.open[q] ?? floor;
  return floor;
}

/** Widens a claim to the close of any quote it opens: a quote runs across sentences and paragraphs. */
function toQuoteEnd(text: EnglishText, range: TokenRange): TokenRange {
  let last = range.last;
  const q = text.quoteOf(last);
  if (q >= 0) last = Math.max(last, text.quotes.close[q] ?? last);
  const firstQuote = text.quoteOf(range.first);
  if (firstQuote >= 0) last = Math.max(last, text.quotes.close[firstQuote] ?? last);
  return { first: range.first, last: Math.min(last, range.first + LONGEST_CLAIM) };
}

/** The claim before the cue: from the sentence (or quote) start to the comma or quote before `until`. */
function claimBefore(text: EnglishText, floor: number, until: number): TokenRange | null {
  let first = claimStart(text, floor);
  // "But ...", "Still, ...": a connective ties the sentence to the last one; it is no part of the claim.
  if (
    first === floor &&
    text.lexicon.grammar.connectives.has(text.lower(first)) &&
    first + 2 < until
  ) {
    first++;
    if (text.is(first, ',')) first++;
  }
  let last = until - 1;
  while (last >= first && (text.is(last, ',') || text.is(last, '—') || text.is(last, '('))) last--;
  if (last < first) return null;
  return { first, last };
}

/** Skips whom a "told" or "warned" speaks to: "told reporters", "told CNN on Thursday". */
function skipAudience(text: EnglishText, start: number, end: number): number {
  const lex = text.lexicon;
  for (let k = start; k < end && k < start + 12; k++) {
    const w = text.word(k);
    if (text.type(k) !== TokenType.Word && text.type(k) !== TokenType.Number) {
      if (text.is(k, ',')) return thatAfterComma(text, k, end) ?? k + 1;
      if (text.is(k, ':')) return k + 1;
      if (text.isQuoteMark(k)) return k;
      break;
    }
    if (k > start && text.lexicon.grammar.claimStarts.has(w)) return k;
    if (k > start && lex.clauseWords.has(w) && w !== 'as') return k;
  }
  // No clause opener: only the first word (and its article) is the audience, and a place named
  // after it where it was told: "told reporters in Canberra the decision was final".
  const after = lex.determiners.has(text.word(start)) ? start + 2 : start + 1;
  return pastPlace(text, after, end);
}

/** Past "in Canberra", "at Westminster": a preposition of place before a capitalised name. */
function pastPlace(text: EnglishText, from: number, end: number): number {
  const w = text.word(from);
  if ((w !== 'in' && w !== 'at') || !text.isCapitalized(from + 1)) return from;
  let k = from + 1;
  while (k < end && text.isWord(k) && text.isCapitalized(k)) k++;
  return k < end && text.isWord(k) ? k : from;
}

// How far past a comma in the audience ("a town hall in Salem, New Hampshire on Monday that")
// its "that" can still come.
const LONGEST_AUDIENCE_TAIL = 10;

/** The "that" a comma inside the audience still leads to, with no other mark between; or null. */
function thatAfterComma(text: EnglishText, comma: number, end: number): number | null {
  for (let k = comma + 1; k < end && k <= comma + LONGEST_AUDIENCE_TAIL; k++) {
    if (text.word(k) === 'that') return k;
    if (!text.isWord(k) && text.type(k) !== TokenType.Number && !text.is(k, ',')) return null;
  }
  return null;
}

/**
 * Whether the stretch before a comma is an opening phrase rather than a claim: it starts with a
 * preposition or a connective ("In an interview with X,", "On Tuesday,", "Still,") and holds no quote.
 */
function opensWithPhrase(text: EnglishText, floor: number, until: number): boolean {
  const lex = text.lexicon;
  const first = text.word(floor);
  if (!(lex.prepositions.has(first) || lex.clauseWords.has(first) || lex.adverbs.has(first)))
    return false;
  if (text.is(until - 1, ',') && !text.isQuoteMark(until - 2)) {
    for (let k = floor; k < until; k++) if (text.isQuoteMark(k)) return false;
    return true;
  }
  return false;
}

/**
 * "said in an interview with the Gazette that ...": the claim starts at "that", after the words
 * telling where or to whom it was said.
 */
function skipSetting(text: EnglishText, from: number, end: number): number {
  if (!text.lexicon.prepositions.has(text.word(from))) return from;
  for (let k = from + 1; k < end && k <= from + 12; k++) {
    if (text.word(k) === 'that') return k;
    if (text.is(k, ':')) return k;
    // 'said on Channel 9 “the pier is safe”' ends a setting at its quote; 'vowed to “keep it”'
    // and 'warned of a “storm”' quote inside the claim.
    if (text.isQuoteMark(k)) return settingBefore(text, from, k) ? k : from;
    if (text.is(k, ',')) return k + 1;
    if (!text.isWord(k) && text.type(k) !== TokenType.Number && !text.is(k, '.')) break;
  }
  return from;
}

/** Whether the words from a preposition up to a quote name where it was said, not the claim's start. */
function settingBefore(text: EnglishText, from: number, quote: number): boolean {
  const last = quote - 1;
  return last > from && !text.lexicon.determiners.has(text.word(last));
}

// The longest object between a verb and the colon that opens its claim: "summed up the mood:".
const LONGEST_LEAD = 5;

/** "summed up the mood: “...”": the claim starts after a colon that closes a short object. */
function skipToColon(text: EnglishText, from: number, end: number): number {
  for (let k = from + 1; k < end && k <= from + LONGEST_LEAD; k++) {
    if (text.is(k, ':')) return k + 1;
    if (!text.isWord(k)) return from;
  }
  return from;
}

/** The claim after the cue, to the end of the sentence (or of the quote it opens). */
function claimAfter(
  text: EnglishText,
  cue: Cue,
  from: number,
  sentenceEnd: number,
): TokenRange | null {
  const end = openingClauseEnd(text, cue, from, sentenceEnd);
  let first = from;
  const opener = text.word(first);
  // "told reporters the port is safe" names whom it was told; "we are told the port is safe" does
  // not, and "asked about the report" names what was asked about.
  if (
    cue.verbClass === 'audience' &&
    !cue.passive &&
    !text.lexicon.grammar.topicPrepositions.has(text.word(cue.last)) &&
    !text.lexicon.prepositions.has(opener) &&
    !text.lexicon.grammar.claimStarts.has(opener)
  ) {
    first = skipAudience(text, first, end);
  } else if (cue.kind === CueKind.Verb) {
    first = skipToColon(text, skipSetting(text, first, end), end);
  }
  const afterWhen = skipWhen(text, first, end);
  // "said Thursday during a town hall in Buffalo that": a setting may follow the time too.
  first =
    afterWhen > first && cue.kind === CueKind.Verb ? skipSetting(text, afterWhen, end) : afterWhen;
  if (cue.kind === CueKind.Verb) first = skipTally(text, first, end);
  while (first < end && (text.is(first, ',') || text.is(first, ':'))) first++;
  // "Reuters said, citing two sources": what follows names whom the words rest on, not what was
  // said; the claim, if any, comes after the citing clause's comma.
  if (first < end && citingAt(text, first)) {
    while (first < end && !text.is(first, ',')) first++;
    while (first < end && text.is(first, ',')) first++;
  }
  if (first >= end) return null;
  const last = trimEnd(text, first, breakBefore(text, first, end) - 1);
  if (last < first || (last === first && text.type(first) === TokenType.Punct)) return null;
  return toQuoteEnd(text, { first, last });
}

/**
 * "Asked about the delay, the minister blamed the weather", "When asked, she said no": a
 * participle that opens its sentence or follows "when" opens a clause of its own, which the
 * first comma outside a quote ends, and its claim with it.
 */
function openingClauseEnd(text: EnglishText, cue: Cue, first: number, end: number): number {
  const participle = cue.form === VerbForm.Past || cue.form === VerbForm.Participle;
  const opens =
    cue.first === text.sentenceFirst(cue.first) ||
    text.lexicon.grammar.subordinators.has(text.word(cue.first - 1));
  if (!participle || !opens) return end;
  for (let k = first; k < end; k++) if (text.is(k, ',') && text.quoteOf(k) < 0) return k;
  return end;
}

/**
 * The attribution a citing clause hangs on: the tag right before it ("X, Reuters said, citing two
 * sources"), the claim it ends ("Bloomberg reported X, citing people familiar with the matter")
 * or the subject it is set in ("Interfax, citing the official portal, said X").
 */
export function citedDraft(
  text: EnglishText,
  citing: Cue,
  before: Draft | undefined,
  after: Draft | undefined,
): Draft | null {
  if (citing.kind !== CueKind.Citing || !text.is(citing.first - 1, ',')) return null;
  const tagEnd = before ? Math.max(before.cue.last, before.source.range?.last ?? -1) : -1;
  if (before && tagEnd === citing.first - 2) return before;
  // "Bloomberg reported the talks had stalled, citing people familiar with the matter": the claim
  // after the tag runs up to the citing clause (or over it, until the next attribution cuts it).
  const claim = before?.content;
  if (
    claim &&
    claim.first > before.cue.last &&
    claim.first < citing.first - 1 &&
    claim.last >= citing.first - 2
  )
    return before;
  const subject = after?.source.range;
  return after && subject && subject.last === citing.first - 2 ? after : null;
}

/** Skips when something was said, between the cue and the claim: "said Tuesday", "told CNN on Monday". */
function skipWhen(text: EnglishText, from: number, end: number): number {
  const times = text.lexicon.timeWords;
  let k = from;
  while (k < end - 1 && !text.isPossessive(k)) {
    const w = text.lower(k);
    if (times.has(w) && !text.isPossessive(k)) k++;
    else if (
      text.lexicon.grammar.whenLeads.has(w) &&
      (times.has(text.lower(k + 1)) || text.lexicon.grammar.whenLeads.has(text.lower(k + 1)))
    )
      k++;
    else break;
  }
  return k > from && text.isWord(k - 1) && times.has(text.lower(k - 1)) ? k : from;
}

/** "ruled 6-3 that", "voted 51-49 that": how a vote went is no part of what it decided. */
function skipTally(text: EnglishText, from: number, end: number): number {
  let k = from;
  while (k < end && (text.type(k) === TokenType.Number || text.is(k, '-'))) k++;
  return k > from && text.word(k) === 'that' ? k : from;
}

/**
 * Where a claim after its cue stops short of the sentence end: "said X, but Y" claims only X, and
 * "said X, a claim Y disputes" too.
 */
function breakBefore(text: EnglishText, first: number, end: number): number {
  const { claimBreaks } = text.lexicon.grammar;
  for (let k = first + 1; k < end - 1; k++) {
    if (!text.is(k, ',') || text.quoteOf(k) >= 0) continue;
    if (claimBreaks.has(text.lower(k + 1))) return k;
    // "..., a claim that could not be verified": the writer's note on the claim is none of it.
    if (notesClaim(text, k + 1)) return k;
  }
  return end;
}

/** What the cue attributes: the claim, as a token range, or null when the text gives none. */
export function findClaim(text: EnglishText, cue: Cue, source: SourceFinding): TokenRange | null {
  const floor = text.sentenceFirst(cue.head);
  const end = text.sentenceEnd(cue.head);
  const whole = (): TokenRange | null => {
    const first = claimStart(text, floor);
    return { first, last: trimEnd(text, first, end - 1) };
  };
  switch (cue.kind) {
    case CueKind.Hedge:
    case CueKind.Raising:
      return whole();
    case CueKind.Signature:
      return postAbove(text, cue);
    case CueKind.Credit:
      return quoteCredited(text, cue);
    case CueKind.Colon: {
      // A speaker's label speaks to the end of its paragraph; a colon before a quote, to the quote's end.
      const first = cue.last + 1;
      const last = trimEnd(text, first, text.paragraphEnd(cue.head) - 1);
      if (last < first) return null;
      return text.opensParagraph(text.sentenceFirst(cue.head)) ||
        text.isQuoteMark(text.sentenceFirst(cue.head))
        ? { first, last }
        : toQuoteEnd(text, { first, last });
    }
    case CueKind.Impersonal:
      // "it was reported that X", or "X, it is believed."
      return text.word(cue.last + 1) !== 'that' && cue.first > floor && text.is(cue.first - 1, ',')
        ? claimBefore(text, floor, cue.first)
        : claimAfter(text, cue, cue.last + 1, end);
    case CueKind.According:
    case CueKind.Citing: {
      if (cue.first > floor)
        return asideClaim(text, cue, source, end) ?? claimBefore(text, floor, cue.first);
      const after = source.range ? source.range.last + 1 : cue.last + 1;
      return claimAfter(text, cue, after, end);
    }
    default:
      break;
  }
  if (source.side === Side.After) {
    const claim = claimBefore(text, floor, cue.first);
    if (!claim) return null;
    const afterSource = source.range ? source.range.last + 1 : cue.last + 1;
    return continuation(text, claim, afterSource, end);
  }
  const sourceFirst = source.range?.first ?? cue.first;
  // "Harvey, who acknowledged X": a relative pronoun's antecedent is its speaker, never its claim.
  const relative = source.range !== null && isRelativeSubject(text, source.range);
  const parenthetical =
    source.side === Side.Before &&
    !relative &&
    sourceFirst > floor &&
    (text.is(sourceFirst - 1, ',') ||
      text.type(sourceFirst - 1) === TokenType.CloseQuote ||
      text.type(sourceFirst - 1) === TokenType.StraightQuote);
  // "Many of the closures, he said, have involved public courses": a tag set in its claim.
  if (source.side === Side.Before && !relative && interrupts(text, cue, floor, sourceFirst)) {
    const before = claimBefore(text, clauseOpening(text, floor, sourceFirst), sourceFirst);
    if (before)
      return toQuoteEnd(text, { first: before.first, last: trimEnd(text, before.first, end - 1) });
  }
  // "In an interview with Channel 4, Reyes said ...": an opening phrase is not a claim.
  const after = claimAfter(text, cue, cue.last + 1, end);
  if (
    parenthetical &&
    !opensWithPhrase(text, floor, sourceFirst) &&
    !(
      after &&
      opensClaim(text, after.first) &&
      (unquotedBefore(text, floor, sourceFirst) || leadsIn(text, floor))
    )
  ) {
    const claim = claimBefore(text, floor, sourceFirst);
    if (claim) return continuation(text, claim, cue.last + 1, end);
  }
  // "the wall, which he said would cost billions": the relative pronoun opens the claim.
  if (after && source.range && text.lexicon.grammar.relativeClaims.has(text.lower(sourceFirst - 1)))
    return relativeClaim(text, sourceFirst - 1, after.last);
  if (after && relative && text.is(sourceFirst - 1, ',')) return toClauseEnd(text, after);
  // "After Vale said the pier was safe, the ferry sailed": the claim ends with the clause.
  if (after && opensSubordinateClause(text, floor, sourceFirst)) return toClauseEnd(text, after);
  if (after) return after;
  // "He said:" closing a paragraph: the claim is the next paragraph.
  if (text.is(cue.last, ':')) return nextParagraph(text, cue.last + 1);
  // "In fact, the plan changes little, analysts say.": with nothing after the cue, the claim is
  // what follows the opening phrase.
  if (parenthetical && text.is(sourceFirst - 1, ',')) return afterOpening(text, floor, sourceFirst);
  // '“Do they care?” Forte said.': a quote ending in "?" or "!" ends its sentence before the tag.
  if (sourceFirst === floor) return quoteBefore(text, floor);
  // "The deal has collapsed, we’re told.": a passive cue's subject is its audience, after the claim.
  if (cue.passive) {
    const audience = subjectBefore(text, cue.first - 1, floor);
    if (audience && text.is(audience.first - 1, ','))
      return claimBefore(text, floor, audience.first);
  }
  return null;
}

// The most words a subordinate clause's opener can follow: "One month after", "Even as".
const SUBORDINATE_LEAD = 3;

/**
 * Whether the clause the cue stands in opens with a subordinator ("After", "Even as", "While")
 * right before its subject, so that a comma closes it before the sentence's main clause.
 */
function opensSubordinateClause(text: EnglishText, floor: number, subject: number): boolean {
  const opener = subject - 1;
  if (opener < floor || opener - floor >= SUBORDINATE_LEAD) return false;
  if (!text.lexicon.grammar.subordinators.has(text.lower(opener))) return false;
  for (let k = floor; k < opener; k++) if (!text.isWord(k)) return false;
  return true;
}

/**
 * Whether a tag stands between commas inside the sentence it reports ("X, he said, Y"), after
 * words that start the claim rather than set the scene ("Asked about it,", "In an interview,",
 * "When the vote came,", "Still,").
 */
function interrupts(text: EnglishText, cue: Cue, floor: number, sourceFirst: number): boolean {
  if (sourceFirst <= floor || !text.is(sourceFirst - 1, ',') || !text.is(cue.last + 1, ','))
    return false;
  // "X, Reuters said, citing two sources": a participle after the tag goes on with the tag.
  if (text.lower(cue.last + 2).endsWith('ing')) return false;
  const first = text.lower(floor);
  return (
    !leadsIn(text, floor) &&
    !opensWithPhrase(text, floor, sourceFirst) &&
    !text.lexicon.clauseWords.has(first) &&
    !first.endsWith('ed')
  );
}

// Marks after which a clause starts again inside a sentence: "(the cost of which, he said, ...".
const CLAUSE_MARKS = new Set(['(', '—', '–', '-', ';']);

/** Where the clause holding `until` starts: after the last such mark, and its coordinator. */
function clauseOpening(text: EnglishText, floor: number, until: number): number {
  for (let k = until - 1; k > floor; k--) {
    if (!CLAUSE_MARKS.has(text.lower(k))) continue;
    return text.lexicon.grammar.coordinators.has(text.lower(k + 1)) ? k + 2 : k + 1;
  }
  return floor;
}

/** Whether a source is a relative pronoun alone: "who" in "Harvey, who said", "that" in "polls that show". */
function isRelativeSubject(text: EnglishText, source: TokenRange): boolean {
  return (
    source.first === source.last && text.lexicon.grammar.relatives.has(text.lower(source.first))
  );
}

/**
 * "The club, which its founder said last year had 9,000 members, grew": a claim in a relative
 * clause set off by commas ends at the comma that closes it.
 */
function relativeClaim(text: EnglishText, first: number, last: number): TokenRange {
  return text.is(first - 1, ',') ? toClauseEnd(text, { first, last }) : { first, last };
}

/** A claim cut at its first comma outside a quote: where the clause set off by commas closes. */
function toClauseEnd(text: EnglishText, claim: TokenRange): TokenRange {
  for (let k = claim.first + 1; k < claim.last; k++) {
    if (text.is(k, ',') && text.quoteOf(k) < 0) return { first: claim.first, last: k - 1 };
  }
  return claim;
}

/** The quote that closes right before a sentence: its words are the claim of a tag that follows. */
function quoteBefore(text: EnglishText, floor: number): TokenRange | null {
  const close = floor - 1;
  if (text.type(close) !== TokenType.CloseQuote && !text.isQuoteMark(close)) return null;
  const q = text.quoteOf(close);
  const open = q >= 0 ? text.quotes.open[q] : undefined;
  return open !== undefined && open < close ? { first: open, last: close } : null;
}

const ASIDE_MARKS = new Set(['—', '–', '(']);

/**
 * "There would be a code — according to the draft — “to protect sources”": an attribution set
 * between dashes or brackets is an aside, and the claim is the whole sentence around it.
 */
function asideClaim(
  text: EnglishText,
  cue: Cue,
  source: SourceFinding,
  end: number,
): TokenRange | null {
  const floor = text.sentenceFirst(cue.head);
  const opening = text.lower(cue.first - 1);
  const closing = source.range ? source.range.last + 1 : -1;
  if (!ASIDE_MARKS.has(opening) || closing < 0 || closing + 1 >= end) return null;
  if (!text.is(closing, opening === '(' ? ')' : opening)) return null;
  const first = claimStart(text, floor);
  return toQuoteEnd(text, { first, last: trimEnd(text, first, end - 1) });
}

/** The claim before a source, after the opening phrase's comma: "In fact, X, analysts say" claims X. */
function afterOpening(text: EnglishText, floor: number, sourceFirst: number): TokenRange | null {
  let first = floor;
  for (let k = floor; k < sourceFirst - 1; k++) {
    if (text.isQuoteMark(k)) break;
    if (text.is(k, ',')) {
      first = k + 1;
      break;
    }
  }
  return claimBefore(text, first, sourceFirst);
}

/** The paragraph after a break at `from`, to the end of the quote it opens. */
function nextParagraph(text: EnglishText, from: number): TokenRange | null {
  if (text.type(from) !== TokenType.Break || from + 1 >= text.count) return null;
  const first = from + 1;
  const last = trimEnd(text, first, text.paragraphEnd(first) - 1);
  if (last < first) return null;
  return toQuoteEnd(text, { first, last });
}

/** Whether nothing before a source is quoted: "Asked about it, Reyes said" leads in, it does not claim. */
function unquotedBefore(text: EnglishText, floor: number, until: number): boolean {
  for (let k = floor; k < until; k++) if (text.isQuoteMark(k)) return false;
  return true;
}

/** Whether a sentence opens with when, where or how something was said: "Sunday on CNN’s “...”", "Speaking to ...". */
function leadsIn(text: EnglishText, floor: number): boolean {
  const w = text.lower(floor);
  const lex = text.lexicon;
  return lex.timeWords.has(w) || lex.prepositions.has(w) || w.endsWith('ing');
}

/**
 * Whether a claim after the cue starts as a claim, a clause or a quote ('said "every leader ..."'),
 * not as where or when it was said ("on Tuesday").
 */
function opensClaim(text: EnglishText, first: number): boolean {
  if (text.isQuoteMark(first)) return text.type(first) !== TokenType.CloseQuote;
  const w = text.lower(first);
  const lex = text.lexicon;
  return (
    !(lex.prepositions.has(w) || lex.timeWords.has(w) || lex.adverbs.has(w)) && text.isWord(first)
  );
}

// The longest setting between a tag and its comma: "on Friday", "in a statement on Tuesday".
const LONGEST_SETTING = 6;

/** The comma after a short unquoted setting that follows a tag, or `from` when there is none. */
function afterSetting(text: EnglishText, from: number, end: number): number {
  for (let k = from; k < end && k <= from + LONGEST_SETTING; k++) {
    if (text.is(k, ',')) return k;
    if (!text.isWord(k) && text.type(k) !== TokenType.Number) return from;
  }
  return from;
}

/** "“A,” she said, “B.”": a claim broken by its attribution goes on after it. */
function continuation(
  text: EnglishText,
  claim: TokenRange,
  start: number,
  end: number,
): TokenRange {
  // A quoted claim goes on only in a quote; "..., adding that", "..., referring to" are the writer's.
  const quoted = text.isQuoteMark(claim.last) || text.isQuoteMark(claim.last - 1);
  // '“A,” she said on Friday, “B.”': when it was said can stand between the tag and the rest.
  const from = quoted ? afterSetting(text, start, end) : start;
  if (!text.is(from, ',') || from + 1 >= end) return claim;
  if (quoted ? !text.isQuoteMark(from + 1) : text.lower(from + 1).endsWith('ing')) return claim;
  const last = trimEnd(text, from + 1, end - 1);
  if (last <= from) return claim;
  return toQuoteEnd(text, { first: claim.first, last });
}
