import { describe, expect, it } from 'vitest';
import { cueSourceClaim, read, readOne, shownIn } from '../helpers';

describe('accusations in French and Portuguese', () => {
  it('reads what someone is accused of as the accuser’s claim', () => {
    expect(
      shownIn('fr', 'Le parquet accuse l’ancien maire d’avoir détourné des fonds.', 'accuse'),
    ).toEqual(['accuse', 'Le parquet', 'Le parquet', 'organization']);
    expect(
      readOne('fr', 'Le parquet accuse l’ancien maire d’avoir détourné des fonds.', 'accuse').claim,
    ).toBe('l’ancien maire d’avoir détourné des fonds');
    expect(
      shownIn('pt', 'A Human Rights Watch acusou o exército de atacar civis.', 'acusou'),
    ).toEqual(['acusou', 'A Human Rights Watch', 'Human Rights Watch', 'organization']);
  });

  it('reads no accusation where the verb shows a fall or a noun follows "de"', () => {
    expect(read('Le CAC 40 accuse une baisse de 2 % à la clôture.', { language: 'fr' })).toEqual(
      [],
    );
    expect(read('L’entreprise accuse une baisse de la production.', { language: 'fr' })).toEqual(
      [],
    );
  });
});

describe('Spanish "acusar"', () => {
  it('reports a charge, as in Portuguese and French, and nothing when it only shows a fall', () => {
    expect(
      cueSourceClaim('El Gobierno acusó a la empresa de aliarse con el sindicato.', 'es'),
    ).toEqual([['acusó', 'El Gobierno', 'a la empresa de aliarse con el sindicato']]);
    expect(cueSourceClaim('La empresa acusa una caída de las ventas.', 'es')).toEqual([]);
  });
});
