import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../../helpers';

describe('evidence without a person', () => {
  it('reads documents, studies, polls and records as document sources', () => {
    const text =
      'Court documents show the firm paid no tax. A study found that fares deter riders. ' +
      'The latest poll shows the mayor ahead. Records reviewed by the Valley Gazette indicate two audits were skipped. ' +
      'Data from the transit agency suggest ridership fell.';
    expect(read(text).map(seen)).toEqual([
      ['show', 'Court documents', 'Court documents', 'document'],
      ['found', 'A study', 'A study', 'document'],
      ['shows', 'The latest poll', 'The latest poll', 'document'],
      ['indicate', 'Records reviewed by the Valley Gazette', 'Valley Gazette', 'document'],
      ['suggest', 'Data from the transit agency', 'Data from the transit agency', 'document'],
    ]);
  });

  it('names the outlet a document came through', () => {
    const found = read(
      'The plant leaked for months, according to emails obtained by the Valley Gazette.',
    );
    const a = byCue(found, 'according to');
    expect([a.kind, a.name, a.via]).toEqual(['document', 'Valley Gazette', 'Valley Gazette']);
  });

  it('does not read "found" or "show" without a finding', () => {
    expect(
      read(
        'Police found the car. He found himself alone. The show starts at nine. They will show up.',
      ),
    ).toEqual([]);
  });

  it('reads documents as the finder though an outlet obtained them: "by the Post show"', () => {
    const found = read(
      'Documents obtained by the Post show the deal was signed in May. Records reviewed by The Harbour Times show the pier flooded twice.',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.kind])).toEqual([
      ['show', 'Documents obtained by the Post', 'document'],
      ['show', 'Records reviewed by The Harbour Times', 'document'],
    ]);
  });
});
