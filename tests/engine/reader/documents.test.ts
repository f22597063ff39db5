import { describe, expect, it } from 'vitest';
import { cueSourceClaim, readOne, shownIn } from '../helpers';

describe('a report with no subject, written in a document', () => {
  it('rests on the document, which used to leave it sourceless', () => {
    expect(
      readOne('de', 'In dem Bericht heißt es, die Zahl der Opfer sei gestiegen.', 'heißt es'),
    ).toEqual({
      shown: ['heißt es', 'dem Bericht', 'Bericht', 'document'],
      claim: 'die Zahl der Opfer sei gestiegen',
    });
    const owned = 'In einer Mitteilung der Polizei heißt es, zwei Menschen seien verletzt worden.';
    expect(readOne('de', owned, 'heißt es').shown.slice(2)).toEqual(['Polizei', 'document']);
  });

  it('claims what follows its "que", not the whole sentence around the cue', () => {
    expect(readOne('es', 'En el informe se afirma que la deuda creció.', 'se afirma que')).toEqual({
      shown: ['se afirma que', 'el informe', 'informe', 'document'],
      claim: 'la deuda creció',
    });
  });

  it('stays sourceless where no document opens the clause', () => {
    expect(readOne('de', 'In Berlin hieß es, man prüfe den Fall.', 'hieß es').shown[3]).toBe(
      'none',
    );
  });
});

describe('"según" with a perfect, and where a body said it', () => {
  it('reads "según ha informado X" as "según informó X"', () => {
    const text =
      'La investigación sigue abierta, según ha informado la Guardia Civil en un comunicado.';
    expect(readOne('es', text, 'según ha informado')).toEqual({
      shown: ['según ha informado', 'la Guardia Civil', 'Guardia Civil', 'organization'],
      claim: 'La investigación sigue abierta',
    });
  });

  it('keeps "em nota", "en un comunicado" out of the body’s name', () => {
    const text = 'O suspeito foi preso, segundo informou a Polícia Civil em nota.';
    expect(readOne('pt', text, 'segundo informou').shown.slice(1)).toEqual([
      'a Polícia Civil',
      'Polícia Civil',
      'organization',
    ]);
    expect(
      readOne('pt', 'O suspeito foi preso, disse a Polícia Civil em nota.', 'disse').shown[2],
    ).toBe('Polícia Civil');
  });
});

describe('an outlet’s own reporting', () => {
  it('names the outlet as media, as "a report by the Times" is in English', () => {
    expect(
      shownIn('fr', 'Selon une enquête du Parisien, les prix ont augmenté.', 'Selon').slice(2),
    ).toEqual(['Le Parisien', 'media']);
    expect(
      shownIn(
        'de',
        'Laut einem Bericht des „Spiegel“ plant die Regierung eine Reform.',
        'Laut',
      ).slice(2),
    ).toEqual(['Spiegel', 'media']);
    expect(
      shownIn('pt', 'Segundo reportagem da Folha, o governo prepara uma reforma.', 'Segundo').slice(
        2,
      ),
    ).toEqual(['Folha', 'media']);
    // Near miss: a body's report is a document.
    expect(
      shownIn('es', 'Según un informe de la ONU, el hambre aumenta.', 'Según').slice(2),
    ).toEqual(['ONU', 'document']);
  });

  it('names a column as media, and colleagues at another outlet by its name', () => {
    expect(
      shownIn('pt', 'O ministro pediu demissão, segundo a coluna.', 'segundo').slice(1),
    ).toEqual(['a coluna', 'a coluna', 'media']);
    expect(
      shownIn('fr', 'Selon nos confrères du Figaro, le projet est abandonné.', 'Selon').slice(2),
    ).toEqual(['Le Figaro', 'media']);
  });
});

describe('a subjectless tag that names the document after it', () => {
  it('has that document for its source, and the sentence before for its claim', () => {
    const german = 'Der Fall werde geprüft, hieß es in einer Mitteilung des Ministeriums.';
    expect(cueSourceClaim(german, 'de')).toEqual([
      ['hieß es', 'einer Mitteilung des Ministeriums', 'Der Fall werde geprüft'],
    ]);
    const french = 'Le dossier est clos, indique-t-on dans un communiqué du ministère.';
    expect(cueSourceClaim(french, 'fr')[0]?.[1]).toBe('un communiqué du ministère');
    // Near miss: a place after the tag is no document.
    expect(cueSourceClaim('Der Fall werde geprüft, hieß es in Berlin.', 'de')[0]?.[1]).toBeNull();
  });
});

describe('German "hervorgehen": a claim that comes out of a document', () => {
  it('has what it comes out of for its source, wherever the clause puts it', () => {
    expect(
      cueSourceClaim('Die Schulden steigen. Das geht aus einem Bericht des Konzerns hervor.', 'de'),
    ).toEqual([['geht', 'einem Bericht des Konzerns', 'Die Schulden steigen']]);
    expect(
      cueSourceClaim('Wie aus Zahlen des Bundesamts hervorgeht, steigen die Schulden.', 'de'),
    ).toEqual([['hervorgeht', 'Zahlen des Bundesamts', 'steigen die Schulden']]);
    expect(
      cueSourceClaim('Aus dem Papier geht zudem hervor, dass die Schulden steigen.', 'de'),
    ).toEqual([['geht', 'dem Papier', 'die Schulden steigen']]);
  });
});
