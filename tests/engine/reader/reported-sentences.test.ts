import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

const claims = (text: string) => cueSourceClaim(text, 'de');

describe('German sentences in reported speech after a report', () => {
  it('go on with what the same source said, to the last of them', () => {
    expect(
      claims(
        'Der Minister sagte, die Lage sei ernst. Man müsse jetzt handeln. Die Regierung habe einen Plan.',
      ),
    ).toEqual([
      [
        'sagte',
        'Der Minister',
        'die Lage sei ernst. Man müsse jetzt handeln. Die Regierung habe einen Plan',
      ],
    ]);
  });

  it('stop at the narrator’s sentence, at a new paragraph, and at "wurde"', () => {
    expect(
      claims('Der Minister sagte, die Lage sei ernst. Die Opposition lehnt das ab.')[0]?.[2],
    ).toBe('die Lage sei ernst');
    expect(claims('Der Minister sagte, die Lage sei ernst.\n\nMan müsse handeln.')[0]?.[2]).toBe(
      'die Lage sei ernst',
    );
    expect(
      claims(
        'Der Minister sagte, die Lage sei ernst. Der Täter wurde seit Jahren gesucht.',
      )[0]?.[2],
    ).toBe('die Lage sei ernst');
  });
});
