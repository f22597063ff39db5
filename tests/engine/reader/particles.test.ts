import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../src/engine/types';
import { byCue, read, seen } from '../helpers';

const shown = (language: LanguageCode, text: string, cue: string) =>
  seen(byCue(read(text, { language }), cue));

describe('"according to" phrases that end on "de", before a fused article', () => {
  it('reads "a juicio del", "aux dires du", "na avaliação da" as their phrase', () => {
    expect(shown('es', 'A juicio del ministro, la medida es necesaria.', 'A juicio del')).toEqual([
      'A juicio del',
      'ministro',
      'ministro',
      'unnamed',
    ]);
    expect(shown('fr', 'Aux dires du ministre, la mesure est nécessaire.', 'Aux dires du')[1]).toBe(
      'ministre',
    );
    expect(
      shown('pt', 'Na avaliação da ministra, a medida é necessária.', 'Na avaliação da')[1],
    ).toBe('ministra');
  });
});

describe('a role after a fused article', () => {
  it('stands for the person the story named in that role, as with its own article', () => {
    const text =
      'El ministro de Economía, Luis Caputo, habló ayer. A juicio del ministro, la inflación bajará.';
    expect(shown('es', text, 'A juicio del').slice(2)).toEqual(['Luis Caputo', 'person']);
  });
});

describe('names joined by two particles', () => {
  it('keeps "von der", "de la" inside a name set off after a role', () => {
    const text =
      '«Estamos ante una crisis», alertó la presidenta de la Comisión Europea, Ursula von der Leyen.';
    expect(shown('es', text, 'alertó').slice(2)).toEqual(['Ursula von der Leyen', 'person']);
    const french = '« Il faut agir », a déclaré le président du jury, Jean de la Fontaine.';
    expect(shown('fr', french, 'a déclaré')[2]).toBe('Jean de la Fontaine');
  });

  it('joins no noun after "von der" where every noun is capitalised', () => {
    const text = 'Minister Sathit Wongnongtoey von der Kanzlei erklärte, die Lage sei kritisch.';
    expect(shown('de', text, 'erklärte')[2]).toBe('Sathit Wongnongtoey');
  });
});
