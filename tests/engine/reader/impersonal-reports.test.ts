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

  it('is said by the body its clause opens with', () => {
    const found = read(
      'Desde el Ministerio de Educación se aclaró que las clases se retomarán el lunes.',
      {
        language: 'es',
      },
    );
    expect(found.map((a) => [a.cue.text, a.source?.text ?? null, a.kind])).toEqual([
      ['se aclaró que', 'el Ministerio de Educación', 'organization'],
    ]);
    expect(shown('Desde Cancillería se informó que el embajador fue convocado.', 'es')).toEqual([
      ['se informó que', 'organization', 'el embajador fue convocado'],
    ]);
    // Near miss: a place the clause opens with is where, not who.
    expect(shown('En Madrid se informó que el vuelo fue cancelado.', 'es')).toEqual([
      ['se informó que', 'none', 'el vuelo fue cancelado'],
    ]);
  });

  it('holds an elided "qu\'" in its phrase, the claim starting after it', () => {
    expect(shown("On dit qu'il aurait quitté le pays dans la nuit.", 'fr')).toEqual([
      ["On dit qu'", 'none', 'il aurait quitté le pays dans la nuit'],
    ]);
    expect(shown('On affirme qu’aucun accord n’a été trouvé.', 'fr')).toEqual([
      ['On affirme qu’', 'none', 'aucun accord n’a été trouvé'],
    ]);
  });
});

describe('a passive report with no subject', () => {
  it('names no one, as "it was announced that"', () => {
    expect(shown('Foi divulgado nesta terça-feira que o desemprego caiu para 6,5%.', 'pt')).toEqual(
      [['Foi divulgado', 'none', 'o desemprego caiu para 6,5%']],
    );
    expect(shown('Tinha sido anunciado que o jogo seria adiado.', 'pt')).toEqual([
      ['Tinha sido anunciado', 'none', 'o jogo seria adiado'],
    ]);
    expect(shown('Fue informado que el vuelo había sido cancelado.', 'es')).toEqual([
      ['Fue informado', 'none', 'el vuelo había sido cancelado'],
    ]);
    expect(shown('Ha sido anunciado que el festival se celebrará en julio.', 'es')).toEqual([
      ['Ha sido anunciado', 'none', 'el festival se celebrará en julio'],
    ]);
    expect(shown('Il a été annoncé aux salariés que l’usine fermerait.', 'fr')).toEqual([
      ['Il a été annoncé', 'none', 'l’usine fermerait'],
    ]);
    expect(shown('O jogo foi adiado e foi anunciado que a final será em maio.', 'pt')).toEqual([
      ['foi anunciado', 'none', 'a final será em maio'],
    ]);
  });

  it('is said by its agent', () => {
    const found = read('Foi confirmado pela polícia que o suspeito foi preso.', { language: 'pt' });
    expect(found.map((a) => [a.source?.text ?? null, a.kind, a.content?.text ?? null])).toEqual([
      ['polícia', 'organization', 'o suspeito foi preso'],
    ]);
  });

  it('is no report with a subject before it, or of a decision', () => {
    // Near misses: who was told, what was decided, a subject closed by a bracket.
    expect(shown('El ministro fue informado que el vuelo fue cancelado.', 'es')).toEqual([]);
    expect(shown('Le ministre a été informé que la situation était grave.', 'fr')).toEqual([]);
    expect(shown('Il a été décidé que les écoles resteraient fermées.', 'fr')).toEqual([]);
    expect(shown('Foi decidido que o jogo será adiado.', 'pt')).toEqual([]);
    expect(
      shown(
        'Un article (Nouvelle fenêtre) avait été publié par CBC alors que le juge était saisi.',
        'fr',
      ),
    ).toEqual([]);
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
