import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('bodies named in French, Spanish, German and Portuguese', () => {
  it('reads a name after an article as a body’s, where a pair of capitals read as a person', () => {
    expect(
      shownIn('pt', 'A Anistia Internacional denunciou prisões arbitrárias.', 'denunciou'),
    ).toEqual(['denunciou', 'A Anistia Internacional', 'Anistia Internacional', 'organization']);
    // Near miss: a role before the name still makes it a person's.
    expect(
      shownIn('pt', 'O presidente Luiz Inácio Lula da Silva disse que vai vetar.', 'disse'),
    ).toEqual([
      'disse',
      'O presidente Luiz Inácio Lula da Silva',
      'Luiz Inácio Lula da Silva',
      'person',
    ]);
  });

  it('knows the United Nations and the NGOs news cites by name alone', () => {
    expect(
      shownIn(
        'es',
        'Amnistía Internacional afirmó que las detenciones eran arbitrarias.',
        'afirmó',
      ),
    ).toEqual(['afirmó', 'Amnistía Internacional', 'Amnistía Internacional', 'organization']);
    expect(
      shownIn(
        'fr',
        'Amnesty International a affirmé que les arrestations étaient arbitraires.',
        'a affirmé',
      ),
    ).toEqual(['a affirmé', 'Amnesty International', 'Amnesty International', 'organization']);
    expect(
      shownIn(
        'es',
        'Human Rights Watch afirmó que los ataques pueden ser crímenes de guerra.',
        'afirmó',
      ),
    ).toEqual(['afirmó', 'Human Rights Watch', 'Human Rights Watch', 'organization']);
    expect(
      shownIn(
        'de',
        'Amnesty International erklärte, die Festnahmen seien willkürlich.',
        'erklärte',
      ),
    ).toEqual(['erklärte', 'Amnesty International', 'Amnesty International', 'organization']);
    expect(
      shownIn(
        'de',
        'Nach Angaben der Vereinten Nationen sind mehr als zwei Millionen Menschen geflohen.',
        'Nach Angaben der',
      )[3],
    ).toBe('organization');
  });

  it('reads a listed body’s name of several words whole, where its first word names people', () => {
    expect(
      shownIn('es', 'Médicos Sin Fronteras denunció que su hospital fue bombardeado.', 'denunció'),
    ).toEqual(['denunció', 'Médicos Sin Fronteras', 'Médicos Sin Fronteras', 'organization']);
    expect(
      shownIn(
        'de',
        'Ärzte ohne Grenzen erklärte, ihr Krankenhaus sei beschossen worden.',
        'erklärte',
      ),
    ).toEqual(['erklärte', 'Ärzte ohne Grenzen', 'Ärzte ohne Grenzen', 'organization']);
    expect(
      shownIn('pt', 'Repórteres Sem Fronteiras disse que três jornalistas morreram.', 'disse')[3],
    ).toBe('organization');
    // Near miss: the first word alone is people.
    expect(
      shownIn('es', 'Los médicos afirmaron que el hospital fue bombardeado.', 'afirmaron')[3],
    ).toBe('unnamed');
  });
});

describe('a German body’s noun and the compound that named it', () => {
  it('ties "das Gericht" to the court named before, not to the last body', () => {
    const text =
      'Das Bundesverwaltungsgericht hat den Soldaten freigesprochen. Die Bundesregierung hatte Überflugrechte eingeräumt. „Das ist ein Delikt“, begründet das Gericht seine Entscheidung.';
    expect(shownIn('de', text, 'begründet').slice(2)).toEqual([
      'Bundesverwaltungsgericht',
      'organization',
    ]);
    // Near miss: with only another body's compound before it, the noun names no one before.
    const alone =
      'Die Bundesregierung hatte Überflugrechte eingeräumt. „Das ist ein Delikt“, begründet das Gericht seine Entscheidung.';
    expect(shownIn('de', alone, 'begründet')[2]).not.toBe('Bundesregierung');
  });
});

describe('a body’s general noun taking up the body named before', () => {
  it('takes up a German body of its sort, though its name holds another body’s noun', () => {
    const bahn =
      'Die Deutsche Bahn hat die Preise erhöht. Der Konzern teilte mit, die Kosten seien gestiegen.';
    expect(shownIn('de', bahn, 'teilte').slice(2)).toEqual(['Deutsche Bahn', 'organization']);
    const office =
      'Die Staatsanwaltschaft Köln ermittelt. Die Behörde bestätigte, dass ein Verfahren läuft.';
    expect(shownIn('de', office, 'bestätigte')[2]).toBe('Staatsanwaltschaft Köln');
    // Near miss: a court is no government, though both are bodies.
    const court =
      'Die Bundesregierung hat Klage erhoben. Das Gericht teilte mit, es werde im Mai verhandeln.';
    expect(shownIn('de', court, 'teilte')[2]).not.toBe('Bundesregierung');
  });

  it('takes up the name the sentence before opened on, as its subject', () => {
    const renault =
      'Renault a annoncé des suppressions de postes. Le constructeur a précisé que 2000 emplois chez Renault étaient concernés.';
    expect(shownIn('fr', renault, 'a précisé')[2]).toBe('Renault');
    const siemens =
      'Siemens hat seine Prognose gesenkt. Das Unternehmen teilte mit, die Nachfrage sei schwach.';
    expect(shownIn('de', siemens, 'teilte')[2]).toBe('Siemens');
    // Near miss: a word that opens a sentence and is no name elsewhere is taken up by no one.
    const yesterday = 'Ayer anunció despidos. La compañía explicó que la demanda había caído.';
    expect(shownIn('es', yesterday, 'explicó')[2]).toBe('La compañía');
  });
});

describe('a body’s or a medium’s noun before a name', () => {
  it('describes the name after it, which is the source’s', () => {
    const airline =
      'Die USA verlangen Daten. Die holländische Fluggesellschaft KLM versicherte, sie würden die Listen kontrollieren.';
    expect(shownIn('de', airline, 'versicherte').slice(2)).toEqual(['KLM', 'organization']);
    const paper = 'Laut der israelischen Tageszeitung Haaretz wurden drei Soldaten verletzt.';
    expect(shownIn('de', paper, 'Laut').slice(2)).toEqual(['Haaretz', 'media']);
    const study = 'Selon les premiers éléments de l’enquête, le conducteur roulait vite.';
    expect(shownIn('fr', study, 'Selon')[3]).toBe('document');
  });
});

describe('a German body’s name and when it spoke', () => {
  it('ends before "am Montag": the day is no part of the name', () => {
    expect(
      shownIn(
        'de',
        'Wie die NATO am Montag mitteilte, sind bei der Offensive Zivilisten getötet worden.',
        'mitteilte',
      ),
    ).toEqual(['mitteilte', 'die NATO', 'NATO', 'organization']);
    // Near miss: a name that goes on past a lower-case word.
    expect(
      shownIn('de', 'Das Bundesamt für Migration teilte am Montag mit, die Zahl sinke.', 'teilte'),
    ).toEqual(['teilte', 'Das Bundesamt für Migration', 'Bundesamt für Migration', 'organization']);
  });
});

describe('an adjective a body’s name may open on, before a role', () => {
  it('describes the person of the role, unnamed', () => {
    expect(
      shownIn(
        'fr',
        'Un haut responsable américain a déclaré que Washington préparait de nouvelles sanctions.',
        'a déclaré',
      ).slice(2),
    ).toEqual(['Un haut responsable américain', 'unnamed']);
    // Near miss: capitalised, it opens the body's name.
    expect(
      shownIn(
        'fr',
        'Le Haut Conseil pour le climat a estimé que les efforts étaient insuffisants.',
        'a estimé',
      )[3],
    ).toBe('organization');
  });
});
