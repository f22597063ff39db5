import { describe, expect, it } from 'vitest';
import { groupBySource } from '../../../src/cli/scan/group-by-source';
import { formatTable, truncate } from '../../../src/cli/scan/table';
import type { Attribution, SourceKind } from '../../../src/engine';

let nextStart = 0;
function claim(
  cue: string,
  name: string | null,
  kind: SourceKind,
  content: string | null,
  resolved = true,
): Attribution {
  nextStart += 100;
  const start = nextStart;
  return {
    cue: { start, end: start + cue.length, text: cue },
    source: name ? { start: start - 20, end: start - 1, text: name } : null,
    content: content
      ? { start: start + 10, end: start + 10 + content.length, text: content }
      : null,
    kind,
    mode: 'report',
    name,
    resolved,
    via: null,
    citedBy: null,
  };
}

describe('groupBySource', () => {
  it('puts the most-cited source first, ties in order of appearance, unsourced claims last', () => {
    const groups = groupBySource([
      claim('reportedly', null, 'none', 'the plan failed'),
      claim('said', 'Elena Ruiz', 'person', 'the vote is off'),
      claim('according to', 'Reuters', 'media', 'costs doubled'),
      claim('wrote', 'Reuters', 'media', 'the port is closed'),
      claim('say', 'Analysts', 'unnamed', 'it will pass'),
    ]);
    expect(groups.map((g) => [g.name, g.attributions.length])).toEqual([
      ['Reuters', 2],
      ['Elena Ruiz', 1],
      ['Analysts', 1],
      [null, 1],
    ]);
  });

  it('keeps a name the engine could not resolve apart from the same name resolved', () => {
    const groups = groupBySource([
      claim('said', 'He', 'person', 'x', false),
      claim('said', 'He', 'person', 'y', true),
    ]);
    expect(groups.map((g) => g.resolved)).toEqual([false, true]);
  });

  it('lists every kind a source was given, the most frequent first', () => {
    const [post] = groupBySource([
      claim('according to', 'The Post', 'document', 'a'),
      claim('wrote', 'The Post', 'media', 'b'),
      claim('said', 'The Post', 'media', 'c'),
    ]);
    expect(post?.kinds).toEqual(['media', 'document']);
  });
});

describe('formatTable', () => {
  it('shows each source with its kind and count, then each claim beside its cue', () => {
    const table = formatTable('story.txt', [
      claim('said', 'Elena Ruiz', 'person', 'the vote is off'),
      claim('reportedly', null, 'none', 'the plan   failed'),
      claim('said', 'He', 'person', null, false),
    ]);
    expect(table).toBe(
      [
        'story.txt: 3 claims, 2 sources',
        '',
        '  Elena Ruiz · person · 1 claim',
        '    said        “the vote is off”',
        '',
        '  He (not tied to a name) · person · 1 claim',
        '    said        (no claim text)',
        '',
        '  No source · 1 claim',
        '    reportedly  “the plan failed”',
        '',
      ].join('\n'),
    );
  });

  it('says so when a text has no attributions', () => {
    expect(formatTable('quiet.txt', [])).toBe(
      'quiet.txt: 0 claims, 0 sources\n  no attributions found\n',
    );
  });
  it('lays out more claims than a function call takes arguments', () => {
    const many = Array.from({ length: 200_000 }, () => claim('said', 'Ruiz', 'person', 'so'));
    const table = formatTable('corpus.txt', many);
    expect(table).toMatch(/^corpus\.txt: 200000 claims, 1 source\n/);
    expect(table).toContain('\n    said  “so”\n');
  });
});

describe('truncate', () => {
  it('cuts a long claim at a word and marks the cut', () => {
    expect(truncate('the council needed more time to read the report', 24)).toBe(
      'the council needed more…',
    );
    expect(truncate('short', 24)).toBe('short');
  });
});
