import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../../helpers';

const MODELS = [
  'src/engine/packs/en/claim-bounds-model.json',
  'src/engine/packs/en/claim-bounds-beliefs-model.json',
];

const claimOf = (text: string, cue: string, beliefs: boolean) =>
  byCue(read(text, { beliefs }), cue).content?.text;

describe('the shipped claim-bounds model', () => {
  it('stays within the issue’s budget of 2 MB gzipped, both readers’ models together', () => {
    const size = MODELS.reduce((sum, model) => sum + gzipSync(readFileSync(model)).length, 0);
    expect(size).toBeLessThan(2 * 1024 * 1024);
  });

  it('ends a claim where the writer takes over, as PolNeAR’s annotators do', () => {
    expect(
      claimOf(
        'The senator said the plan would cut taxes, drawing boos from the crowd.',
        'said',
        true,
      ),
    ).toBe('the plan would cut taxes');
    expect(
      claimOf(
        'The governor declared that he cannot support the bill, throwing the party into disarray.',
        'declared',
        true,
      ),
    ).toBe('that he cannot support the bill');
  });

  it('starts a claim where the annotators do, past where it was said, beliefs asked for or not', () => {
    const sentence =
      'Cruz said Thursday during a town hall in Buffalo that states can pass such laws.';
    expect(claimOf(sentence, 'said', true)).toBe('that states can pass such laws');
    expect(claimOf(sentence, 'said', false)).toBe('that states can pass such laws');
  });

  it('leaves a claim as the rules end it unless beliefs are asked for', () => {
    expect(
      claimOf(
        'The senator said the plan would cut taxes, drawing boos from the crowd.',
        'said',
        false,
      ),
    ).toBe('the plan would cut taxes, drawing boos from the crowd');
  });

  it('keeps a claim whole when nothing follows it', () => {
    expect(claimOf('The senator said the plan would cut taxes for families.', 'said', true)).toBe(
      'the plan would cut taxes for families',
    );
  });
});
