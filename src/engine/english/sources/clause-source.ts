import { isBeliefClass } from '../../packs/en';
import { type Cue, CueKind } from '../cues/cue';
import type { Draft } from '../draft';
import { clauseSubject, type TokenRange } from '../phrases';
import type { EnglishText } from '../text';

// A participle's clause holds a few cues at most before it.
const LOOK_BACK = 8;

function insideClaim(draft: Draft, drafts: readonly Draft[]): boolean {
  return drafts.some(
    (other) =>
      other !== draft &&
      other.content !== null &&
      other.content.first <= draft.cue.first &&
      draft.cue.last <= other.content.last,
  );
}

/**
 * "..., saying": the participle's source is the subject of the clause it hangs on: the source of
 * the last verb before it in its sentence, or else the subject that opens its clause.
 */
export function clauseSource(
  text: EnglishText,
  cue: Cue,
  earlier: readonly Draft[],
): TokenRange | null {
  const sentence = text.sentences.of[cue.head];
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - LOOK_BACK; k--) {
    const before = earlier[k];
    if (!before || text.sentences.of[before.cue.head] !== sentence) break;
    // "Perdue said he didn't believe X, arguing": a belief told inside a claim is not the clause's verb.
    if (isBeliefClass(before.cue.verbClass) && insideClaim(before, earlier)) continue;
    if (before.source.range && before.cue.kind === CueKind.Verb) return before.source.range;
  }
  return clauseSubject(text, text.sentenceFirst(cue.head), cue.first);
}
