import { describe, expect, it } from 'vitest';
import { read, readOne } from '../helpers';

/** Cue, kind and claim of each attribution of a text. */
function shown(text: string, language: 'es' | 'pt' | 'fr'): [string, string, string | null][] {
  return read(text, { language }).map((a) => [a.cue.text, a.kind, a.content?.text ?? null]);
}

describe('an impersonal report of any reporting verb', () => {
  it('names no one, its claim after its "que", in Spanish, Portuguese and French', () => {
    expect(shown('Se precisó que el vuelo fue cancelado.', 'es')).toEqual([
      ['Se precisó que', 'none', 'el vuelo fue cancelado'],
    ]);
    expect(shown('Confirmou-se que o voo foi cancelado.', 'pt')).toEqual([
      ['Confirmou-se que', 'none', 'o voo foi cancelado'],
    ]);
    expect(shown('On affirme que l’accord est proche.', 'fr')).toEqual([
      ['On affirme que', 'none', 'l’accord est proche'],
    ]);
  });

  it('claims what follows its "que" inside a longer sentence', () => {
    expect(
      shown(
        'El vuelo fue cancelado por la tormenta y en el aeropuerto se informó que no habrá más salidas.',
        'es',
      ),
    ).toEqual([['se informó que', 'none', 'no habrá más salidas']]);
  });

  it('leaves out a view held or a thing added, asked or decided', () => {
    // Near misses: "a esto se suma que" adds, "se decidió que" decides, "considera-se" holds a view.
    expect(shown('A esto se suma que la inflación sigue alta.', 'es')).toEqual([]);
    expect(shown('Se decidió que el vuelo saldrá mañana.', 'es')).toEqual([]);
    expect(shown('Considera-se que a obra é a maior do país.', 'pt')).toEqual([]);
  });
});

describe('German "hieß es" with when and how it was said', () => {
  it('claims what follows the comma, not the setting before it', () => {
    expect(
      readOne(
        'de',
        'Aus dem Innenministerium hieß es am Montag auf Anfrage, man prüfe den Fall.',
        'hieß es',
      ),
    ).toEqual({
      shown: ['hieß es', 'dem Innenministerium', 'Innenministerium', 'organization'],
      claim: 'man prüfe den Fall',
    });
    // Near misses: a tag after its claim, and a phrase inside a clause.
    expect(
      readOne('de', 'Die Lage sei ernst, heißt es in dem Bericht, der Fälle auflistet.', 'heißt es')
        .claim,
    ).toBe('Die Lage sei ernst');
    expect(
      readOne(
        'de',
        'Dort treffen sich dem Vernehmen nach alkoholisierte Gruppen, die Menschen anpöbeln.',
        'dem Vernehmen nach',
      ).claim,
    ).not.toBe('die Menschen anpöbeln');
  });
});
