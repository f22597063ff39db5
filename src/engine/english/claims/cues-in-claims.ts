import { isBeliefClass } from '../../packs/en';
import { CueKind } from '../cues/cue';
import type { Draft } from '../draft';
import type { EnglishText } from '../text';

/**
 * Cues inside a claim that is reported after its own cue ("Police said the driver told officers
 * that ...") are usually part of that claim, not a second attribution a reader wants listed. The
 * clearest cases are dropped: anything inside what a document shows or an outlet is credited with
 * ("according to the report, officials asked ..."), and questions, requests, findings, beliefs
 * and intentions told inside someone else's words.
 */
export function dropEmbeddedCues(text: EnglishText, drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  const openers: Draft[] = [];
  for (const draft of drafts) {
    // Only a recent attribution can still hold this cue in its claim.
    while (openers.length > 0 && (openers[0]?.content?.last ?? -1) < draft.cue.first)
      openers.shift();
    const outer = openers.find((o) => o.content && o.content.first <= draft.cue.first);
    if (!(outer && embeds(text, outer, draft) && !coordinated(text, outer, draft)))
      kept.push(draft);
    const claim = draft.content;
    if (claim && claim.first > draft.cue.last) {
      openers.push(draft);
      if (openers.length > 4) openers.shift();
    }
  }
  return kept;
}

/**
 * "X said ... and warned against", "..., but Shelby said": a cue after a coordinator heads a
 * clause of its own beside the claim, not inside it.
 */
function coordinated(text: EnglishText, outer: Draft, inner: Draft): boolean {
  for (let k = outer.cue.last + 1; k < inner.cue.first; k++) {
    if (text.is(k, ';')) return true;
    if (
      text.lexicon.grammar.coordinators.has(text.word(k)) &&
      (text.is(k - 1, ',') || k === inner.cue.first - 1)
    )
      return true;
  }
  return false;
}

// A tag ends its sentence but for a few words: "officials said on Monday."
const TAG_TAIL = 3;

/**
 * "The report found no evidence of fraud, officials said": a tag that ends the sentence, its claim
 * set off before it by a comma and holding the outer cue, frames that attribution.
 */
function framingTag(text: EnglishText, outer: Draft, inner: Draft): boolean {
  const claim = inner.content;
  return (
    claim !== null &&
    claim.last < inner.cue.first &&
    claim.first <= outer.cue.first &&
    text.is(claim.last + 1, ',') &&
    text.sentenceEnd(inner.cue.last) - inner.cue.last <= TAG_TAIL
  );
}

function embeds(text: EnglishText, outer: Draft, inner: Draft): boolean {
  // "the source, who said X, told Reuters": a cue whose subject holds the outer cue is the main one.
  const innerSource = inner.source.range;
  if (innerSource && innerSource.first <= outer.cue.first) return false;
  if (framingTag(text, outer, inner)) return false;
  if (outer.cue.kind === CueKind.According || outer.cue.verbClass === 'evidence') return true;
  // "Clinton says she wants to expand them": what a speaker says they want is what they said.
  if (isBeliefClass(inner.cue.verbClass) && !isBeliefClass(outer.cue.verbClass)) return true;
  return inner.cue.verbClass === 'audience' || inner.cue.verbClass === 'evidence';
}
