import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../../helpers';

describe('cue phrases', () => {
  it('reads "according to X" after or before its claim', () => {
    const found = read(
      'The pier will be rebuilt, according to the Coastal Herald. According to port officials, the cost is unknown.',
    );
    expect(found.map((a) => [...seen(a), a.content?.text])).toEqual([
      ['according to', 'the Coastal Herald', 'Coastal Herald', 'media', 'The pier will be rebuilt'],
      ['According to', 'port officials', 'port officials', 'unnamed', 'the cost is unknown'],
    ]);
  });

  it('reads "per X" as a source, but not a rate', () => {
    const found = read(
      'Fares will rise, per Reuters. Tickets cost $4 per ride and 30 per cent more at night.',
    );
    expect(found.map(seen)).toEqual([['per', 'Reuters', 'Reuters', 'media']]);
  });

  it('reads "as reported by X" and "quoted by X"', () => {
    const found = read('The mine will close in June, as reported by the Valley Gazette.');
    expect(seen(byCue(found, 'as reported by'))).toEqual([
      'as reported by',
      'the Valley Gazette',
      'Valley Gazette',
      'media',
    ]);
    const quoted = read('The strike is over, the union leader said, quoted by Reuters.');
    expect(seen(byCue(quoted, 'quoted by'))).toEqual(['quoted by', 'Reuters', 'Reuters', 'media']);
  });

  it('reads "citing X" as a second attribution, cited by the first source', () => {
    const found = read(
      'The dam is safe, according to the Delta Times, citing the regional water authority.',
    );
    const citing = byCue(found, 'citing');
    expect(seen(citing)).toEqual([
      'citing',
      'the regional water authority',
      'the regional water authority',
      'organization',
    ]);
    expect(citing.citedBy).toBe('Delta Times');
  });

  it('reads "said in an interview with X": the claim after it, the outlet as the way it came', () => {
    const found = read(
      'Ortiz said in an interview with the Harbor Gazette that the ferry would run.',
    );
    const a = byCue(found, 'said in an interview');
    expect([a.source?.text, a.content?.text, a.via]).toEqual([
      'Ortiz',
      'that the ferry would run',
      'Harbor Gazette',
    ]);
  });

  it('keeps an opening phrase out of the claim: "In an interview with X, Y said ..."', () => {
    const found = read('In an interview with Channel 4, Reyes said the bridge was safe.');
    expect([byCue(found, 'said').source?.text, byCue(found, 'said').content?.text]).toEqual([
      'Reyes',
      'the bridge was safe',
    ]);
  });

  it('reads "X\'s report" and a statement as sources', () => {
    const found = read(
      'The Gazette’s report said the port lost money. In a statement, the company said it would appeal.',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.kind])).toEqual([
      ['said', 'The Gazette’s report', 'document'],
      ['said', 'the company', 'organization'],
    ]);
  });

  it('gives a document the participle aside after it: "According to the complaint, filed Tuesday …,"', () => {
    const a = byCue(
      read(
        'According to the complaint, filed Tuesday in federal court in Manhattan, the firm misled investors.',
      ),
      'According to',
    );
    expect([a.source?.text, a.kind, a.content?.text]).toEqual([
      'the complaint, filed Tuesday in federal court in Manhattan',
      'document',
      'the firm misled investors',
    ]);
    // Near miss: only a document takes the aside.
    const police = byCue(
      read('According to police, called to the scene at 3 a.m., the man was armed.'),
      'According to',
    );
    expect(police.source?.text).toBe('police');
  });
});
