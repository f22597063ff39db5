/** Finds every cue of a text, in order: phrases, hedges, passives, verbs and colons; beliefs when asked. */

import { isBeliefClass, VerbForm } from '../../packs/en';
import { hashWord, TokenType } from '../../text/tokens';
import type { EnglishText } from '../text';
import { citesSource } from './cited-source';
import { type Cue, CueKind, singleWordCue } from './cue';
import { ALL_STARTS, cueStarts, REPORT_STARTS, Start } from './cue-starts';
import { learnedBeliefCue } from './learned/model-cues';
import { creditCue, signatureCue } from './post-signatures';
import { colonCue, Label, quotedLabel, speakerLabel } from './speaker-labels';
import { extendRight, outletUnderstands, verbCue } from './verbs';

/**
 * Finds every cue of the text, in order, outside direct quotes; with `beliefs`, the cues of
 * beliefs, intentions and stances too.
 */
export function findCues(text: EnglishText, beliefs = false): Cue[] {
  const lex = text.lexicon;
  const starts = cueStarts(lex);
  const wanted = beliefs ? ALL_STARTS : REPORT_STARTS;
  const cues: Cue[] = [];
  const n = text.count;
  // What a labelled speaker says runs to the end of the paragraph, like a quote.
  let speechUntil = -1;
  for (let i = 0; i < n; i++) {
    if (i < speechUntil) continue;
    const type = text.type(i);
    const opens = text.opensParagraph(i);
    // A post's signature opens its paragraph ("— Ana Lind", "A post shared by"); a quote's credit
    // starts at a dash: a capitalised word inside a paragraph starts neither.
    if (type === TokenType.Punct || (opens && text.isCapitalized(i))) {
      const signature = signatureCue(text, i) ?? creditCue(text, i);
      if (signature) {
        cues.push(signature);
        i = signature.last;
        continue;
      }
    }
    // A caption or credit block ("Media caption Mr Obama told ...") reports nothing.
    if (opens && text.phraseAt(i, lex.sources.captionLabels) > 0) {
      speechUntil = text.paragraphEnd(i);
      continue;
    }
    if (
      type === TokenType.Punct &&
      text.is(i, ':') &&
      (text.quoteOf(i) < 0 || quotedLabel(text, i))
    ) {
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
    if (type !== TokenType.Word) continue;
    const hash = text.hash(i);
    // "In a new CNN poll, 52 percent ...": the poll is the source of the clause after the comma.
    if (beliefs && hash === IN && i === text.sentenceFirst(i) && text.word(i) === 'in') {
      const cue = pollCue(text, i, text.sentenceEnd(i));
      if (cue) {
        cues.push(cue);
        continue;
      }
    }
    const bits = starts.get(hash);
    if ((bits & wanted) === 0) continue;
    // What is said inside a quote belongs to the quoted speaker, not to the article.
    if (text.quoteOf(i) >= 0) continue;
    const w = text.word(i);
    const floor = text.sentenceFirst(i);
    const end = text.sentenceEnd(i);

    const according = bits & Start.According ? text.phraseAt(i, lex.according) : 0;
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
    if (bits & Start.Per && lex.per.has(w) && perCue(text, i, floor)) {
      cues.push(singleWordCue(CueKind.According, i));
      continue;
    }
    if (bits & Start.Hedge && lex.hedges.has(w)) {
      cues.push(singleWordCue(CueKind.Hedge, i));
      continue;
    }
    if (bits & Start.Impersonal && lex.impersonalSubjects.has(w)) {
      const cue = impersonalCue(text, i, end);
      if (cue) {
        cues.push(cue);
        i = cue.last;
        continue;
      }
    }
    if (
      bits & Start.Raising &&
      lex.raisingVerbs.has(w) &&
      text.lexicon.grammar.be.has(text.word(i - 1)) &&
      text.word(i + 1) === 'to'
    ) {
      cues.push({ ...singleWordCue(CueKind.Raising, i - 1), last: i + 1, head: i });
      i++;
      continue;
    }
    const entry = bits & Start.Verb ? lex.verbs.get(w) : undefined;
    let cue =
      bits & Start.OutletReport && lex.outletReports.has(w)
        ? outletUnderstands(text, i, floor)
        : null;
    const citing =
      entry?.verbClass === 'citing' && entry.forms.includes(VerbForm.Gerund) && w.endsWith('ing');
    // "citing weak demand" gives a reason, not a source: no attribution is better than one to it.
    if (citing && !citesSource(text, i + 1)) continue;
    if (entry && !cue)
      cue = citing
        ? { ...singleWordCue(CueKind.Citing, i), verbClass: entry.verbClass, form: VerbForm.Gerund }
        : verbCue(text, i, entry, floor);
    // "urged voters to stay home" reports nothing said, but tells what the speaker wants.
    if (!cue && beliefs) cue = learnedBeliefCue(text, i, floor, cues[cues.length - 1]);
    if (!cue) continue;
    if (cue.kind === CueKind.Verb && !isBeliefClass(cue.verbClass)) extendRight(text, cue, end);
    cues.push(cue);
    i = cue.last;
  }
  return cues;
}

const IN = hashWord('in');
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** What may follow a poll before the comma: "released Monday", "conducted March 11-13", "last month". */
const AFTER_POLL = new Set(['released', 'conducted', 'taken', 'published', 'last', 'this', 'of']);

/**
 * "In a new CNN poll, ...", "In the latest polls, ...": a sentence that opens with a poll or a
 * survey closed by a comma; not "In a memo released as polls closed" (the poll is no head).
 */
function pollCue(text: EnglishText, i: number, end: number): Cue | null {
  let head = -1;
  for (let j = i + 1; j < end && j <= i + 9; j++) {
    if (text.type(j) === TokenType.Punct && !text.is(j, '/') && !text.is(j, '-')) break;
    if (POLLS.has(text.word(j))) {
      head = j;
      break;
    }
  }
  if (head < 0) return null;
  let comma = head + 1;
  if (!text.is(comma, ',')) {
    if (!AFTER_POLL.has(text.word(comma))) return null;
    while (comma < end && comma <= head + 8 && !text.is(comma, ',')) comma++;
    if (!text.is(comma, ',')) return null;
  }
  // "In the polls, anyway.": a clause, not an aside, follows the comma.
  return end - comma > 4 ? singleWordCue(CueKind.According, i) : null;
}

/** "per" as a source ("per Reuters", "per the report"), not a rate ("$5 per share", "per cent"). */
function perCue(text: EnglishText, i: number, floor: number): boolean {
  const next = i + 1;
  const w = text.word(next);
  if (!w) return false;
  const opensClause = i === floor || text.is(i - 1, ',') || text.is(i - 1, '(');
  if (!opensClause) return false;
  if (text.isCapitalized(next)) return true;
  return text.lexicon.determiners.has(w) && w !== 'no';
}

/** "it was reported that", "it is believed", "it has been alleged": a claim with no source. */
function impersonalCue(text: EnglishText, i: number, end: number): Cue | null {
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
  return { ...singleWordCue(CueKind.Impersonal, i), last: j, head: j };
}
