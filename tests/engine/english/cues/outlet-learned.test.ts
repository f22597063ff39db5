import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../../helpers';

describe('what an outlet understands or learned', () => {
  it('reads "The BBC understands that" and "Axios has learned" with no "that" as the outlet’s report', () => {
    expect(
      cueSourceClaim('The BBC understands that the chancellor will announce the cuts next week.'),
    ).toEqual([['understands', 'The BBC', 'that the chancellor will announce the cuts next week']]);
    expect(cueSourceClaim('Axios has learned the White House is considering a new plan.')).toEqual([
      ['has learned', 'Axios', 'the White House is considering a new plan'],
    ]);
    expect(cueSourceClaim('The Times understands the deal was signed last night.')[0]?.[1]).toBe(
      'The Times',
    );
  });

  it('reads no report in anyone else’s understanding, nor in what an outlet understands of a thing', () => {
    expect(cueSourceClaim('He understands that the deal is off.')).toEqual([]);
    expect(cueSourceClaim('The BBC understands the concerns of its viewers.')).toEqual([]);
    expect(cueSourceClaim('Axios learned of the plan on Friday.')).toEqual([]);
  });
});

describe('the writer’s note on a claim', () => {
  it('is no part of the subject of the verb inside it', () => {
    const found = cueSourceClaim(
      'Russia’s defence ministry claimed its forces had taken the village, a claim Ukraine denied.',
    );
    expect(found.map(([cue, source]) => [cue, source])).toEqual([
      ['claimed', 'Russia’s defence ministry'],
      ['denied', 'Ukraine'],
    ]);
    expect(
      cueSourceClaim(
        'The government says inflation will fall, an assertion economists dispute.',
      )[0]?.[2],
    ).toBe('inflation will fall');
    // Near miss: "a number of" opens a subject of its own.
    expect(cueSourceClaim('A number of readers said the list was important.')[0]?.[1]).toBe(
      'A number of readers',
    );
  });
});
