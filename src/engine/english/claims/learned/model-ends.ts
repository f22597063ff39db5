/** Claims ended where the claim-end model ranks best, once the rules have ended them. */

import data from '../../../packs/en/claim-end-model.json';
import type { Draft } from '../../draft';
import type { EnglishText } from '../../text';
import { ClaimEndModel } from './claim-end-model';

// Built on first use, from data parsed with the engine.
let model: ClaimEndModel | null = null;

/** Ends each draft's claim where the model ranks best among the places it could end. */
export function endClaimsByModel(text: EnglishText, drafts: readonly Draft[]): void {
  model ??= new ClaimEndModel(data);
  for (const draft of drafts) if (draft.content) model.endClaim(text, draft.cue, draft.content);
}
