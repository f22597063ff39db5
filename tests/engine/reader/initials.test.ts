import { describe, expect, it } from 'vitest';
import { read, shownIn } from '../helpers';

describe('names with initials and titles, in French, Spanish, German and Portuguese', () => {
  it('reads a middle initial as part of the name, before the verb and after it', () => {
    expect(
      shownIn('es', 'El fiscal Juan F. Pérez dijo que el caso seguirá abierto.', 'dijo'),
    ).toEqual(['dijo', 'El fiscal Juan F. Pérez', 'Juan F. Pérez', 'person']);
    expect(
      shownIn('de', 'Der Anwalt Peter M. Schmidt sagte, das Urteil sei falsch.', 'sagte')[2],
    ).toBe('Peter M. Schmidt');
    expect(
      shownIn(
        'de',
        '„Das ist ein Fehler“, erklärte der BDI-Präsident Jürgen R. Thumann.',
        'erklärte',
      ),
    ).toEqual(['erklärte', 'der BDI-Präsident Jürgen R. Thumann', 'Jürgen R. Thumann', 'person']);
  });

  it('knows an outlet whose name holds an initial, with or without a space', () => {
    expect(
      shownIn('pt', 'A Folha de S.Paulo informou que o acordo foi fechado.', 'informou'),
    ).toEqual(['informou', 'A Folha de S.Paulo', 'Folha de S.Paulo', 'media']);
    expect(
      shownIn('pt', 'Segundo o jornal Folha de S. Paulo, o acordo foi fechado.', 'Segundo')[3],
    ).toBe('media');
    // Near miss: a capital alone after a plain word ends its sentence.
    expect(
      shownIn('pt', 'O deputado votou pelo Plano B. Maria Silva disse que vai recorrer.', 'disse'),
    ).toEqual(['disse', 'Maria Silva', 'Maria Silva', 'person']);
  });

  it('names no one by titles alone, reading the name after them', () => {
    expect(
      shownIn(
        'de',
        'Laut Klinikdirektor Prof. Dr. Matthias W. Beckmann ist das ein Durchbruch.',
        'Laut',
      )[2],
    ).toBe('Matthias W. Beckmann');
  });

  it('reads a verb’s spelling after an article opening a French sentence as a noun', () => {
    const found = read('Le juge Jean-Marc Dupont a déclaré que le dossier était clos.', {
      language: 'fr',
    });
    expect(found.map((a) => [a.cue.text, a.name])).toEqual([['a déclaré', 'Jean-Marc Dupont']]);
    // Near miss: inside the sentence, the same article is an object pronoun before a verb.
    expect(shownIn('fr', 'Comme le rappelle le ministre, la loi est claire.', 'rappelle')[1]).toBe(
      'le ministre',
    );
  });
});
