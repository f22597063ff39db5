import { describe, expect, it } from 'vitest';
import { read, shownIn } from '../helpers';

describe('a company named by its name alone', () => {
  it('is an organisation when the pack knows the company, in Spanish, Portuguese and French', () => {
    expect(
      shownIn('es', 'Telefónica anunció que recortará 3.000 empleos en España.', 'anunció'),
    ).toEqual(['anunció', 'Telefónica', 'Telefónica', 'organization']);
    expect(
      shownIn('pt', 'Petrobras informou que o preço da gasolina vai subir.', 'informou'),
    ).toEqual(['informou', 'Petrobras', 'Petrobras', 'organization']);
    expect(shownIn('fr', 'Renault a annoncé que l’usine fermera en 2025.', 'a annoncé')).toEqual([
      'a annoncé',
      'Renault',
      'Renault',
      'organization',
    ]);
  });

  it('is an organisation when a capital inside the word spells a brand', () => {
    expect(shownIn('fr', 'TotalEnergies affirme que ses émissions ont baissé.', 'affirme')).toEqual(
      ['affirme', 'TotalEnergies', 'TotalEnergies', 'organization'],
    );
    expect(shownIn('es', 'BlackRock indicó que compró acciones de la empresa.', 'indicó')).toEqual([
      'indicó',
      'BlackRock',
      'BlackRock',
      'organization',
    ]);
  });

  it('leaves a person named by a surname alone a person, a prefix’s capital included', () => {
    expect(shownIn('es', '"No habrá devaluación", dijo Milei.', 'dijo')).toEqual([
      'dijo',
      'Milei',
      'Milei',
      'person',
    ]);
    expect(shownIn('es', 'DeSantis dijo que competirá en las primarias.', 'dijo')).toEqual([
      'dijo',
      'DeSantis',
      'DeSantis',
      'person',
    ]);
  });

  it('is an organisation when its name is a plain word written capitalised', () => {
    expect(shownIn('pt', 'Vale anunciou lucro de R$ 10 bilhões no trimestre.', 'anunciou')).toEqual(
      ['anunciou', 'Vale', 'Vale', 'organization'],
    );
    expect(
      shownIn('fr', 'Orange a indiqué que ses résultats étaient stables.', 'a indiqué'),
    ).toEqual(['a indiqué', 'Orange', 'Orange', 'organization']);
    // Near miss: "Vale lembrar que" is "it is worth recalling", no one speaking.
    expect(
      read('Vale lembrar que o ministro negou as acusações.', { language: 'pt' }).map(
        (a) => a.source?.text,
      ),
    ).toEqual(['o ministro']);
  });

  it('is an organisation when the story calls it a company by a noun of its trade', () => {
    expect(
      shownIn(
        'fr',
        'L’opérateur Orange a publié ses résultats. Orange a indiqué que le chiffre d’affaires était stable.',
        'a indiqué',
      ),
    ).toEqual(['a indiqué', 'Orange', 'Orange', 'organization']);
  });
});
