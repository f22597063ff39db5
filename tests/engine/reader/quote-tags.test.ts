import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a speech tag set inside the quote it splits', () => {
  it('is read, its claim the whole quote, in French, Spanish and Portuguese', () => {
    expect(
      cueSourceClaim(
        '« Nous ne céderons pas, a déclaré le ministre. La réforme ira à son terme. »',
        'fr',
      ),
    ).toEqual([
      [
        'a déclaré',
        'le ministre',
        'Nous ne céderons pas, a déclaré le ministre. La réforme ira à son terme',
      ],
    ]);
    expect(cueSourceClaim('"El ministro, dijo la diputada, mintió al Congreso".', 'es')).toEqual([
      ['dijo', 'la diputada', 'El ministro, dijo la diputada, mintió al Congreso'],
    ]);
    expect(cueSourceClaim('"O governo, afirmou o senador, está perdido."', 'pt')).toEqual([
      ['afirmou', 'o senador', 'O governo, afirmou o senador, está perdido'],
    ]);
  });

  it('reads no cue inside a quote that is not a tag', () => {
    // Near misses: a relative's verb, a verb with its object, a verb before its "que".
    expect(
      cueSourceClaim('« Le gouvernement, qui a annoncé des mesures, ne fait rien. »', 'fr'),
    ).toEqual([]);
    expect(
      cueSourceClaim('« Mon père m’a dit, quand j’étais petit, de ne jamais céder. »', 'fr'),
    ).toEqual([]);
    expect(cueSourceClaim('"Ela me contou, chorando, que perdeu tudo."', 'pt')).toEqual([]);
  });
});
