import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../../helpers';

describe('a tag after a finding', () => {
  it('frames what a report found: both attributions, each with its own claim', () => {
    expect(cueSourceClaim('The report found no evidence of fraud, officials said.')).toEqual([
      ['found', 'The report', 'no evidence of fraud'],
      ['said', 'officials', 'The report found no evidence of fraud'],
    ]);
    expect(cueSourceClaim('The study showed that the drug worked, researchers said.')).toEqual([
      ['showed', 'The study', 'that the drug worked'],
      ['said', 'researchers', 'The study showed that the drug worked'],
    ]);
  });

  it('still reads a report inside what a study shows as part of it', () => {
    expect(
      cueSourceClaim('The poll shows that most voters said the economy was weak.').map((a) => a[0]),
    ).toEqual(['shows']);
  });
});
