import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

describe("the reader's own cue phrases", () => {
  it('finds each phrase case-insensitively on word boundaries, with a source when the structure gives one', () => {
    const text =
      'Harbour insiders whispered that the sale was done. Sources Close To the mayor deny it. Whisperedly not.';
    const found = read(text, { extraCues: ['whispered', 'sources close to'] });
    expect(found.map((a) => [a.cue.text, a.source?.text ?? null, a.kind])).toEqual([
      ['whispered', 'Harbour insiders', 'unnamed'],
      ['Sources Close To', null, 'none'],
      ['deny', 'Sources Close To the mayor', 'unnamed'],
    ]);
    expect(found[0]?.content?.text).toBe('that the sale was done');
  });

  it('never throws on phrases that are not phrases', () => {
    const odd = [
      '',
      '   ',
      '\n\n',
      'a'.repeat(10_000),
      42,
      null,
      {},
      ['said'],
      '“',
      '\uD800',
    ] as unknown as string[];
    expect(() => read('The mayor said no. “Fine,” he said.', { extraCues: odd })).not.toThrow();
    expect(() =>
      read('The mayor said no.', { extraCues: 'said' as unknown as string[] }),
    ).not.toThrow();
  });
});
