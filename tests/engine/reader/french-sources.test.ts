import { describe, expect, it } from 'vitest';
import { cueSourceClaim, read, readOne, shownIn } from '../helpers';

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

describe('whence a tag of learning learned it', () => {
  it('rests the claim on the source the tag names, in one attribution', () => {
    const text = 'Le suspect a été interpellé mardi, a-t-on appris de source policière.';
    expect(cueSourceClaim(text, 'fr')).toEqual([
      ['a-t-on appris', 'source policière', 'Le suspect a été interpellé mardi'],
    ]);
    expect(
      cueSourceClaim(
        'Le suspect a été interpellé, a appris l’AFP auprès du parquet.',
        'fr',
      )[0]?.[1],
    ).toBe('parquet');
    expect(
      cueSourceClaim(
        'O ministro vai deixar o cargo, apurou a Folha com fontes do Planalto.',
        'pt',
      )[0]?.[1],
    ).toBe('fontes do Planalto');
    // Near miss: a tag of learning with nothing after it rests on the outlet that learned it.
    expect(cueSourceClaim('Le suspect a été interpellé, a appris Le Parisien.', 'fr')[0]?.[1]).toBe(
      'Le Parisien',
    );
  });
});

describe('whence a tag learned it, after when', () => {
  it('is the tag’s source', () => {
    const fr =
      'Le parquet national financier a ouvert une enquête, a-t-on appris lundi de source judiciaire.';
    expect(read(fr, { language: 'fr' }).map((a) => [a.cue.text, a.source?.text])).toEqual([
      ['a-t-on appris', 'source judiciaire'],
    ]);
  });
});
