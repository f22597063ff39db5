import { describe, expect, it } from 'vitest';
import { applyDisputes } from '../../../src/cli/eval-pages/disputes';
import { fold, occurrences } from '../../../src/cli/eval-pages/fold';
import { belowFloors } from '../../../src/cli/eval-pages/measures';
import type { PageGold } from '../../../src/cli/eval-pages/page-gold';
import { scorePage } from '../../../src/cli/eval-pages/score';
import { extract } from '../../../src/engine';

const TEXT =
  'The ferry will stop in May, Harbour Minister Ines Vale said on Monday.\n\n' +
  '“We cannot pay for it,” Ms. Vale told reporters. Photo by Kevin Dunmore.\n\n' +
  'Boats are old, according to a report by the Port Authority.';

const gold = (overrides: Partial<PageGold> = {}): PageGold => ({
  page: 'ferry.html',
  lang: 'en',
  article_first: 'The ferry will stop in May',
  article_last: 'Boats are old, according to a report',
  attributions: [
    {
      cue: 'said',
      source: 'Harbour Minister Ines Vale',
      name: 'Ines Vale',
      kind: 'person',
      content_contains: 'the ferry will stop in May',
    },
    {
      cue: 'told reporters',
      source: 'Ms. Vale',
      name: 'Ines Vale',
      kind: 'person',
      content_contains: 'We cannot pay for it',
    },
    {
      cue: 'according to',
      source: 'a report by the Port Authority',
      name: 'Port Authority',
      kind: 'organization',
      content_contains: 'Boats are old',
    },
  ],
  negatives: ['Photo by Kevin Dunmore'],
  ...overrides,
});

describe('page gold measures', () => {
  it('folds case, accents and curly quotes, and finds phrases whatever the spacing', () => {
    expect(fold('  “Élan”  Vital ')).toBe('"elan" vital');
    expect(occurrences('a  Ferry\nstops', 'ferry stops')).toEqual([{ start: 3, end: 14 }]);
  });

  it('counts matches, names and kinds, and names the measure each entry failed', () => {
    const score = scorePage(TEXT, extract(TEXT), gold());
    expect(score.articleFound).toBe(true);
    expect(score.counts).toMatchObject({ required: 3, requiredMatched: 3, negatives: 0 });
    // The engine calls the report a document, the gold an organisation: one kind wrong, named.
    const wrong = score.entries.filter((e) => e.wrong.length > 0);
    expect(wrong.map((e) => [e.gold.cue, e.wrong])).toEqual([['according to', ['kind']]]);
    expect(score.counts.kindCorrect).toBe(2);
  });

  it('reports a missing story, a missed entry and a negative that was reported', () => {
    const score = scorePage(
      TEXT,
      extract(TEXT),
      gold({
        article_last: 'a paragraph the page never had',
        attributions: [
          {
            cue: 'warned',
            source: null,
            name: null,
            kind: 'none',
            content_contains: 'the sea rises',
          },
        ],
        negatives: ['Ms. Vale told reporters'],
      }),
    );
    expect(score.articleFound).toBe(false);
    expect(score.entries[0]?.found).toBeNull();
    expect(score.negativeHits.map((h) => h.found.cue.text)).toEqual(['told']);
    expect(belowFloors(score.counts)).toEqual(
      expect.arrayContaining(['1 negatives reported (must be 0)', 'article found on 0 of 1 pages']),
    );
  });

  it('applies a dispute by name and refuses one that matches no gold entry', () => {
    const disputed = applyDisputes(gold(), [
      {
        page: 'ferry.html',
        cue: 'according to',
        content_contains: 'Boats are old',
        kind: 'document',
        reason: 'a report is a document',
      },
    ]);
    expect(disputed.attributions[2]?.kind).toBe('document');
    expect(() =>
      applyDisputes(gold(), [
        { page: 'ferry.html', cue: 'said', content_contains: 'nothing like it', reason: 'stale' },
      ]),
    ).toThrow(/matches no gold entry/);
  });
});
