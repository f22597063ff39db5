import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('pronouns around a speech tag', () => {
  it('reads "selon lui" and "ihm zufolge" as the person named before', () => {
    expect(
      shownIn('fr', 'Emmanuel Macron a parlé hier. Selon lui, la réforme sera adoptée.', 'Selon'),
    ).toEqual(['Selon', 'lui', 'Emmanuel Macron', 'person']);
    expect(
      shownIn(
        'de',
        'Olaf Scholz sprach gestern. Ihm zufolge wird die Reform beschlossen.',
        'zufolge',
      ),
    ).toEqual(['zufolge', 'Ihm', 'Olaf Scholz', 'person']);
  });

  it('takes the pronoun whom it was said to into the tag after a quote', () => {
    expect(
      shownIn('fr', '« Rien ne change », lui a répondu le ministre.', 'lui a répondu'),
    ).toEqual(['lui a répondu', 'le ministre', 'le ministre', 'unnamed']);
    expect(
      shownIn('es', '"No habrá recortes", le dijo el ministro a la prensa.', 'le dijo'),
    ).toEqual(['le dijo', 'el ministro', 'el ministro', 'unnamed']);
    // Near miss: a pronoun inside the sentence stays out of the cue.
    expect(shownIn('fr', 'Il lui a dit que la réforme sera adoptée.', 'a dit')[1]).toBe('Il');
  });

  it('reads French "nous" and "vous" as whom it was said to before a verb of the third person', () => {
    expect(
      shownIn(
        'fr',
        '« C’est une catastrophe », nous a confié un habitant du quartier.',
        'nous a confié',
      ),
    ).toEqual(['nous a confié', 'un habitant du quartier', 'un habitant du quartier', 'unnamed']);
    expect(
      shownIn(
        'fr',
        '« Tout est détruit », nous explique Marie Dupont, maire du village.',
        'nous explique',
      )[1],
    ).toBe('Marie Dupont');
    // Near miss: with its subject before it, the pronoun stays out of the cue.
    expect(
      shownIn('fr', 'Le ministre nous a confié que la réforme sera adoptée.', 'a confié')[1],
    ).toBe('Le ministre');
  });
});

describe('a pronoun after a person named with a compound role', () => {
  it('reads "Sie" as the person a hyphened role introduced', () => {
    expect(
      shownIn(
        'de',
        'Die Grünen-Chefin Ricarda Lang war zu Gast. Sie betonte, man müsse mehr investieren.',
        'betonte',
      ),
    ).toEqual(['betonte', 'Sie', 'Ricarda Lang', 'person']);
    // Near miss: a compound that is no role does not open the person's clause.
    expect(
      shownIn(
        'de',
        'Die Grünen-Zentrale lud Ricarda Lang ein. Sie betonte, man müsse mehr investieren.',
        'betonte',
      )[2],
    ).not.toBe('Ricarda Lang');
  });
});

describe('a pronoun stands for someone of its gender', () => {
  it('passes over the last speaker when their given name, title or role is of the other gender', () => {
    expect(
      shownIn(
        'fr',
        '« Nous allons agir », a déclaré Emmanuel Macron. La ministre Rachida Dati a salué la décision. « C’est historique », a-t-il ajouté.',
        'a-t-il ajouté',
      ),
    ).toEqual(['a-t-il ajouté', 'il', 'Emmanuel Macron', 'person']);
    expect(
      shownIn(
        'pt',
        '"Vamos vencer", disse Lula. A ministra Marina Silva concordou. "É um marco", afirmou ele.',
        'afirmou',
      )[2],
    ).toBe('Lula');
    expect(
      shownIn(
        'es',
        '"Vamos a ganar", dijo Pedro Sánchez. La vicepresidenta Yolanda Díaz lo respaldó. "No hay otra opción", afirmó él.',
        'afirmó',
      )[2],
    ).toBe('Pedro Sánchez');
    // Near miss: a pronoun of the speaker's own gender is the speaker.
    expect(
      shownIn(
        'pt',
        '"Vamos vencer", disse Lula. A ministra Marina Silva concordou. "É um marco", afirmou ela.',
        'afirmou',
      )[2],
    ).toBe('Marina Silva');
  });

  it('leaves a pronoun unresolved rather than name someone of the other gender', () => {
    expect(
      shownIn(
        'de',
        '„Wir sind uns einig“, sagte Olaf Scholz. Die Ministerin widersprach. Sie erklärte, es gebe noch Differenzen.',
        'erklärte',
      ),
    ).toEqual(['erklärte', 'Sie', 'Sie', 'person']);
    expect(
      shownIn(
        'de',
        '„Wir sind uns einig“, sagte Frau Müller. Er erklärte, es gebe Differenzen.',
        'erklärte',
      )[2],
    ).toBe('Er');
  });

  it('reads "a-t-il dit", whose participle is spelled as a present too, with its pronoun', () => {
    expect(shownIn('fr', '« C’est une honte », a-t-il dit.', 'a-t-il dit')[1]).toBe('il');
  });
});

describe('a role with its article, far from the one who holds it', () => {
  it('is the person the story introduced in that role, when no one met lately may hold it', () => {
    const text =
      'Verteidigungsminister Franz Josef Jung besuchte am Montag die Truppe in Kinshasa. Die Lage ist angespannt. ' +
      'Die Wahl soll im Juli stattfinden. Tausende Soldaten sichern die Hauptstadt. Die Opposition boykottiert die Abstimmung. ' +
      'Viele Straßen sind gesperrt. Die Preise steigen. „Europa hat ein Interesse“, sagte der Verteidigungsminister.';
    expect(shownIn('de', text, 'sagte').slice(2)).toEqual(['Franz Josef Jung', 'person']);
  });
});

describe('a role the last claims talk about', () => {
  it('is not the speaker who talked about it', () => {
    const pt =
      'O senador Flávio Bolsonaro disse que o presidente mentiu. O presidente respondeu que a acusação é falsa.';
    expect(shownIn('pt', pt, 'respondeu').slice(2)).toEqual(['O presidente', 'unnamed']);
    const es =
      'El diputado Cristian Ritondo afirmó que el ministro ocultó los datos. El ministro dijo que no renunciará.';
    expect(shownIn('es', es, 'dijo').slice(2)).toEqual(['El ministro', 'unnamed']);
  });

  it('is the person the story introduced in it, when it did', () => {
    const fr =
      'Le ministre de l’Intérieur, Bruno Retailleau, a été interrogé. Le député Éric Coquerel a affirmé que le ministre avait menti. Le ministre a répondu qu’il n’avait rien caché.';
    expect(shownIn('fr', fr, 'a répondu').slice(2)).toEqual(['Bruno Retailleau', 'person']);
    // Near miss: a role no claim talked about is still the last speaker.
    const near =
      'Le ministre Bruno Retailleau a affirmé que la situation était grave. Le ministre a ajouté qu’il agirait.';
    expect(shownIn('fr', near, 'a ajouté').slice(2)).toEqual(['Bruno Retailleau', 'person']);
  });
});
