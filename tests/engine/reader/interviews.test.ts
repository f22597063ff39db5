import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('the interview a tag says it was said in', () => {
  it('stands between the tag and its speaker, in Spanish, Portuguese and French', () => {
    expect(
      cueSourceClaim(
        '"Vamos a seguir adelante", afirmó en diálogo con LA NACION el gobernador de Córdoba, Martín Llaryora.',
        'es',
      ),
    ).toEqual([['afirmó', 'el gobernador de Córdoba, Martín Llaryora', 'Vamos a seguir adelante']]);
    expect(
      cueSourceClaim(
        '"O déficit vai cair", afirmou em entrevista à GloboNews o ministro Fernando Haddad.',
        'pt',
      ),
    ).toEqual([['afirmou', 'o ministro Fernando Haddad', 'O déficit vai cair']]);
    expect(
      cueSourceClaim(
        '« La réforme est nécessaire », a affirmé dans un entretien au Monde la ministre du Travail.',
        'fr',
      ),
    ).toEqual([['a affirmé', 'la ministre du Travail', 'La réforme est nécessaire']]);
  });

  it('leaves a place said after the speaker out of the speaker', () => {
    // Near miss: no interview, the speaker right after the verb.
    expect(
      cueSourceClaim('"No hay crisis", dijo el vocero en la puerta de la Casa Rosada.', 'es'),
    ).toEqual([['dijo', 'el vocero', 'No hay crisis']]);
  });
});
