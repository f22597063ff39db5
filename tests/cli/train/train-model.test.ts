import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/cli/eval/corpus';
import { trainBeliefModel } from '../../../src/cli/train/train-model';
import { BeliefModel } from '../../../src/engine/english/cues/learned/belief-model';
import { EnglishText } from '../../../src/engine/english/text';

const HOLDERS = ['The mayor', 'The senator', 'Ms. Okafor', 'The union', 'The governor'];
const AIMS = ['a run for governor', 'a seat on the board', 'the top job', 'a second term'];

/**
 * A small annotated corpus where "eyes" is a stance's cue after its holder ("The mayor eyes a
 * run") and a noun elsewhere ("with tired eyes"), which no lexicon of the engine tells apart.
 */
function corpus(): Article[] {
  return Array.from({ length: 20 }, (_, k) => {
    const holder = HOLDERS[k % HOLDERS.length] as string;
    const aim = AIMS[k % AIMS.length] as string;
    const stance = `${holder} eyes ${aim}.`;
    const text = `${stance} Voters watched with tired eyes as the count went on.`;
    const cue = stance.indexOf(' eyes') + 1;
    return {
      name: `article-${k}`,
      text,
      gold: [{ cue: [[cue, cue + 4]], source: [[0, holder.length]], content: null }],
    };
  });
}

function scoreOfEyes(model: BeliefModel, sentence: string): boolean {
  const text = new EnglishText(sentence);
  const i = Array.from({ length: text.count }, (_, k) => text.word(k)).indexOf('eyes');
  return model.accepts(text, i, null);
}

describe('training the belief model', () => {
  it('learns from annotated articles a cue no lexicon holds, and not the same word as a noun', () => {
    const model = new BeliefModel(trainBeliefModel(corpus()));
    expect(scoreOfEyes(model, 'The treasurer eyes a seat on the council.')).toBe(true);
    expect(scoreOfEyes(model, 'She looked on with tired eyes.')).toBe(false);
  });

  it('gives the same weights on every run', () => {
    expect(JSON.stringify(trainBeliefModel(corpus()))).toBe(
      JSON.stringify(trainBeliefModel(corpus())),
    );
  });
});
