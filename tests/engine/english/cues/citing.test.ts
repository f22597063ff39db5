import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../../helpers';

describe('citing and quoting', () => {
  it('gives a citing clause set in its subject the claim of the verb after it, whole', () => {
    expect(
      cueSourceClaim('Interfax, citing the official portal, said the plant was closed.'),
    ).toEqual([
      ['citing', 'the official portal', 'the plant was closed'],
      ['said', 'Interfax', 'the plant was closed'],
    ]);
    expect(
      cueSourceClaim(
        'The Wall Street Journal, citing people familiar with the matter, reported that the talks had stalled.',
      ),
    ).toEqual([
      ['citing', 'people familiar with the matter', 'that the talks had stalled'],
      ['reported', 'The Wall Street Journal', 'that the talks had stalled'],
    ]);
  });

  it('ties a citing clause after a claim to the attribution that claim belongs to', () => {
    expect(
      cueSourceClaim(
        'Bloomberg reported the talks had stalled, citing people familiar with the matter.',
      ),
    ).toEqual([
      ['reported', 'Bloomberg', 'the talks had stalled'],
      ['citing', 'people familiar with the matter', 'the talks had stalled'],
    ]);
  });

  it('reads no source in a reason: "citing weak demand", "citing health reasons"', () => {
    expect(
      cueSourceClaim(
        'Shares fell 4% after the retailer cut its forecast, citing weak demand in China.',
      ),
    ).toEqual([]);
    expect(cueSourceClaim('The senator resigned, citing health reasons.')).toEqual([]);
    // Near misses: people, papers and pronouns are cited as sources.
    expect(
      cueSourceClaim('The airline cut flights, citing a memo seen by Reuters.').map((a) => a[1]),
    ).toEqual(['a memo seen by Reuters']);
    expect(
      cueSourceClaim('The agency said, quoting him, that the plan was dead.').map((a) => a[1]),
    ).toEqual(['The agency', 'him']);
  });
});
