import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../../helpers';

describe('questions put to a speaker', () => {
  it('ends the question of an opening "Asked about …," at its comma', () => {
    expect(cueSourceClaim('Asked about the report, she said it was false.')).toEqual([
      ['Asked about', null, 'the report'],
      ['said', 'she', 'it was false'],
    ]);
    expect(
      cueSourceClaim('Asked about the delay on Monday, the minister blamed the weather.'),
    ).toEqual([['Asked about', null, 'the delay on Monday']]);
  });

  it('gives "when asked" no source, and no claim when a comma follows it', () => {
    expect(cueSourceClaim('"I don\'t know," she said when asked about the report.')).toEqual([
      ['said', 'she', '"I don\'t know,"'],
      ['asked about', null, 'the report'],
    ]);
    expect(cueSourceClaim('When asked, she said no.')).toEqual([
      ['asked', null, null],
      ['said', 'she', 'no'],
    ]);
  });

  it('still reads who asked, and a subject after "after"', () => {
    expect(cueSourceClaim('Reporters asked whether the deal was dead.')).toEqual([
      ['asked', 'Reporters', 'whether the deal was dead'],
    ]);
    expect(
      cueSourceClaim('The deal collapsed after officials said the price was too high.'),
    ).toEqual([['said', 'officials', 'the price was too high']]);
  });
});
