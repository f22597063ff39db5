import { describe, expect, it } from 'vitest';
import { readOne, shownIn } from '../helpers';

describe('German "according to which" after a noun: "Berichte, wonach …"', () => {
  it('reads the relative clause as the claim of the noun before the comma', () => {
    expect(
      readOne(
        'de',
        'Ein Bericht der Nachrichtenagentur Interfax, wonach der Oppositionsführer festgenommen worden sei, wurde dementiert.',
        'wonach',
      ),
    ).toEqual({
      shown: ['wonach', 'Ein Bericht der Nachrichtenagentur Interfax', 'Interfax', 'media'],
      claim: 'der Oppositionsführer festgenommen worden sei',
    });
    expect(
      shownIn('de', 'Es gibt Berichte, wonach der Minister zurücktreten will.', 'wonach'),
    ).toEqual(['wonach', 'Berichte', 'Berichte', 'document']);
  });

  it('names the person a view belongs to, and reads "denen zufolge" the same way', () => {
    expect(
      shownIn(
        'de',
        'Die Sichtweise von Innenminister Heribert Rech, wonach es ein moderates Gesetz sei, teilt die Opposition nicht.',
        'wonach',
      ),
    ).toEqual(['wonach', 'Innenminister Heribert Rech', 'Heribert Rech', 'person']);
    expect(
      readOne(
        'de',
        'Der Minister verwies auf Studien der Charité, denen zufolge die Therapie wirksam sei.',
        'denen zufolge',
      ),
    ).toEqual({
      shown: ['denen zufolge', 'Studien der Charité', 'Studien der Charité', 'organization'],
      claim: 'die Therapie wirksam sei',
    });
  });

  it('names no one when a verb stands before the comma', () => {
    expect(
      shownIn(
        'de',
        'Ein Sprecher konnte die Meldungen nicht bestätigen, wonach Zeugen eine Explosion gehört haben.',
        'wonach',
      ),
    ).toEqual(['wonach', null, null, 'none']);
  });
});

describe('German sources with a genitive after their noun', () => {
  it('go on over an adjective after the genitive’s article, to the outlet it names', () => {
    expect(
      shownIn(
        'de',
        'Laut einem Bericht der russischen Nachrichtenagentur Interfax ist er festgenommen worden.',
        'Laut',
      ),
    ).toEqual([
      'Laut',
      'einem Bericht der russischen Nachrichtenagentur Interfax',
      'Interfax',
      'media',
    ]);
    expect(
      shownIn(
        'de',
        'Nach einem Bericht der Zeitung The Jakarta Post gelang ihm die Flucht.',
        'Nach einem Bericht der',
      )[2],
    ).toBe('The Jakarta Post');
  });

  it('end before a nominative after a name ("laut der NASA der überwiegende Teil")', () => {
    expect(
      readOne('de', 'Beim Eintritt würde laut der NASA der überwiegende Teil verglühen.', 'laut')
        .shown,
    ).toEqual(['laut', 'der NASA', 'NASA', 'organization']);
  });
});

describe('"selon lequel", "según el cual", "segundo o qual" after a noun', () => {
  it('read the relative clause as the claim of the noun before it', () => {
    expect(
      readOne(
        'fr',
        'Le Monde a publié un rapport selon lequel le gouvernement aurait menti.',
        'selon lequel',
      ),
    ).toEqual({
      shown: ['selon lequel', 'un rapport', 'rapport', 'document'],
      claim: 'le gouvernement aurait menti',
    });
    expect(
      shownIn(
        'es',
        'El diario publicó un informe según el cual el gobierno ocultó datos.',
        'según el cual',
      ),
    ).toEqual(['según el cual', 'un informe', 'informe', 'document']);
    expect(
      readOne(
        'pt',
        'A Folha teve acesso a um documento segundo o qual o ministro sabia do caso.',
        'segundo o qual',
      ).claim,
    ).toBe('o ministro sabia do caso');
  });

  it('end where the main clause goes on, after a comma or before the subject’s verb', () => {
    const claim = (language: 'fr' | 'es' | 'pt', text: string, cue: string) =>
      readOne(language, text, cue).claim;
    expect(
      claim(
        'es',
        'El Gobierno, según el cual la economía crece, no ha publicado datos.',
        'según el cual',
      ),
    ).toBe('la economía crece');
    expect(
      claim(
        'es',
        'Un informe del Banco Central según el cual las reservas cayeron un 20 % fue difundido ayer.',
        'según el cual',
      ),
    ).toBe('las reservas cayeron un 20 %');
    expect(
      claim(
        'pt',
        'Um relatório segundo o qual o desmatamento cresceu 20% foi divulgado pelo Inpe.',
        'segundo o qual',
      ),
    ).toBe('o desmatamento cresceu 20%');
    expect(
      readOne(
        'fr',
        'Un rapport de la Cour des comptes selon lequel l’État a mal géré la crise a été rendu public.',
        'selon lequel',
      ),
    ).toEqual({
      shown: ['selon lequel', 'Un rapport de la Cour des comptes', 'Cour des comptes', 'document'],
      claim: 'l’État a mal géré la crise',
    });
    // Near misses: a simple verb is not told from the relative's own, and a noun phrase after the
    // comma goes on with the clause.
    expect(
      claim('fr', 'Une étude selon laquelle l’État a menti fait débat.', 'selon laquelle'),
    ).toBe('l’État a menti fait débat');
    expect(
      claim(
        'es',
        'Hay un informe según el cual el ministro, el secretario y el asesor mintieron.',
        'según el cual',
      ),
    ).toBe('el ministro, el secretario y el asesor mintieron');
  });

  it('take the noun after a capitalised first word of the sentence, no name', () => {
    expect(
      shownIn(
        'es',
        'Existe un documento según el cual el ministro conocía los hechos.',
        'según el cual',
      ),
    ).toEqual(['según el cual', 'un documento', 'documento', 'document']);
    expect(
      shownIn(
        'pt',
        'Existe uma carta segundo a qual o ex-presidente sabia do plano.',
        'segundo a qual',
      )[1],
    ).toBe('uma carta');
  });
});
