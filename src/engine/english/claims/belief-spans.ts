/**
 * Beliefs' cues and claims drawn as PolNeAR's annotators draw them, where the rules and the
 * claim-bounds model draw them otherwise: "expressed concern | that …" (the feeling named is part
 * of the cue), "refused to teach him Japanese | , insisting …" (the writer's aside is no part of
 * the intention), "Indeed, | the voters appear to …" (the opening adverbial is no part of what
 * appears), "Rubio | also bemoaned" (the words before the verb are the cue's, not the source's).
 *
 * This runs after the claim-bounds model, on beliefs only: the model learns from the drafts as
 * the rules leave them, and the claim starts it chooses serve the report cues of every reader,
 * so a change here leaves reported speech, with beliefs off, as it was.
 */

import { WordClass } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import { type Cue, CueKind } from '../cues/cue';
import type { Draft } from '../draft';
import { spelledLikeAdverb } from '../ly-adverbs';
import type { TokenRange } from '../phrases';
import type { EnglishText } from '../text';

/** Verbs that name a feeling or a stance as their object: "expressed concern", "voiced support". */
const EXPRESSING = new Set(['express', 'voice', 'signal']);

// How many words the feeling named may take before its clause: "expressed similar doubts that".
const LONGEST_FEELING = 4;

/** The prepositions after a bare feeling that open what it is about: "concern about", "support for". */
const FEELING_PREPOSITIONS = new Set(['about', 'over', 'for', 'at', 'with', 'in', 'on']);

/** Words in "-ing" that open no aside after a comma: a list's next item or a preposition. */
const NO_ASIDE = new Set(['including', 'according', 'during', 'regarding', 'concerning']);

/** Words that turn to the writer's aside after an intention's comma: "…, while acknowledging". */
const ASIDE_OPENERS = new Set(['while', 'though', 'although']);

/** Sentence adverbs that open a sentence before a comma: "Indeed, the voters appear to …". */
const OPENING_ADVERBS = new Set(['indeed', 'still', 'yes', 'now', 'instead', 'meanwhile']);

/** Verbs that carry an intention on as part of its cue: "continued to portray", "has continued to push". */
const CONTINUING = new Set(['continue', 'continues', 'continued', 'continuing']);

/** Draws each belief's cue and claim as the annotators do, in place. */
export function drawBeliefSpans(text: EnglishText, beliefs: readonly Draft[]): void {
  for (const { cue, source, content } of beliefs) {
    if (source.range) takeWordsBeforeVerb(text, cue, source.range);
    if (!content) continue;
    if (content.first > cue.last) {
      nameFeelingInCue(text, cue, content);
      endIntentionBeforeAside(text, content);
    } else if (cue.kind === CueKind.Raising && content.first < cue.first) {
      startAfterOpeningAdverbial(text, cue, content);
    }
  }
}

/** Whether word k stands between a subject and its verb as part of the cue: "also", "has", "all". */
function beforeVerb(text: EnglishText, k: number, cue: Cue): boolean {
  const w = text.word(k);
  if (!w || w === 'to' || text.contracted(k)) return false;
  const lex = text.lexicon;
  return (
    lex.auxiliaries.has(w) ||
    lex.adverbs.has(w) ||
    // "Schlafly", "Jolly": a name spelled like an adverb is the subject's.
    (spelledLikeAdverb(text, w) && !text.isCapitalized(k)) ||
    w === 'all' ||
    w === 'both' ||
    (CONTINUING.has(w) && text.word(cue.first) === 'to')
  );
}

/**
 * "Rubio also | bemoaned", "Police had | last month charged", "the candidates unanimously |
 * opposed": the words between the subject and a belief's verb are the cue's, as annotated ("also
 * bemoaned"), not the source's. Near miss: a name spelled like an adverb ("Ms. Schlafly") stays
 * the subject's, and a subject is never left empty.
 */
function takeWordsBeforeVerb(text: EnglishText, cue: Cue, source: TokenRange): void {
  if (source.last !== cue.first - 1) return;
  let first = cue.first;
  while (first - 1 > source.first && beforeVerb(text, first - 1, cue)) first--;
  if (first === cue.first) return;
  // "are all | thought": a source made only of such words is no subject to leave behind.
  let subject = false;
  for (let k = source.first; k < first; k++) subject ||= !beforeVerb(text, k, cue);
  if (!subject) return;
  source.last = first - 1;
  cue.first = first;
}

function isLowerWord(text: EnglishText, k: number): boolean {
  return text.type(k) === TokenType.Word && !text.isCapitalized(k);
}

/**
 * "expressed concern that the rallies were violent": the feeling named joins the cue and the
 * clause is the claim; "voiced support for a ban": a bare feeling and its preposition join the
 * cue and what it is about is the claim. Near miss: "expressed a deep regret for …" keeps the
 * feeling, a determiner before it, in the claim, as the annotators do.
 */
function nameFeelingInCue(text: EnglishText, cue: Cue, content: TokenRange): void {
  if (cue.kind !== CueKind.Verb || !cue.lemma || !EXPRESSING.has(cue.lemma)) return;
  const after = cue.last + 1;
  const opener = text.word(content.first);
  if (content.first > after && (opener === 'that' || opener === 'to')) {
    if (content.first - after > LONGEST_FEELING) return;
    for (let k = after; k < content.first; k++) if (!isLowerWord(text, k)) return;
    cue.last = content.first - 1;
    return;
  }
  const preposition = after + 1;
  if (
    content.first === after &&
    isLowerWord(text, after) &&
    (text.classesAt(after) & (WordClass.Determiner | WordClass.Pronoun)) === 0 &&
    FEELING_PREPOSITIONS.has(text.word(preposition)) &&
    preposition < content.last
  ) {
    cue.last = preposition;
    content.first = preposition + 1;
  }
}

/** Whether the comma at k turns to the writer's aside: a participle or "while", "though". */
function asideAfter(text: EnglishText, k: number): boolean {
  if (!text.is(k, ',') || !isLowerWord(text, k + 1)) return false;
  const w = text.word(k + 1);
  if (ASIDE_OPENERS.has(w)) return true;
  return w.length > 5 && w.endsWith('ing') && !NO_ASIDE.has(w);
}

/**
 * "refused to teach him Japanese, insisting that her son was American", "have vowed to win back
 * the public's trust, while acknowledging that …": an intention ends before the aside. Near
 * miss: "called him a kind, loving man" and "wants a vast expansion, including …" are objects,
 * not intentions, and keep their commas (the annotators do so more often than not).
 */
function endIntentionBeforeAside(text: EnglishText, content: TokenRange): void {
  if (text.word(content.first) !== 'to') return;
  for (let k = content.first + 2; k < content.last; k++) {
    if (text.quoteOf(k) >= 0) continue;
    if (asideAfter(text, k)) {
      content.last = k - 1;
      return;
    }
  }
}

/** Whether a sentence opens at k with an adverbial before a comma: "In the past few days,". */
function opensWithAdverbial(text: EnglishText, k: number): boolean {
  const classes = text.classesAt(k);
  const w = text.word(k);
  return (
    (classes & WordClass.Preposition) !== 0 ||
    text.lexicon.grammar.subordinators.has(w) ||
    OPENING_ADVERBS.has(w)
  );
}

/**
 * "Indeed, a broader swath of Republican voters appears to be moving behind Trump", "Once his
 * father became a Christian, religion appeared to dominate": what appears starts after the
 * opening adverbial and its comma, and after a conjunction that opens the sentence ("But the
 * campaign appears to …"). Near miss: "Religion, not ethnicity, appeared to dominate"
 * opens with its subject and keeps every word.
 */
function startAfterOpeningAdverbial(text: EnglishText, cue: Cue, content: TokenRange): void {
  if (content.first !== text.sentenceFirst(content.first)) return;
  // "But the campaign appears to …": the conjunction ties the sentence to the one before.
  const opener = text.word(content.first);
  if (text.lexicon.grammar.coordinators.has(opener) && content.first + 1 < cue.first)
    content.first++;
  const first = content.first;
  if (!opensWithAdverbial(text, first)) return;
  for (let k = first + 1; k < cue.first - 1; k++) {
    if (text.quoteOf(k) >= 0) return;
    if (text.is(k, ',')) {
      content.first = k + 1;
      return;
    }
  }
}
