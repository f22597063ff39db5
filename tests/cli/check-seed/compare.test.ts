import { describe, expect, it } from 'vitest';
import { compareWithGold } from '../../../src/cli/check-seed/compare';
import type { Gold, GoldAttribution } from '../../../src/cli/check-seed/gold';
import type { Attribution, SourceKind } from '../../../src/engine';

const TEXT =
  'Mayor Elena Ruiz said the ferry will run. The vote was postponed, according to the Coastal Gazette. (Photo: Harbour Archive)';

function found(
  cue: string,
  source: string | null,
  name: string | null,
  kind: SourceKind,
  claim: string | null,
): Attribution {
  const span = (text: string, from = 0) => {
    const start = TEXT.indexOf(text, from);
    return { start, end: start + text.length, text };
  };
  const sourceSpan = source ? span(source) : null;
  return {
    cue: span(cue, sourceSpan?.start ?? 0),
    source: sourceSpan,
    content: claim ? span(claim) : null,
    kind,
    mode: 'report',
    name,
    resolved: true,
    via: null,
    citedBy: null,
  };
}

const RUIZ: GoldAttribution = {
  cue: 'said',
  source: 'Mayor Elena Ruiz',
  name: 'Elena Ruiz',
  kind: 'person',
  content_contains: 'ferry will run',
};
const GAZETTE: GoldAttribution = {
  cue: 'according to',
  source: 'the Coastal Gazette',
  name: 'Coastal Gazette',
  kind: 'media',
  content_contains: 'vote was postponed',
};
const gold = (attributions: GoldAttribution[], negatives: string[] = []): Gold => ({
  page: 'p.html',
  attributions,
  negatives,
});

const ruizSaid = found('said', 'Mayor Elena Ruiz', 'Elena Ruiz', 'person', 'the ferry will run');
const gazette = found(
  'according to',
  'the Coastal Gazette',
  'Coastal Gazette',
  'media',
  'The vote was postponed',
);

describe('compareWithGold', () => {
  it('passes when every required attribution is found with its cue, source, name, kind and claim', () => {
    const comparison = compareWithGold(TEXT, [ruizSaid, gazette], gold([RUIZ, GAZETTE]));
    expect(comparison.results.map((r) => r.verdict)).toEqual(['found', 'found']);
    expect(comparison.passed).toBe(true);
  });

  it('fails on a wrong kind and says how the closest attribution differs', () => {
    const wrongKind = { ...gazette, kind: 'organization' as const };
    const comparison = compareWithGold(TEXT, [ruizSaid, wrongKind], gold([RUIZ, GAZETTE]));
    expect(comparison.passed).toBe(false);
    expect(comparison.results[1]).toMatchObject({
      verdict: 'missed',
      attribution: wrongKind,
      misses: ['kind is organization, not media'],
    });
  });

  it('names a cue that nothing was found for', () => {
    const comparison = compareWithGold(TEXT, [ruizSaid], gold([RUIZ, GAZETTE]));
    expect(comparison.results[1]?.misses).toEqual(['no attribution has the cue "according to"']);
  });

  it('matches quotes and spacing loosely but the claim’s words exactly', () => {
    const curly = { ...RUIZ, content_contains: 'the  ferry will\nrun' };
    expect(compareWithGold(TEXT, [ruizSaid], gold([curly])).passed).toBe(true);
    const other = { ...RUIZ, content_contains: 'the ferry will not run' };
    expect(compareWithGold(TEXT, [ruizSaid], gold([other])).results[0]?.misses).toEqual([
      'claim "the ferry will run" does not contain "the ferry will not run"',
    ]);
  });

  it('credits an optional attribution when found and does not fail when it is absent', () => {
    const optional = { ...GAZETTE, optional: true };
    expect(
      compareWithGold(TEXT, [ruizSaid, gazette], gold([RUIZ, optional])).results[1]?.verdict,
    ).toBe('credited');
    const absent = compareWithGold(TEXT, [ruizSaid], gold([RUIZ, optional]));
    expect(absent.results[1]?.verdict).toBe('absent');
    expect(absent.passed).toBe(true);
  });

  it('lets a required attribution have a match before an optional one listed earlier can take it', () => {
    const greedy = { ...RUIZ, source: null, optional: true };
    const comparison = compareWithGold(TEXT, [ruizSaid], gold([greedy, RUIZ]));
    expect(comparison.results.map((r) => r.verdict)).toEqual(['absent', 'found']);
  });

  it('fails when a negative phrase is inside a reported source or claim', () => {
    const caption = found(
      'according to',
      'the Coastal Gazette',
      'Coastal Gazette',
      'media',
      'Gazette. (Photo: Harbour Archive)',
    );
    const comparison = compareWithGold(
      TEXT,
      [ruizSaid, caption],
      gold([RUIZ], ['(Photo: Harbour Archive)', 'not on the page']),
    );
    expect(comparison.passed).toBe(false);
    expect(comparison.negatives).toEqual([
      {
        phrase: '(Photo: Harbour Archive)',
        inText: true,
        reportedIn: [`the claim of "according to" at ${caption.cue.start}`],
      },
      { phrase: 'not on the page', inText: false, reportedIn: [] },
    ]);
  });
});
