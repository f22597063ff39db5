import { describe, expect, it } from 'vitest';
import { read, shownIn } from '../helpers';

describe('a speaker named by a surname alone, as the press names those it takes as known', () => {
  it('is a person after the verb, where a capital alone used to read as a body', () => {
    expect(shownIn('fr', '« Nous ne céderons pas », a déclaré Macron.', 'a déclaré')).toEqual([
      'a déclaré',
      'Macron',
      'Macron',
      'person',
    ]);
    expect(
      shownIn('es', '«No vamos a negociar», afirmó Sánchez en el Congreso.', 'afirmó'),
    ).toEqual(['afirmó', 'Sánchez', 'Sánchez', 'person']);
    expect(shownIn('pt', '"Não vamos recuar", afirmou Haddad.', 'afirmou')).toEqual([
      'afirmou',
      'Haddad',
      'Haddad',
      'person',
    ]);
  });

  it('is a person after "selon", "según", "segundo", which is no part of the name', () => {
    expect(shownIn('fr', 'Selon Mélenchon, le gouvernement a menti.', 'Selon')[3]).toBe('person');
    expect(shownIn('es', 'Según Feijóo, el Gobierno ha fracasado.', 'Según')[3]).toBe('person');
    expect(shownIn('pt', 'Segundo Bolsonaro, a eleição foi fraudada.', 'Segundo')).toEqual([
      'Segundo',
      'Bolsonaro',
      'Bolsonaro',
      'person',
    ]);
  });

  it('is a person in German, where every noun is capitalised, before or after its verb', () => {
    expect(shownIn('de', '„Das ist falsch“, sagte Merz am Dienstag.', 'sagte')).toEqual([
      'sagte',
      'Merz',
      'Merz',
      'person',
    ]);
    expect(shownIn('de', 'Laut Habeck ist die Wende gescheitert.', 'Laut')[3]).toBe('person');
    expect(shownIn('de', 'Wie Scholz sagte, sei die Lage ernst.', 'sagte')[3]).toBe('person');
    // Opening a sentence, a word is a name where the text also names it so inside one.
    const opening = 'Scholz sagte, die Lage sei ernst. Am Abend bekräftigte Scholz das.';
    expect(shownIn('de', opening, 'sagte')[3]).toBe('person');
  });

  it('is a body when the text describes it as one elsewhere, or says it with an article', () => {
    const text =
      'La empresa Montecon anunció despidos. «Solo podemos pagar 15 jornales», trasmitió Montecon.';
    expect(shownIn('es', text, 'trasmitió')[3]).toBe('organization');
    expect(shownIn('pt', 'A Petrobras informou que o preço vai subir.', 'informou')[3]).toBe(
      'organization',
    );
  });

  it('is the government when a country or a capital speaks', () => {
    expect(shownIn('fr', 'Israël a affirmé que la trêve tenait.', 'a affirmé')[3]).toBe(
      'organization',
    );
    expect(shownIn('es', 'Estados Unidos aseguró que no habrá sanciones.', 'aseguró')[3]).toBe(
      'organization',
    );
    expect(shownIn('de', '„Wir warnen davor“, hieß es aus Moskau.', 'hieß es')[3]).not.toBe(
      'person',
    );
  });

  it('is no one in German when the word is a noun: plural verb, article, or a noun’s ending', () => {
    expect(shownIn('de', '„Das ist falsch“, sagten Experten.', 'sagten')[3]).not.toBe('person');
    expect(shownIn('de', 'Die Regierung sagte, die Lage sei ernst.', 'sagte')[3]).toBe(
      'organization',
    );
    expect(shownIn('de', 'Offiziell sagte er, die Lage sei ernst.', 'sagte')[1]).toBe('er');
  });
});

describe('when and to whom it was said, between a speech tag and its speaker', () => {
  it('is passed over to find the speaker after it', () => {
    expect(
      shownIn(
        'es',
        '«No habrá cambios», ha asegurado este lunes la vicepresidenta María Jesús Montero.',
        'ha asegurado',
      ).slice(2),
    ).toEqual(['María Jesús Montero', 'person']);
    expect(shownIn('es', '«No hay prisa», dijo el lunes a EFE el portavoz.', 'dijo')[1]).toBe(
      'el portavoz',
    );
    expect(
      shownIn(
        'pt',
        '"Não há risco", afirmou nesta segunda-feira o ministro da Fazenda.',
        'afirmou',
      )[1],
    ).toBe('o ministro da Fazenda');
    expect(shownIn('pt', '"Não há risco", disse ontem à noite o ministro.', 'disse')[1]).toBe(
      'o ministro',
    );
  });

  it('is an outlet told, with its article written apart or fused with the preposition', () => {
    const text = '« Nous allons continuer », a précisé à l’AFP le porte-parole du gouvernement.';
    expect(shownIn('fr', text, 'a précisé')[1]).toBe('le porte-parole du gouvernement');
    const fused = 'La réforme sera votée, a indiqué au Monde une source proche de l’exécutif.';
    expect(shownIn('fr', fused, 'a indiqué')).toEqual([
      'a indiqué',
      'une source proche de l’exécutif',
      'une source proche de l’exécutif',
      'unnamed',
    ]);
  });
});

describe('where it was posted, between a speech tag and its speaker', () => {
  it('is passed over, as when and to whom', () => {
    const posted = [
      ['fr', '« C’est inacceptable », a écrit sur X la députée Sandrine Rousseau.', 'a écrit'],
      [
        'es',
        '«Es un día histórico», celebró en sus redes sociales el presidente Javier Milei.',
        'celebró',
      ],
      ['pt', '"Vamos vencer", escreveu nas redes sociais o presidente Lula.', 'escreveu'],
      ['de', '„Wir kämpfen“, schrieb auf Instagram die Ministerin.', 'schrieb'],
      ['fr', '« Nous continuons », a déclaré dans un communiqué le porte-parole.', 'a déclaré'],
    ] as const;
    expect(posted.map(([language, text, cue]) => shownIn(language, text, cue)[1])).toEqual([
      'la députée Sandrine Rousseau',
      'el presidente Javier Milei',
      'o presidente Lula',
      'die Ministerin',
      'le porte-parole',
    ]);
  });
});

describe('when it was said ends who said it', () => {
  it('cuts the day and the hour from a speech tag’s subject', () => {
    expect(
      shownIn('fr', '« Rien n’est décidé », a affirmé Bayrou mardi soir.', 'a affirmé')[1],
    ).toBe('Bayrou');
    expect(shownIn('es', '«No habrá recortes», aseguró Sánchez este martes.', 'aseguró')[1]).toBe(
      'Sánchez',
    );
    expect(
      shownIn('es', '«No habrá recortes», aseguró Sánchez la semana pasada.', 'aseguró')[1],
    ).toBe('Sánchez');
    expect(shownIn('pt', '"Não haverá cortes", disse Haddad ontem.', 'disse')[1]).toBe('Haddad');
  });

  it('keeps a word of time that qualifies what follows it', () => {
    const text = 'Das ist das Ergebnis einer gestern vorgestellten Studie, so die Forscher.';
    const [found] = read(text, { language: 'de' });
    expect(found?.content?.text).toBe('Das ist das Ergebnis einer gestern vorgestellten Studie');
  });
});
