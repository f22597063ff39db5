import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine';

describe('extract', () => {
  it('finds a named speaker, a hedge and an "according to" with offsets into the text', () => {
    const text =
      'The vote was postponed, according to the Coastal Gazette. Mayor Elena Ruiz said the council needed time. The operator reportedly asked for more.';
    const found = extract(text);
    for (const attribution of found) {
      expect(text.slice(attribution.cue.start, attribution.cue.end)).toBe(attribution.cue.text);
    }
    expect(found.map((a) => [a.cue.text, a.name, a.kind])).toEqual([
      ['according to', 'Coastal Gazette', 'media'],
      ['said', 'Elena Ruiz', 'person'],
      ['reportedly', null, 'none'],
    ]);
  });

  it('reports nothing in a text without attributions', () => {
    expect(extract('The ferry leaves at noon. It is usually on time.')).toEqual([]);
  });
});
