import { describe, expect, it } from 'vitest';
import { sourcingProfile } from '../../src/popup/profile';
import { groupBySource } from '../../src/popup/source-groups';
import { claim, STORY_CLAIMS } from './claims';

describe('groupBySource', () => {
  it('lists the most-cited source first and the claims with no source last', () => {
    const groups = groupBySource(STORY_CLAIMS);
    expect(groups.map((g) => [g.name, g.kind, g.claims])).toEqual([
      ['Elena Ruiz', 'person', [0, 4]],
      ['Reuters', 'media', [1]],
      ['Analysts', 'unnamed', [2]],
      ['the harbour office', 'organization', [5]],
      ['minutes of the council', 'document', [6]],
      ['Blue Wake Ferries', 'organization', [7]],
      [null, 'none', [3]],
    ]);
  });

  it('treats names that differ only in case as one source', () => {
    const text = 'Reuters said one thing. REUTERS said another.';
    const groups = groupBySource([
      claim(text, { cue: 'said', source: 'Reuters', kind: 'media' }),
      claim(text, { cue: 'said', source: 'REUTERS', kind: 'media', from: 20 }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.name).toBe('Reuters');
  });

  it('keeps a reference the engine could not tie to a name apart from the named source', () => {
    const text = 'He said yes. He said no.';
    const groups = groupBySource([
      claim(text, { cue: 'said', source: 'He', kind: 'person', resolved: false }),
      claim(text, { cue: 'said', source: 'He', kind: 'person', name: 'He', from: 10 }),
    ]);
    expect(groups.map((g) => [g.name, g.resolved])).toEqual([
      ['He', false],
      ['He', true],
    ]);
  });

  it('lists only the claims asked for', () => {
    const groups = groupBySource(STORY_CLAIMS, [0, 3, 4]);
    expect(groups.map((g) => g.claims)).toEqual([[0, 4], [3]]);
  });

  it('falls back to the source as written when the engine gives no name', () => {
    const text = 'People close to the talks said it was over.';
    const [group] = groupBySource([
      claim(text, {
        cue: 'said',
        source: 'People close to the talks',
        name: null,
        kind: 'unnamed',
      }),
    ]);
    expect(group?.name).toBe('People close to the talks');
  });
});

describe('sourcingProfile', () => {
  it('counts claims, sources, named sources and claims with no source', () => {
    const profile = sourcingProfile(STORY_CLAIMS, groupBySource(STORY_CLAIMS));
    expect(profile).toEqual({
      claims: 8,
      sources: 6,
      namedSources: 5,
      unsourced: 1,
      byKind: { person: 2, organization: 2, media: 1, document: 1, unnamed: 1, none: 1 },
    });
  });

  it('is all zeros for a page without claims', () => {
    const profile = sourcingProfile([], []);
    expect(profile.claims + profile.sources + profile.namedSources + profile.unsourced).toBe(0);
  });
});
