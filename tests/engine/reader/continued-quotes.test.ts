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

describe('a dialogue line that goes on after its tag', () => {
  it('is the speaker’s to the end of the line when a dash closes the tag or reopens the words', () => {
    expect(
      cueSourceClaim('—No vamos a rendirnos —dijo el ministro—. Seguiremos luchando.', 'es'),
    ).toEqual([
      ['dijo', 'el ministro', 'No vamos a rendirnos —dijo el ministro—. Seguiremos luchando'],
    ]);
    expect(
      cueSourceClaim(
        '— Não vamos desistir — disse o ministro. — Vamos lutar até o fim.',
        'pt',
      )[0]?.[2],
    ).toBe('Não vamos desistir — disse o ministro. — Vamos lutar até o fim');
  });

  it('ends at a tag its period closes, where the narrator may go on', () => {
    expect(
      cueSourceClaim('—No vamos a rendirnos —dijo el ministro. Luego se marchó.', 'es'),
    ).toEqual([['dijo', 'el ministro', 'No vamos a rendirnos']]);
  });
});
