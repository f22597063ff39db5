/** Claims started and ended where the claim-bounds model ranks best, once the rules have bounded them. */

import withBeliefs from '../../../packs/en/claim-bounds-beliefs-model.json';
import forEveryReader from '../../../packs/en/claim-bounds-model.json';
import { CueKind } from '../../cues/cue';
import type { Draft } from '../../draft';
import type { EnglishText } from '../../text';
import { ClaimBoundsModel } from './claim-bounds-model';

// Each built on first use, from data parsed with the engine. The model for a reader asking for
// beliefs learned from drafts read with them; the other never did, so that a new belief model
// leaves what a reader without beliefs sees as it was (issue 13).
let everyReaders: ClaimBoundsModel | null = null;
let beliefReaders: ClaimBoundsModel | null = null;

/** The model for a reader asking for `beliefs`, or for any other. */
function modelFor(beliefs: boolean): ClaimBoundsModel {
  if (beliefs) {
    beliefReaders ??= new ClaimBoundsModel(withBeliefs);
    return beliefReaders;
  }
  everyReaders ??= new ClaimBoundsModel(forEveryReader);
  return everyReaders;
}

/**
 * Starts each draft's claim where the model ranks best among the places it could, and ends it so
 * too when `beliefs` are asked for.
 */
export function boundClaimsByModel(
  text: EnglishText,
  drafts: readonly Draft[],
  beliefs: boolean,
): void {
  const bounds = modelFor(beliefs);
  drafts.forEach((draft, k) => {
    const claim = draft.content;
    if (!claim || borrowsClaim(draft, drafts[k - 1], drafts[k + 1])) return;
    // Both are chosen on the claim as the rules bound it, as the model was trained.
    const started = { first: claim.first, last: claim.last };
    bounds.startClaim(text, draft.cue, started);
    if (beliefs) bounds.endClaim(text, draft.cue, claim);
    if (started.first <= claim.last) claim.first = started.first;
  });
}

/**
 * Whether a citing clause holds the claim of the attribution it hangs on ("Interfax, citing the
 * official portal, said the plant closed"): that claim is bounded by its own cue. Bounded by
 * "citing", the words between it and the claim ("the official portal, said") were places to
 * start it, and the one claim both share started there.
 */
function borrowsClaim(draft: Draft, before: Draft | undefined, after: Draft | undefined): boolean {
  return (
    draft.cue.kind === CueKind.Citing &&
    (before?.content === draft.content || after?.content === draft.content)
  );
}
