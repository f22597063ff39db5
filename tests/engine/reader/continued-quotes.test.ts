import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a quote that goes on after its tag, in the same paragraph', () => {
  it('is the same speaker’s claim, running on to its end', () => {
    expect(
      cueSourceClaim('«Es una vergüenza», dijo la diputada. «No lo vamos a permitir».', 'es'),
    ).toEqual([
      ['dijo', 'la diputada', 'Es una vergüenza», dijo la diputada. «No lo vamos a permitir'],
    ]);
    const german =
      '„Wir haben Aufträge verschoben“, erzählt der Chef am Telefon. „Für Notfälle kommen wir.“ „Sonst nicht.“';
    expect(cueSourceClaim(german, 'de')[0]?.[2]).toBe(
      'Wir haben Aufträge verschoben“, erzählt der Chef am Telefon. „Für Notfälle kommen wir.“ „Sonst nicht.',
    );
  });

  it('is not when the next quote has its own tag, or opens a new paragraph', () => {
    expect(
      cueSourceClaim(
        '"É uma vergonha", disse a deputada. "Não vamos permitir", afirmou o senador.',
        'pt',
      ),
    ).toEqual([
      ['disse', 'a deputada', 'É uma vergonha'],
      ['afirmou', 'o senador', 'Não vamos permitir'],
    ]);
    const paragraphs =
      '« C’est une honte », a réagi la députée.\n\n« Nous ne laisserons pas faire. »';
    expect(cueSourceClaim(paragraphs, 'fr')).toEqual([
      ['a réagi', 'la députée', 'C’est une honte'],
    ]);
  });
});
