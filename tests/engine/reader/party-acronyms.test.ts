import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('a party’s acronym between a role and a name', () => {
  it('is no part of the person’s name, in French, Spanish and Portuguese', () => {
    expect(
      shownIn('fr', '« C’est inacceptable », a réagi la députée LFI Mathilde Panot.', 'a réagi'),
    ).toEqual(['a réagi', 'la députée LFI Mathilde Panot', 'Mathilde Panot', 'person']);
    expect(
      shownIn('fr', 'Le député RN Jean-Philippe Tanguy a dénoncé une « trahison ».', 'a dénoncé'),
    ).toEqual(['a dénoncé', 'Le député RN Jean-Philippe Tanguy', 'Jean-Philippe Tanguy', 'person']);
    expect(
      shownIn(
        'es',
        'El diputado del PRO Cristian Ritondo aseguró que el bloque votará en contra.',
        'aseguró',
      ),
    ).toEqual(['aseguró', 'El diputado del PRO Cristian Ritondo', 'Cristian Ritondo', 'person']);
  });

  it('leaves an acronym before a word that is no given name in the name', () => {
    // Near miss: "BBC Mundo" is the outlet's name.
    expect(shownIn('es', 'Según BBC Mundo, el acuerdo está cerca.', 'Según')).toEqual([
      'Según',
      'BBC Mundo',
      'BBC Mundo',
      'media',
    ]);
  });
});

describe('a role, its office in capitals, then the person, with no comma', () => {
  it('names the person from the given name on', () => {
    expect(
      shownIn(
        'fr',
        'Le ministre de l’Économie Bruno Le Maire a affirmé que la croissance serait de 1 %.',
        'a affirmé',
      ).slice(2),
    ).toEqual(['Bruno Le Maire', 'person']);
    expect(
      shownIn(
        'es',
        'El ministro de la Corte Suprema Ricardo Lorenzetti afirmó que el fallo es firme.',
        'afirmó',
      ).slice(2),
    ).toEqual(['Ricardo Lorenzetti', 'person']);
    // Near miss: a body named after a person, with no role before it, stays the body.
    expect(
      shownIn('es', 'La Fundación Carlos Slim informó que donará 10 millones.', 'informó').slice(2),
    ).toEqual(['Fundación Carlos Slim', 'organization']);
  });
});
