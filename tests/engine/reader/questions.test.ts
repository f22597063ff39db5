import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a question about what someone said', () => {
  it('attributes no claim, in Spanish, French and Portuguese', () => {
    expect(cueSourceClaim('¿Qué dijo el ministro sobre la inflación?', 'es')).toEqual([]);
    expect(cueSourceClaim('Qu’a dit le ministre ?', 'fr')).toEqual([]);
    expect(cueSourceClaim('Le ministre a-t-il dit la vérité ?', 'fr')).toEqual([]);
    expect(cueSourceClaim('O ministro disse a verdade?', 'pt')).toEqual([]);
  });

  it('still reports what a question says was said, and a question put by its tag', () => {
    // Near misses: a "que" opens what was said; a tag after the question reports the question.
    expect(cueSourceClaim('Por que o ministro disse que a inflação vai cair?', 'pt')).toEqual([
      ['disse', 'o ministro', 'a inflação vai cair'],
    ]);
    expect(cueSourceClaim('«¿Quién va a pagar esto?», preguntó la diputada.', 'es')).toEqual([
      ['preguntó', 'la diputada', 'Quién va a pagar esto'],
    ]);
  });

  it('keeps a report whose quote, not the sentence, asks', () => {
    expect(
      cueSourceClaim('El ministro dijo: «¿Quién puede creer que la inflación baje?»', 'es'),
    ).toEqual([['dijo', 'El ministro', 'Quién puede creer que la inflación baje']]);
  });
});
