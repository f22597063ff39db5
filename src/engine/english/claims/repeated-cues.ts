import { VerbForm } from '../../packs/en';
import { CueKind } from '../cues/cue';
import type { Draft } from '../draft';
import type { EnglishText } from '../text';

/**
 * Drops a second cue for one attribution: a tag that repeats the speaker of a report it closes
 * ("He added that fares would rise, he said") and a participle in a speaker's description
 * ("Lena Ortiz, writing in the Gazette, wrote that ..."). A reader sees one claim, not two.
 */

// A sentence rarely holds more cues than this between a report and the tag that repeats it.
const NEIGHBOURS = 8;

export function dropRepeatedCues(text: EnglishText, drafts: readonly Draft[]): Draft[] {
  return drafts.filter(
    (_draft, k) => !repeatsTag(text, drafts, k) && !describesSpeaker(text, drafts, k),
  );
}

/**
 * "He added that X, he said": a tag whose claim holds a report by the same speaker. The report's
 * claim then ends before the tag, as it would before any later attribution.
 */
function repeatsTag(text: EnglishText, drafts: readonly Draft[], k: number): boolean {
  const tag = drafts[k];
  const claim = tag?.content;
  const source = tag?.source.range;
  if (!tag || !claim || !source || claim.last >= tag.cue.first) return false;
  const speaker = sourceText(text, source);
  for (let j = k - 1; j >= 0 && j >= k - NEIGHBOURS; j--) {
    const report = drafts[j];
    if (!report || report.cue.first < claim.first) break;
    const reported = report.content;
    const by = report.source.range;
    const inside = report.cue.kind === CueKind.Verb && reported && reported.first <= claim.last;
    if (inside && by && reported.first > report.cue.last && sourceText(text, by) === speaker) {
      reported.last = Math.min(reported.last, claim.last);
      return true;
    }
  }
  return false;
}

/** "Ortiz, writing in the Gazette, wrote": a participle set between the next cue and its source. */
function describesSpeaker(text: EnglishText, drafts: readonly Draft[], k: number): boolean {
  const participle = drafts[k];
  if (!participle || participle.cue.form !== VerbForm.Gerund) return false;
  for (let j = k + 1; j < drafts.length && j <= k + NEIGHBOURS; j++) {
    const main = drafts[j];
    const source = main?.source.range;
    if (!main || !source) continue;
    if (source.first > participle.cue.first) break;
    // "Tan, saying he was tired, told reporters" is two acts, and keeps both.
    const sameAct = main.cue.verbClass === participle.cue.verbClass;
    // Inside the source, or an aside between the source and its verb: ", writing in the Gazette,".
    const inSource = source.last >= participle.cue.last;
    const aside =
      text.is(participle.cue.first - 1, ',') &&
      text.is(main.cue.first - 1, ',') &&
      participle.cue.first > source.last &&
      participle.cue.last < main.cue.first;
    if ((inSource || aside) && sameAct) return true;
  }
  return false;
}

function sourceText(text: EnglishText, range: { first: number; last: number }): string {
  let words = '';
  for (let k = range.first; k <= range.last; k++) words += `${text.lower(k)} `;
  return words;
}
