import { describe, expect, it } from 'vitest';
import { cueSourceClaim, shownIn } from '../helpers';

describe('a reporting verb joined to the clause before', () => {
  it('shares the subject that opens the sentence, in Spanish, Portuguese and French', () => {
    expect(
      shownIn(
        'es',
        'El ministro dialogó con la prensa, pero puntualizó que no habrá cambios.',
        'puntualizó',
      ),
    ).toEqual(['puntualizó', 'El ministro', 'El ministro', 'unnamed']);
    expect(
      shownIn(
        'pt',
        'A presidente Dilma Rousseff visitou a fábrica e disse que o emprego vai crescer.',
        'disse',
      ),
    ).toEqual(['disse', 'A presidente Dilma Rousseff', 'Dilma Rousseff', 'person']);
    // Not "les syndicats", the object just before the conjunction.
    expect(
      cueSourceClaim(
        'Le ministre du Travail a reçu les syndicats et a assuré que rien ne changerait.',
        'fr',
      ),
    ).toEqual([['a assuré', 'Le ministre du Travail', 'rien ne changerait']]);
  });

  it('leaves the subject to the speaker met before when the sentence opens on no subject', () => {
    // Near miss: "Dialogó" opens the sentence as a verb, not a name.
    const text =
      'Ramiro Etchegaray habló el lunes. Dialogó con la prensa y aseguró que no habrá cambios.';
    expect(shownIn('es', text, 'aseguró')).toEqual([
      'aseguró',
      null,
      'Ramiro Etchegaray',
      'person',
    ]);
  });
});

describe('a subject after a clause joined by a conjunction', () => {
  it('is the last noun phrase when the verb is singular', () => {
    expect(
      cueSourceClaim('Los vecinos protestaron y el intendente aseguró que habrá obras.', 'es'),
    ).toEqual([['aseguró', 'el intendente', 'habrá obras']]);
    expect(
      cueSourceClaim('La reunión terminó sin acuerdo y el sindicato anunció que habrá paro.', 'es'),
    ).toEqual([['anunció', 'el sindicato', 'habrá paro']]);
  });

  it('keeps subjects joined for a plural verb, and a body’s name joined by a conjunction', () => {
    // Near misses: two speakers of one plural verb; "y" inside a ministry's name.
    expect(cueSourceClaim('El ministro y el presidente aseguraron que habrá obras.', 'es')).toEqual(
      [['aseguraron', 'El ministro y el presidente', 'habrá obras']],
    );
    expect(
      cueSourceClaim('El Ministerio de Trabajo y Seguridad Social informó que habrá obras.', 'es'),
    ).toEqual([['informó', 'El Ministerio de Trabajo y Seguridad Social', 'habrá obras']]);
  });
});

describe('a gerund after a verb that reports nothing', () => {
  it('is said by the subject the sentence opens on', () => {
    const fr =
      'La CGT a appelé à une nouvelle journée de mobilisation, jugeant que le projet de loi était « inacceptable ».';
    expect(shownIn('fr', fr, 'jugeant').slice(1)).toEqual(['La CGT', 'CGT', 'organization']);
    const pt = 'O sindicato convocou uma greve, alegando que o governo descumpriu o acordo.';
    expect(shownIn('pt', pt, 'alegando').slice(1)).toEqual([
      'O sindicato',
      'O sindicato',
      'organization',
    ]);
  });
});
