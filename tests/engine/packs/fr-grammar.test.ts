import { describe, expect, it } from 'vitest';
import { grammar } from '../../../src/engine/packs/fr/grammar';
import { cueSourceClaim } from '../helpers';

describe('French verb forms', () => {
  it('opens an é before a mute e, as "révèle" and "répète" are written', () => {
    expect(grammar.inflect('révéler').finite.slice(0, 2)).toEqual(['révèle', 'révèlent']);
    expect(grammar.inflect('répéter').finite.slice(0, 2)).toEqual(['répète', 'répètent']);
  });

  it('doubles the l or t of a plain e, and leaves a double consonant as it is', () => {
    expect(grammar.inflect('rappeler').finite[0]).toBe('rappelle');
    expect(grammar.inflect('jeter').finite[0]).toBe('jette');
    expect(grammar.inflect('interpeller').finite[0]).toBe('interpelle');
  });

  it('so reads "révèle" and "répète" as reporting verbs', () => {
    expect(cueSourceClaim('Le Monde révèle que le ministre a menti.', 'fr')).toEqual([
      ['révèle', 'Le Monde', 'le ministre a menti'],
    ]);
    // Near miss: "inquiéter" with no claim in view worries someone, it reports nothing.
    expect(
      cueSourceClaim('Des formulations larges qui inquiètent les opposants au texte.', 'fr'),
    ).toEqual([]);
  });
});
