import { describe, expect, it } from 'vitest';
import { read, readOne } from '../helpers';

describe('a subject citing itself ("nach eigenen Angaben")', () => {
  it('names the subject before the phrase, which used to be the unnamed "eigenen Angaben"', () => {
    const text =
      'Die Staatsanwaltschaft Köln ermittelt nach eigenen Angaben gegen zwei Verdächtige.';
    expect(readOne('de', text, 'nach')).toEqual({
      shown: ['nach', 'eigenen Angaben', 'Staatsanwaltschaft Köln', 'organization'],
      claim: 'Die Staatsanwaltschaft Köln ermittelt nach eigenen Angaben gegen zwei Verdächtige',
    });
    const zufolge =
      'Der Ministerpräsident Kurt Beck (SPD) hat eigenen Angaben zufolge Briefe erhalten.';
    expect(readOne('de', zufolge, 'zufolge').shown).toEqual([
      'zufolge',
      'eigenen Angaben',
      'Kurt Beck',
      'person',
    ]);
  });

  it('finds the subject after the verb when the phrase or an adverb opens the sentence', () => {
    const opening = 'Nach eigenen Angaben beschäftigt der Konzern weltweit 5000 Menschen.';
    expect(readOne('de', opening, 'Nach').shown.slice(2)).toEqual(['Konzern', 'organization']);
    // Before, a number after the phrase hid it, and nothing was found.
    const inverted = 'Weltweit beschäftigt der Konzern nach eigenen Angaben 5000 Menschen.';
    expect(readOne('de', inverted, 'nach')).toEqual({
      shown: ['nach', 'eigenen Angaben', 'Konzern', 'organization'],
      claim: 'Weltweit beschäftigt der Konzern nach eigenen Angaben 5000 Menschen',
    });
  });

  it('reads "sus propias cifras", "seus próprios dados", "ses propres chiffres" alike', () => {
    expect(
      readOne('es', 'La empresa, según sus propias cifras, ganó 300 millones.', 'según'),
    ).toEqual({
      shown: ['según', 'sus propias cifras', 'La empresa', 'organization'],
      claim: 'ganó 300 millones',
    });
    const afterComma = 'Según sus propias cifras, la empresa ganó 300 millones.';
    expect(readOne('es', afterComma, 'Según').shown.slice(2)).toEqual([
      'la empresa',
      'organization',
    ]);
    const pt = 'A empresa, segundo seus próprios dados, lucrou 300 milhões.';
    expect(readOne('pt', pt, 'segundo').shown.slice(2)).toEqual(['A empresa', 'organization']);
    const fr = "Selon ses propres chiffres, l'entreprise a gagné 300 millions.";
    expect(readOne('fr', fr, 'Selon').shown.slice(2)).toEqual(["l'entreprise", 'organization']);
  });

  it('leaves the others: "nach Angaben der Polizei" is the police, "nach ersten Erkenntnissen" unnamed', () => {
    const police = 'Nach Angaben der Polizei wurde niemand verletzt.';
    expect(readOne('de', police, 'Nach Angaben der').shown.slice(1)).toEqual([
      'Polizei',
      'Polizei',
      'organization',
    ]);
    expect(read('Der Umsatz stieg nach Angaben von Analysten.', { language: 'de' })[0]?.name).toBe(
      'Analysten',
    );
  });
});

describe('a German body name', () => {
  it('is the one named in full before when only its noun is said again', () => {
    const text =
      'Die Staatsanwaltschaft Nürnberg-Fürth hat Anklage erhoben. Der Mann sei laut der Staatsanwaltschaft gewalttätig gewesen.';
    expect(readOne('de', text, 'laut').shown.slice(2)).toEqual([
      'Staatsanwaltschaft Nürnberg-Fürth',
      'organization',
    ]);
  });

  it('goes on over "für" and "und" to the capitalised words of its complement', () => {
    const text =
      'Nach Angaben des Bundesamts für Migration und Flüchtlinge sank die Zahl der Anträge.';
    expect(readOne('de', text, 'Nach Angaben des')).toEqual({
      shown: [
        'Nach Angaben des',
        'Bundesamts für Migration und Flüchtlinge',
        'Bundesamts für Migration und Flüchtlinge',
        'organization',
      ],
      claim: 'sank die Zahl der Anträge',
    });
    // Where it was said is no part of it.
    const where = 'Nach Angaben der Polizei in Köln wurde niemand verletzt.';
    expect(readOne('de', where, 'Nach Angaben der').shown[1]).toBe('Polizei');
  });

  it('ends before a lower-case word that joins no name', () => {
    // Before, "Staatsanwaltschaft Köln ermittelt nach eigenen Angaben" was one body's name.
    const text =
      'Die Staatsanwaltschaft Köln ermittelt gegen zwei Männer, teilte ein Sprecher mit.';
    expect(read(text, { language: 'de' }).map((a) => a.name)).not.toContain(
      'Staatsanwaltschaft Köln ermittelt',
    );
    const joined = 'Das Bundesamt für Migration und Flüchtlinge teilte mit, dass die Zahl sinke.';
    expect(readOne('de', joined, 'teilte').shown.slice(2)).toEqual([
      'Bundesamt für Migration und Flüchtlinge',
      'organization',
    ]);
  });
});

describe('a speaker described by a role and a complement', () => {
  it('is the name after the comma, not a name inside the complement', () => {
    const text =
      "Le procureur de la République de Paris, Laure Beccuau, a précisé que l'enquête se poursuivait.";
    expect(readOne('fr', text, 'a précisé').shown.slice(2)).toEqual(['Laure Beccuau', 'person']);
  });
});
