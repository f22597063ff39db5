/** Claims started and ended where the claim-bounds model ranks best, once the rules have bounded them. */

import data from '../../../packs/en/claim-bounds-model.json';
import type { Draft } from '../../draft';
import type { EnglishText } from '../../text';
import { ClaimBoundsModel } from './claim-bounds-model';

// Built on first use, from data parsed with the engine.
let model: ClaimBoundsModel | null = null;

/**
 * Starts each draft's claim where the model ranks best among the places it could, and ends it so
 * too when `ends` is asked for.
 */
export function boundClaimsByModel(
  text: EnglishText,
  drafts: readonly Draft[],
  ends: boolean,
): void {
  model ??= new ClaimBoundsModel(data);
  for (const draft of drafts) {
    const claim = draft.content;
    if (!claim) continue;
    // Both are chosen on the claim as the rules bound it, as the model was trained.
    const started = { first: claim.first, last: claim.last };
    model.startClaim(text, draft.cue, started);
    if (ends) model.endClaim(text, draft.cue, claim);
    if (started.first <= claim.last) claim.first = started.first;
  }
}
