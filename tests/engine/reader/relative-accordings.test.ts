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
});
