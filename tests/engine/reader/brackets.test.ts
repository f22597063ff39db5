import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('a party or a place in brackets after a name, before the verb', () => {
  it('belongs to the speaker’s phrase, which used to be lost at the bracket', () => {
    expect(
      shownIn('fr', 'Le député Jean Dupont (LR) a affirmé que le texte passera.', 'a affirmé'),
    ).toEqual(['a affirmé', 'Le député Jean Dupont (LR)', 'Jean Dupont', 'person']);
    expect(
      shownIn('es', 'El diputado Juan Pérez (PRO) dijo que votará en contra.', 'dijo')[1],
    ).toBe('El diputado Juan Pérez (PRO)');
    expect(
      shownIn(
        'pt',
        'O senador Lasier Martins (Podemos-RS) disse que vai votar contra.',
        'disse',
      )[1],
    ).toBe('O senador Lasier Martins (Podemos-RS)');
  });

  it('goes with a name set off by commas after a role', () => {
    const text = 'O presidente da Câmara, Arthur Lira (PP-AL), disse que a pauta será votada.';
    expect(shownIn('pt', text, 'disse')).toEqual([
      'disse',
      'O presidente da Câmara, Arthur Lira (PP-AL)',
      'Arthur Lira',
      'person',
    ]);
  });
});
