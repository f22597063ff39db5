import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/cli/eval/corpus';
import { trainClaimBoundsModel } from '../../../src/cli/train/train-claim-bounds';
import { ClaimBoundsModel } from '../../../src/engine/english/claims/learned/claim-bounds-model';
import { keptDrafts } from '../../../src/engine/english/read';
import { EnglishText } from '../../../src/engine/english/text';

const SPEAKERS = ['The mayor', 'The senator', 'Ms. Okafor', 'The union', 'The governor'];
const CLAIMS = ['he will run again', 'she is ready', 'they will win', 'it is over'];

/**
 * A small annotated corpus where a claim always starts after "during a visit to the plant —" and
 * ends before "as prices climb", both of which the rules take into the claim: only training
 * tells that those words are the writer's.
 */
function corpus(): Article[] {
  return Array.from({ length: 30 }, (_, k) => {
    const speaker = SPEAKERS[k % SPEAKERS.length] as string;
    const claim = CLAIMS[k % CLAIMS.length] as string;
    const text = `${speaker} said during a visit to the plant — ${claim} as prices climb.`;
    const cue = text.indexOf(' said') + 1;
    const content = text.indexOf(claim);
    return {
      name: `article-${k}`,
      text,
      gold: [
        {
          cue: [[cue, cue + 4]],
          source: [[0, speaker.length]],
          content: [[content, content + claim.length]],
        },
      ],
    };
  });
}

function claimBoundedBy(model: ClaimBoundsModel | null, sentence: string): string {
  const text = new EnglishText(sentence);
  const [draft] = keptDrafts(text, { beliefs: true });
  if (!draft?.content) return '';
  model?.startClaim(text, draft.cue, draft.content);
  model?.endClaim(text, draft.cue, draft.content);
  return sentence.slice(text.start(draft.content.first), text.end(draft.content.last));
}

describe('training the claim-bounds model', () => {
  it('learns from annotated articles where claims start and end that the rules do not', () => {
    const sentence =
      'The treasurer said during a visit to the plant — she would stay as prices climb.';
    expect(claimBoundedBy(null, sentence)).toBe(
      'during a visit to the plant — she would stay as prices climb',
    );
    const model = new ClaimBoundsModel(trainClaimBoundsModel(corpus(), true));
    expect(claimBoundedBy(model, sentence)).toBe('she would stay');
  });

  it('gives the same weights on every run', () => {
    expect(JSON.stringify(trainClaimBoundsModel(corpus(), true))).toBe(
      JSON.stringify(trainClaimBoundsModel(corpus(), true)),
    );
  });
});
