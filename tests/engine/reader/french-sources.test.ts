import { describe, expect, it } from 'vitest';
import { readOne, shownIn } from '../helpers';

describe('French sources after "de source" and "auprès de"', () => {
  it('reads "de source policière" as an unnamed source, not its adjective as the claim', () => {
    expect(
      shownIn('fr', 'De source policière, trois personnes ont été interpellées.', 'De'),
    ).toEqual(['De', 'source policière', 'source policière', 'unnamed']);
    expect(
      readOne('fr', 'De source policière, trois personnes ont été interpellées.', 'De').claim,
    ).toBe('trois personnes ont été interpellées');
    // Near miss: a named source after "de source" is read as before.
    expect(
      shownIn(
        'fr',
        'Selon une source policière, trois personnes ont été interpellées.',
        'Selon',
      )[1],
    ).toBe('une source policière');
  });

  it('reads the speaker after a tag whose audience is "auprès de" a medium', () => {
    expect(
      shownIn(
        'fr',
        '« C’est un scandale », a réagi auprès de l’AFP le député Éric Coquerel.',
        'a réagi',
      ),
    ).toEqual(['a réagi', 'le député Éric Coquerel', 'Éric Coquerel', 'person']);
  });
});
