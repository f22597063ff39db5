import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/cli/eval/corpus';
import { trainClaimEndModel } from '../../../src/cli/train/train-claim-ends';
import { ClaimEndModel } from '../../../src/engine/english/claims/learned/claim-end-model';
import { keptDrafts } from '../../../src/engine/english/read';
import { EnglishText } from '../../../src/engine/english/text';

const SPEAKERS = ['The mayor', 'The senator', 'Ms. Okafor', 'The union', 'The governor'];
const CLAIMS = ['the port is safe', 'taxes will fall', 'the bridge will open', 'crime is down'];

/**
 * A small annotated corpus where a claim always ends before ", as prices climb", which the rules
 * take into the claim: only training tells that the words after the comma are the writer's.
 */
function corpus(): Article[] {
  return Array.from({ length: 30 }, (_, k) => {
    const speaker = SPEAKERS[k % SPEAKERS.length] as string;
    const claim = CLAIMS[k % CLAIMS.length] as string;
    const text = `${speaker} said ${claim}, as prices climb.`;
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

function claimEndedBy(model: ClaimEndModel, sentence: string): string {
  const text = new EnglishText(sentence);
  const [draft] = keptDrafts(text, { beliefs: true });
  if (!draft?.content) return '';
  model.endClaim(text, draft.cue, draft.content);
  return sentence.slice(text.start(draft.content.first), text.end(draft.content.last));
}

describe('training the claim-end model', () => {
  it('learns from annotated articles where claims end that the rules do not', () => {
    const model = new ClaimEndModel(trainClaimEndModel(corpus()));
    expect(claimEndedBy(model, 'The treasurer said rents are rising, as prices climb.')).toBe(
      'rents are rising',
    );
  });

  it('gives the same weights on every run', () => {
    expect(JSON.stringify(trainClaimEndModel(corpus()))).toBe(
      JSON.stringify(trainClaimEndModel(corpus())),
    );
  });
});
