/** Colons that introduce what someone said: speakers' labels and colons before quotes. */

import { TokenType } from '../../text/tokens';
import type { EnglishText } from '../text';
import { type Cue, CueKind, singleWordCue } from './cue';
import { isSourceNoun, titleCase } from './verb-or-noun';

const SPEAKER_WORDS = 5;

/** Whether tokens [from, end) hold at least `least` words. */
function hasWords(text: EnglishText, from: number, end: number, least: number): boolean {
  let words = 0;
  for (let k = from; k < end && words < least; k++) if (text.isWord(k)) words++;
  return words >= least;
}

/**
 * A colon that introduces what someone said: a speaker's label opening a paragraph ("TRUMP: ...",
 * "Sanders: Brexit’s message..."), or a name before a quote ("... pollster Daron Shaw: “...”").
 */
export function colonCue(text: EnglishText, i: number): Cue | null {
  if (i + 1 >= text.paragraphEnd(i)) return null;
  if (speakerLabel(text, i) === Label.Speaker) return singleWordCue(CueKind.Colon, i);
  const opensQuote = text.isQuoteMark(i + 1) && text.type(i + 1) !== TokenType.CloseQuote;
  if (!opensQuote || !text.isCapitalized(i - 1) || titleCase(text, i)) return null;
  // '"...," by Times' Ben Sisario: "..."': a credit line, not a speaker.
  for (let k = i - 1; k >= text.sentenceFirst(i) && k > i - 6; k--)
    if (text.word(k) === 'by') return null;
  return singleWordCue(CueKind.Colon, i);
}

export enum Label {
  None = 0,
  /** "TRUMP:", "Luciana Lopez:": a named speaker. */
  Speaker = 1,
  /** "Q:", "A:": an interview's turns, whose speakers the labels do not name. */
  Turn = 2,
}

/** Whether the colon at i ends a label at the start of a quote that opens its paragraph. */
export function quotedLabel(text: EnglishText, i: number): boolean {
  const first = text.sentenceFirst(i);
  return text.isQuoteMark(first) && text.opensParagraph(first) && i - first <= SPEAKER_WORDS + 1;
}

/** Whether the colon at i ends a label that opens its paragraph, and what kind. */
export function speakerLabel(text: EnglishText, i: number): Label {
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
