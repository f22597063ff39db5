import { describe, expect, it } from 'vitest';
import { cueSourceClaim, shownIn } from '../helpers';

describe('a view put to someone whose party stands in brackets', () => {
  it('is read, the bracket with the name, in Portuguese, Spanish and French', () => {
    expect(
      shownIn(
        'pt',
        'Para o senador Rogério Marinho (PL-RN), o governo perdeu o controle dos gastos.',
        'Para',
      ),
    ).toEqual(['Para', 'o senador Rogério Marinho (PL-RN)', 'Rogério Marinho', 'person']);
    expect(
      shownIn('fr', 'Pour le député Éric Coquerel (LFI), le budget est insincère.', 'Pour'),
    ).toEqual(['Pour', 'le député Éric Coquerel (LFI)', 'Éric Coquerel', 'person']);
  });

  it('still needs the comma that closes the view', () => {
    // Near miss: "para" of purpose, no comma after its phrase.
    const text = 'Para el senador Martín Lousteau (UCR) el Gobierno pidió un informe.';
    expect(cueSourceClaim(text, 'es')).toEqual([]);
  });
});
