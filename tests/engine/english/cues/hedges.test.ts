import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../helpers';

describe('hedges with no source', () => {
  it('flags reportedly, allegedly and purportedly with kind none', () => {
    const found = read(
      'The minister reportedly resigned. The driver allegedly fled. The letter was purportedly signed by him.',
    );
    expect(found.map((a) => [a.cue.text, a.kind, a.name, a.source])).toEqual([
      ['reportedly', 'none', null, null],
      ['allegedly', 'none', null, null],
      ['purportedly', 'none', null, null],
    ]);
    expect(found[0]?.content?.text).toBe('The minister reportedly resigned');
  });

  it('keeps a hedge before a reporting verb as its own cue, and the verb its own source', () => {
    const found = read('Mayor Elena Ruiz reportedly said the ferry would stop.');
    expect(found.map((a) => [a.cue.text, a.kind, a.source?.text ?? null])).toEqual([
      ['reportedly', 'none', null],
      ['said', 'person', 'Mayor Elena Ruiz'],
    ]);
  });

  it('flags impersonal reports: "it was reported that", "it is believed"', () => {
    const found = read(
      'It was reported that the mine would close. The ship, it is believed, sank in 1911.',
    );
    const reported = byCue(found, 'It was reported');
    expect([reported.kind, reported.content?.text]).toEqual(['none', 'that the mine would close']);
    expect(byCue(found, 'it is believed').kind).toBe('none');
  });

  it('flags "is said to", "is understood to" and "is thought to"', () => {
    const found = read(
      'The envoy is said to favour a deal. The bank is understood to be weighing a sale. ' +
        'The company is thought to have lost millions. I thought to myself that it was over.',
    );
    expect(found.map((a) => [a.cue.text, a.kind])).toEqual([
      ['is said to', 'none'],
      ['is understood to', 'none'],
      ['is thought to', 'none'],
    ]);
    expect(found[1]?.content?.text).toBe('The bank is understood to be weighing a sale');
  });
});
