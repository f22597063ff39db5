import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../src/engine/types';
import { foldForSearch, matchingClaims, searchableText } from '../../src/popup/claim-filter';
import { claim, STORY_CLAIMS } from './claims';

const everyKind = new Set(SOURCE_KINDS);
const searchable = searchableText(STORY_CLAIMS);

describe('matchingClaims', () => {
  it('keeps every claim when nothing is filtered', () => {
    expect(
      matchingClaims(STORY_CLAIMS, searchable, { kinds: everyKind, query: '  ' }),
    ).toHaveLength(STORY_CLAIMS.length);
  });

  it('keeps only the kinds that are shown', () => {
    const kinds = new Set(['none', 'unnamed'] as const);
    expect(matchingClaims(STORY_CLAIMS, searchable, { kinds, query: '' })).toEqual([2, 3]);
  });

  it('finds a source by name and a claim by its words, in any case', () => {
    expect(matchingClaims(STORY_CLAIMS, searchable, { kinds: everyKind, query: 'RUIZ' })).toEqual([
      0, 4,
    ]);
    expect(
      matchingClaims(STORY_CLAIMS, searchable, { kinds: everyKind, query: 'subsidy' }),
    ).toEqual([1]);
  });

  it('needs every word of the query, wherever it is in the claim', () => {
    expect(
      matchingClaims(STORY_CLAIMS, searchable, { kinds: everyKind, query: 'vote interfax' }),
    ).toEqual([5]);
    expect(
      matchingClaims(STORY_CLAIMS, searchable, { kinds: everyKind, query: 'vote reuters' }),
    ).toEqual([]);
  });

  it('ignores accents, so a reader typing without them still finds the name', () => {
    const text = 'Nicolás Maduro said the talks went well.';
    const claims = [claim(text, { cue: 'said', source: 'Nicolás Maduro', kind: 'person' })];
    expect(
      matchingClaims(claims, searchableText(claims), { kinds: everyKind, query: 'nicolas' }),
    ).toEqual([0]);
    expect(foldForSearch('Émigré')).toBe('emigre');
  });
});
