import { describe, expect, it } from 'vitest';
import { cueSourceClaim, readOne, shownIn } from '../helpers';

const claims = (text: string) => cueSourceClaim(text, 'de');

describe('German verb-second sentences that open on something other than the subject', () => {
  it('claims what a separable verb says before its particle, not what stands first', () => {
    expect(claims('Am Montag kündigte die Gewerkschaft neue Streiks an.')).toEqual([
      ['kündigte', 'die Gewerkschaft', 'neue Streiks'],
    ]);
    expect(claims('Gestern gab der Konzern den Abbau von 2000 Stellen bekannt.')).toEqual([
      ['gab', 'der Konzern', 'den Abbau von 2000 Stellen'],
    ]);
    // Near miss: with a clause after the particle, that clause is the claim.
    expect(claims('Am Montag kündigte die Bahn an, die Preise zu erhöhen.')).toEqual([
      ['kündigte', 'die Bahn', 'die Preise zu erhöhen'],
    ]);
  });

  it('ends the subject after the verb where the object’s article begins', () => {
    expect(
      claims('Am Abend gab der Bundeswahlleiter eine Wahlbeteiligung von 77 Prozent bekannt.'),
    ).toEqual([['gab', 'der Bundeswahlleiter', 'eine Wahlbeteiligung von 77 Prozent']]);
    expect(claims('Als Beispiel führte er die Preisvergabe an Willy Brandt an.')).toEqual([
      ['führte', 'er', 'die Preisvergabe an Willy Brandt'],
    ]);
    // Near miss: a genitive's article goes on the subject.
    expect(claims('Am Abend gab ein Sprecher der Polizei die Festnahme bekannt.')).toEqual([
      ['gab', 'ein Sprecher der Polizei', 'die Festnahme'],
    ]);
  });

  it('ends a source after "laut" where the clause’s object begins', () => {
    expect(
      claims(
        'Inzwischen hat er laut einer Sprecherin der Staatsanwaltschaft ein Geständnis abgelegt.',
      )[0]?.[1],
    ).toBe('einer Sprecherin der Staatsanwaltschaft');
  });

  it('claims nothing for a verb with no object, rather than its subject', () => {
    expect(claims('Die Ministerin widersprach.')[0]?.[2]).not.toBe('Die Ministerin');
  });
});

describe('a German sentence that opens on "Das" or "Dies" standing for the one before', () => {
  it('claims the sentence before, with any verb that needs a claim', () => {
    const text =
      'Die FDP schließt eine Ampel aus. Dies bestätigte der Parteivorsitzende Guido Westerwelle am Abend.';
    expect(claims(text)).toEqual([
      ['bestätigte', 'der Parteivorsitzende Guido Westerwelle', 'Die FDP schließt eine Ampel aus'],
    ]);
    // Near miss: "So" opens an example, whose claim follows.
    const example = 'Die Kritik wächst. So erklärte der Minister, die Lage sei ernst.';
    expect(claims(example)).toEqual([['erklärte', 'der Minister', 'die Lage sei ernst']]);
  });
});

describe('German "erklären" with no claim after it', () => {
  it('declares, and reports nothing', () => {
    expect(claims('Das Verfassungsgericht erklärte die Wahl für nichtig.')).toEqual([]);
    expect(claims('Der Flughafen wurde am 15. April zur rauchfreien Zone erklärt.')).toEqual([]);
  });

  it('reports with a clause, or a quote after a colon however far', () => {
    expect(claims('Der Minister erklärte, die Lage sei ernst.')).toEqual([
      ['erklärte', 'Der Minister', 'die Lage sei ernst'],
    ]);
    const far =
      'Der Minister erklärte auf einer Pressekonferenz in Berlin zu dem Projekt im Bereich der Energie: „Das ist gut.“';
    expect(claims(far)[0]?.slice(0, 2)).toEqual(['erklärte', 'Der Minister']);
  });
});

describe('a German sentence that opens on an adverb', () => {
  it('has its subject after the verb', () => {
    expect(claims('Offiziell geht die Regierung davon aus, dass der Krieg bald endet.')).toEqual([
      ['geht', 'die Regierung', 'der Krieg bald endet'],
    ]);
    expect(
      claims('Unmissverständlich sagt das Gericht, dass es nicht überzeugt sei.')[0]?.[1],
    ).toBe('das Gericht');
  });

  it('is no pronoun, nor a name the text gives elsewhere', () => {
    expect(claims('Er forderte die SPD auf, mehr zu sparen.')[0]?.[1]).toBe('Er');
    const named =
      'Friedrich Merz sprach in Berlin. Merz sagte der Zeitung, er wolle regieren, so Merz.';
    expect(claims(named)[0]?.[1]).toBe('Merz');
  });
});

const de = (text: string, cue: string) => shownIn('de', text, cue);

describe('German: one phrase before the verb, the subject after it', () => {
  it('reads a time, a reason or a citing phrase that opens the clause as no subject', () => {
    expect(
      de('Um 10:05 Uhr MEZ meldete die Nachrichtenagentur Reuters, die Lage sei ernst.', 'meldete'),
    ).toEqual(['meldete', 'die Nachrichtenagentur Reuters', 'Reuters', 'media']);
    expect(
      de('Als Begründung gaben die USA an, zwei Passagiere seien verdächtig.', 'gaben'),
    ).toEqual(['gaben', 'die USA', 'USA', 'organization']);
    expect(de('Aus diesem Grund sagte der Minister, die Lage sei ernst.', 'sagte')).toEqual([
      'sagte',
      'der Minister',
      'der Minister',
      'unnamed',
    ]);
    expect(
      de(
        'Unter Berufung auf nicht näher bezeichnete Quellen gab die Bangkok Post an, das Amt sei angeboten worden.',
        'gab',
      ),
    ).toEqual(['gab', 'die Bangkok Post', 'Bangkok Post', 'organization']);
  });

  it('keeps the subject that opens the clause after a focus word or a conjunction', () => {
    expect(de('Auch der Minister sagte der Zeitung, die Lage sei ernst.', 'sagte')[1]).toBe(
      'der Minister',
    );
    expect(de('Und der Minister sagte der Zeitung, die Lage sei ernst.', 'sagte')[1]).toBe(
      'der Minister',
    );
    // Near miss: a report with no subject of its own comes from the body after "aus".
    expect(de('Aus dem Ministerium verlautete, der Minister trete zurück.', 'verlautete')[1]).toBe(
      'dem Ministerium',
    );
  });

  it('takes no object inside the claim, before a relative aside, as the tag’s subject', () => {
    expect(
      de(
        'Sie töteten Zivilisten, die auf der Flucht waren, teilten die Vereinten Nationen mit.',
        'teilten',
      ),
    ).toEqual(['teilten', 'die Vereinten Nationen', 'Vereinten Nationen', 'organization']);
    expect(de('Der Minister, der gestern ankam, sagte, die Lage sei ernst.', 'sagte')[1]).toBe(
      'Der Minister',
    );
  });
});

describe('German outlets behind a medium’s noun', () => {
  it('names the outlet, and leaves a name with its verb after it to the claim', () => {
    expect(
      readOne(
        'de',
        'Am Abend meldete die Nachrichtenseite „Golem“, Wikimedia Deutschland habe den Vorfall bestätigt.',
        'meldete',
      ),
    ).toEqual({
      shown: ['meldete', 'die Nachrichtenseite „Golem“', 'Golem', 'media'],
      claim: 'Wikimedia Deutschland habe den Vorfall bestätigt',
    });
    expect(
      de('Laut der Online-Ausgabe der „Süddeutschen Zeitung“ ist die Lage ernst.', 'Laut')[2],
    ).toBe('Süddeutsche Zeitung');
  });
});

describe('German: a verb after a comma with no subject after it', () => {
  it('goes on with the subject its sentence opened on, its claim after it', () => {
    expect(
      readOne(
        'de',
        'Die Vereinten Nationen bestätigten den Zwischenfall, teilten jedoch mit, es sei unklar, wer angegriffen habe.',
        'teilten',
      ),
    ).toEqual({
      shown: ['teilten', 'Die Vereinten Nationen', 'Vereinten Nationen', 'organization'],
      claim: 'es sei unklar, wer angegriffen habe',
    });
    // Near miss: a tag after a claim has its subject after the verb.
    expect(
      readOne('de', 'Die Lage sei ernst, teilten die Vereinten Nationen mit.', 'teilten').claim,
    ).toBe('Die Lage sei ernst');
  });
});

describe('an aside between dashes between a verb and its subject', () => {
  it('is passed over to the subject after it', () => {
    expect(
      readOne(
        'de',
        'Die Regierung tritt zurück. Dies gab heute – nach langem Zögern – der Sprecher des Ministeriums bekannt.',
        'gab',
      ),
    ).toEqual({
      shown: ['gab', 'der Sprecher des Ministeriums', 'der Sprecher des Ministeriums', 'unnamed'],
      claim: 'Die Regierung tritt zurück',
    });
    expect(
      shownIn(
        'es',
        'La medida fue aprobada, anunció este lunes —tras una larga reunión— el ministro de Economía.',
        'anunció',
      )[1],
    ).toBe('el ministro de Economía');
  });
});

describe('a German clause opened on its object', () => {
  it('takes a person after the verb whose article only a subject takes as the subject', () => {
    expect(readOne('de', 'Das Ergebnis gab heute der Sprecher bekannt.', 'gab')).toEqual({
      shown: ['gab', 'der Sprecher', 'der Sprecher', 'unnamed'],
      claim: 'Das Ergebnis',
    });
    // Near misses: "das" may be a subject or an object, and the first phrase stays the subject;
    // whom it was told is no subject.
    expect(
      readOne(
        'de',
        'Ein Bezirksgericht hat das Netzwerk Twitter aufgefordert, Daten herauszugeben.',
        'aufgefordert',
      ).shown[1],
    ).toBe('Ein Bezirksgericht');
    expect(
      readOne('de', 'Die Regierung teilte der Zeitung mit, sie plane Kürzungen.', 'teilte')
        .shown[1],
    ).toBe('Die Regierung');
  });
});
