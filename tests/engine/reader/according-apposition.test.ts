import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a name after the comma that closes an "according to"', () => {
  it('opens the claim when a clause goes on from it, in French, Spanish and Portuguese', () => {
    expect(
      cueSourceClaim('D’après Le Figaro, Emmanuel Macron envisage un référendum.', 'fr'),
    ).toEqual([['D’après', 'Le Figaro', 'Emmanuel Macron envisage un référendum']]);
    expect(cueSourceClaim('Según Clarín, Javier Milei viajará a Madrid.', 'es')).toEqual([
      ['Según', 'Clarín', 'Javier Milei viajará a Madrid'],
    ]);
    expect(cueSourceClaim('Segundo a Folha, Lula vai vetar o projeto.', 'pt')).toEqual([
      ['Segundo', 'a Folha', 'Lula vai vetar o projeto'],
    ]);
  });

  it('is still the source’s apposition when a comma closes it', () => {
    expect(
      cueSourceClaim(
        'Según el vocero presidencial, Manuel Adorni, el decreto se firmará hoy.',
        'es',
      ),
    ).toEqual([['Según', 'el vocero presidencial, Manuel Adorni', 'el decreto se firmará hoy']]);
  });
});
