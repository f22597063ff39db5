import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('a line of dialogue that no dash closes', () => {
  it('ends its speech at the comma before its tag, in French and Spanish', () => {
    expect(
      cueSourceClaim(
        '— Nous ne céderons pas, a dit le ministre. L’inflation baissera cette année.',
        'fr',
      ),
    ).toEqual([['a dit', 'le ministre', 'Nous ne céderons pas']]);
    expect(cueSourceClaim('— C’est fini, dit-elle en souriant.', 'fr')).toEqual([
      ['dit-elle', 'elle', 'C’est fini'],
    ]);
    expect(cueSourceClaim('—Ya veremos, dijo el alcalde.', 'es')).toEqual([
      ['dijo', 'el alcalde', 'Ya veremos'],
    ]);
  });

  it('still reads no cue inside the speech', () => {
    // Near miss: "a dit" inside what is said, with no comma before it, is no tag.
    expect(cueSourceClaim('— Il m’a dit que tout allait bien.', 'fr')).toEqual([]);
  });
});
