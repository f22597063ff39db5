import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a claim that the same speaker’s next report ends', () => {
  it('ends at the comma before that report, in every pack language', () => {
    expect(
      cueSourceClaim(
        'Der Minister sagte, die Lage sei ernst, und betonte, man müsse handeln.',
        'de',
      ),
    ).toEqual([
      ['sagte', 'Der Minister', 'die Lage sei ernst'],
      ['betonte', 'Der Minister', 'man müsse handeln'],
    ]);
    expect(
      cueSourceClaim(
        'El ministro dijo que no renunciará, y agregó que el gobierno seguirá adelante.',
        'es',
      )[0],
    ).toEqual(['dijo', 'El ministro', 'no renunciará']);
    expect(
      cueSourceClaim(
        'Le ministre a affirmé qu’il ne démissionnerait pas, et a ajouté que le gouvernement poursuivrait.',
        'fr',
      )[0]?.[2],
    ).toBe('qu’il ne démissionnerait pas');
  });

  it('takes in a report of someone else inside the claim', () => {
    expect(
      cueSourceClaim(
        'Der Minister sagte, die Regierung habe erklärt, dass sie handeln werde.',
        'de',
      )[0],
    ).toEqual(['sagte', 'Der Minister', 'die Regierung habe erklärt, dass sie handeln werde']);
  });
});
