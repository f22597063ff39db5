import { describe, expect, it } from 'vitest';
import { findCues } from '../../../../src/engine/english/cues/find-cues';
import type { Draft } from '../../../../src/engine/english/draft';
import { findDrafts } from '../../../../src/engine/english/read';
import { clauseSource } from '../../../../src/engine/english/sources/clause-source';
import { findSource, Side } from '../../../../src/engine/english/sources/find-source';
import { parse, words } from '../stages';

/** Each cue's words, the side its source stands on, and the source's words. */
function sourcesOf(sentence: string): [string | null, string, string | null][] {
  const text = parse(sentence);
  return findCues(text).map((cue) => {
    const source = findSource(text, cue);
    return [words(text, cue), Side[source.side], words(text, source.range)];
  });
}

describe('the source stage, on its own', () => {
  it('takes the subject before a verb, with the description set off by commas', () => {
    expect(sourcesOf('Tom Reyes, 58, a retired welder, said the yard should reopen.')).toEqual([
      ['said', 'Before', 'Tom Reyes, 58, a retired welder'],
    ]);
  });

  it('leaves a relative clause that describes the subject out of it, as PolNeAR draws sources', () => {
    expect(sourcesOf('Ines Vale, who chairs the board, said the vote was fair.')).toEqual([
      ['said', 'Before', 'Ines Vale'],
    ]);
  });

  it('takes the speaker after an inverted tag and after "according to"', () => {
    expect(sourcesOf('“We are ready,” said the harbour master.')).toEqual([
      ['said', 'After', 'the harbour master'],
    ]);
    expect(sourcesOf('According to the ministry, fares will rise.')).toEqual([
      ['According to', 'After', 'the ministry'],
    ]);
  });

  it('keeps the time of a poll "released Monday" in its source, and drops a bare time', () => {
    expect(
      sourcesOf('According to a Harbor Tribune poll released Monday, fares will rise.'),
    ).toEqual([['According to', 'After', 'a Harbor Tribune poll released Monday']]);
    expect(sourcesOf('According to the ministry on Monday, fares will rise.')).toEqual([
      ['According to', 'After', 'the ministry'],
    ]);
  });

  it('gives a hedge no source at all', () => {
    expect(sourcesOf('The plan reportedly stalled.')).toEqual([['reportedly', 'None', null]]);
  });

  it('leaves a participle\'s source to its clause: "..., saying" speaks for the verb before', () => {
    const sentence =
      'Tom Reyes, a retired welder, told reporters the yard should reopen, saying it had work for years.';
    const text = parse(sentence);
    const [told, saying] = findCues(text);
    if (!told || !saying) throw new Error('two cues expected');
    expect(findSource(text, saying)).toEqual({ side: Side.Clause, range: null });
    const earlier: Draft[] = [{ cue: told, source: findSource(text, told), content: null }];
    expect(words(text, clauseSource(text, saying, earlier))).toBe('Tom Reyes, a retired welder');
  });

  it("fills in the participle's source when the drafts are made", () => {
    const text = parse('The union, saying the talks had failed, called a strike.');
    const drafts = findDrafts(text);
    expect(drafts.map((d) => [words(text, d.cue), words(text, d.source.range)])).toEqual([
      ['saying', 'The union'],
    ]);
  });
});
