import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('an "according to" set inside what someone said', () => {
  it('claims what follows it, not the report it sits in', () => {
    expect(
      cueSourceClaim('El ministro aseguró que, según el INDEC, la inflación bajó.', 'es'),
    ).toEqual([
      ['aseguró', 'El ministro', 'según el INDEC, la inflación bajó'],
      ['según', 'el INDEC', 'la inflación bajó'],
    ]);
    expect(
      cueSourceClaim('Le ministre a affirmé que, selon l’Insee, le chômage avait baissé.', 'fr'),
    ).toEqual([
      ['a affirmé', 'Le ministre', 'selon l’Insee, le chômage avait baissé'],
      ['selon', 'l’Insee', 'le chômage avait baissé'],
    ]);
  });

  it('still claims the longer side of a phrase in a sentence of its own', () => {
    // Near miss: no "que" before the phrase, the sentence before it is what was said.
    expect(
      cueSourceClaim('La inflación bajó por tercer mes consecutivo, según el INDEC.', 'es'),
    ).toEqual([['según', 'el INDEC', 'La inflación bajó por tercer mes consecutivo']]);
  });
});
