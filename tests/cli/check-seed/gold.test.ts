import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../src/cli/check-seed/gold';

const entry = {
  cue: 'said',
  source: 'Analysts',
  name: 'Analysts',
  kind: 'unnamed',
  content_contains: null,
};

describe('parseGold', () => {
  it('accepts gold shaped like the seed’s', () => {
    const gold = {
      page: 'p.html',
      attributions: [entry, { ...entry, optional: true }],
      negatives: ['x'],
    };
    expect(parseGold(gold)).toEqual(gold);
  });

  it('says which field of which attribution is wrong', () => {
    expect(() => parseGold({ page: 'p.html', negatives: [] })).toThrow(
      'gold: "attributions" must be a list',
    );
    expect(() =>
      parseGold({
        page: 'p.html',
        attributions: [entry, { ...entry, kind: 'rumour' }],
        negatives: [],
      }),
    ).toThrow(
      'gold: attribution 2: "kind" must be one of person, organization, media, document, unnamed, none',
    );
    expect(() =>
      parseGold({ page: 'p.html', attributions: [{ ...entry, name: 3 }], negatives: [] }),
    ).toThrow('gold: attribution 1: "name" must be text or null');
  });
});
