import { type Cue, CueKind } from '../cues/cue';
import type { Draft } from '../draft';
import type { Naming } from '../names/name-source';
import { nameRunEnd, surface } from '../names/name-words';
import type { EnglishText } from '../text';

// The citing clause hangs on an attribution a few cues back at most.
const LOOK_BACK = 8;

/**
 * Source chains: "Interfax, citing the official portal" makes the portal's attribution cited by
 * Interfax. The citer is the source of the attribution the citing clause hangs on, in the same
 * sentence; without one, no chain is claimed.
 */
export function chainCitations(
  text: EnglishText,
  drafts: readonly Draft[],
  namings: readonly Naming[],
): (string | null)[] {
  return drafts.map((draft, k) => {
    if (draft.cue.kind !== CueKind.Citing) return null;
    const sentence = text.sentences.of[draft.cue.head];
    // "Interfax, citing the official portal, said": the citer is the subject the clause is set in.
    const subject = drafts[k + 1]?.source.range;
    const setIn = subject?.last === draft.cue.first - 2 ? namings[k + 1]?.name : null;
    if (setIn) return setIn;
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const before = drafts[j];
      if (!before || text.sentences.of[before.cue.head] !== sentence) break;
      const name = namings[j]?.name;
      if (before.source.range && name) return name;
    }
    return null;
  });
}

/** "said in an interview with the Harbor Gazette": the outlet the words reached the text through. */
export function interviewer(text: EnglishText, cue: Cue): string | null {
  if (text.word(cue.last) !== 'interview' || text.word(cue.last + 1) !== 'with') return null;
  let first = cue.last + 2;
  if (text.word(first) === 'the' && !text.isCapitalized(first)) first++;
  if (!text.isCapitalized(first)) return null;
  return surface(text, first, nameRunEnd(text, first, text.sentenceEnd(first)));
}
