import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('"according to" phrases that end on "de", before a fused article', () => {
  it('reads "a juicio del", "aux dires du", "na avaliação da" as their phrase', () => {
    expect(shownIn('es', 'A juicio del ministro, la medida es necesaria.', 'A juicio del')).toEqual(
      ['A juicio del', 'ministro', 'ministro', 'unnamed'],
    );
    expect(
      shownIn('fr', 'Aux dires du ministre, la mesure est nécessaire.', 'Aux dires du')[1],
    ).toBe('ministre');
    expect(
      shownIn('pt', 'Na avaliação da ministra, a medida é necessária.', 'Na avaliação da')[1],
    ).toBe('ministra');
  });
});

describe('a role after a fused article', () => {
  it('stands for the person the story named in that role, as with its own article', () => {
    const text =
      'El ministro de Economía, Luis Caputo, habló ayer. A juicio del ministro, la inflación bajará.';
    expect(shownIn('es', text, 'A juicio del').slice(2)).toEqual(['Luis Caputo', 'person']);
  });
});

describe('names joined by two particles', () => {
  it('keeps "von der", "de la" inside a name set off after a role', () => {
    const text =
      '«Estamos ante una crisis», alertó la presidenta de la Comisión Europea, Ursula von der Leyen.';
    expect(shownIn('es', text, 'alertó').slice(2)).toEqual(['Ursula von der Leyen', 'person']);
    const french = '« Il faut agir », a déclaré le président du jury, Jean de la Fontaine.';
    expect(shownIn('fr', french, 'a déclaré')[2]).toBe('Jean de la Fontaine');
  });

  it('joins no noun after "von der" where every noun is capitalised', () => {
    const text = 'Minister Sathit Wongnongtoey von der Kanzlei erklärte, die Lage sei kritisch.';
    expect(shownIn('de', text, 'erklärte')[2]).toBe('Sathit Wongnongtoey');
  });
});

describe('a German name after its surname', () => {
  it('ends before the article of whom it was told or of a complement', () => {
    const told = '„Wir werden nicht nachgeben“, sagte Frank Werneke der Zeitung.';
    expect(shownIn('de', told, 'sagte').slice(2)).toEqual(['Frank Werneke', 'person']);
    const described = '„Nein“, sagte der Gewerkschafter Frank Werneke der Zeitung.';
    expect(shownIn('de', described, 'sagte')[1]).toBe('der Gewerkschafter Frank Werneke');
    const body = 'Josef Schuster vom Zentralrat der Juden kritisierte, die Stimmung sei feindlich.';
    expect(shownIn('de', body, 'kritisierte')[2]).toBe('Josef Schuster');
  });

  it('keeps a particle after the given names, and an initial', () => {
    const particle = 'Karl-Theodor zu Guttenberg sagte, er trete zurück.';
    expect(shownIn('de', particle, 'sagte')[2]).toBe('Karl-Theodor zu Guttenberg');
    const initial = 'Laut Klinikdirektor Matthias W. Beckmann ist das ein Durchbruch.';
    expect(shownIn('de', initial, 'Laut')[2]).toBe('Matthias W. Beckmann');
  });
});

describe('a full name that shares a surname with someone else', () => {
  it('names its own person, not the fullest name met with that surname', () => {
    const text =
      'Papst Joseph Ratzinger trat zurück. „Das Alter drückt“, sagte Georg Ratzinger der Zeitung.';
    expect(shownIn('de', text, 'sagte')[2]).toBe('Georg Ratzinger');
    // Near miss: the surname alone is the person met in full.
    const alone = 'Papst Joseph Ratzinger trat zurück. „Das Alter drückt“, sagte Ratzinger.';
    expect(shownIn('de', alone, 'sagte')[2]).toBe('Joseph Ratzinger');
  });
});

describe('a name set off by commas after a role', () => {
  it('holds its particles, and a role that opens it', () => {
    expect(
      shownIn(
        'pt',
        'O Presidente da República, Marcelo Rebelo de Sousa, afirmou que o ministro tem a sua confiança.',
        'afirmou',
      ),
    ).toEqual([
      'afirmou',
      'O Presidente da República, Marcelo Rebelo de Sousa',
      'Marcelo Rebelo de Sousa',
      'person',
    ]);
    expect(
      shownIn(
        'es',
        'El presidente brasileño, Luiz Inácio Lula da Silva, dijo que su país no aceptará presiones.',
        'dijo',
      ).slice(1),
    ).toEqual([
      'El presidente brasileño, Luiz Inácio Lula da Silva',
      'Luiz Inácio Lula da Silva',
      'person',
    ]);
    expect(
      shownIn(
        'pt',
        'O relator do caso, ministro Alexandre de Moraes, afirmou que há provas.',
        'afirmou',
      ).slice(1),
    ).toEqual(['O relator do caso, ministro Alexandre de Moraes', 'Alexandre de Moraes', 'person']);
  });

  it('goes on over a place whose name opens on a common word', () => {
    expect(
      shownIn(
        'pt',
        '"Não vamos recuar", declarou o governador de São Paulo, Tarcísio de Freitas, em entrevista à CNN.',
        'declarou',
      ).slice(2),
    ).toEqual(['Tarcísio de Freitas', 'person']);
    // Near miss: a clause after the comma is no apposition.
    expect(
      shownIn('pt', 'O governador de São Paulo disse que vai recorrer.', 'disse').slice(1),
    ).toEqual(['O governador de São Paulo', 'O governador de São Paulo', 'unnamed']);
  });
});
