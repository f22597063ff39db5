import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../helpers';

describe('a source named before its cue', () => {
  it('reads "said she ..." after a described speaker as her claim, with the speaker before', () => {
    const found = read(
      'Ana Ortiz, a ferry captain from Leith, said she had never seen the harbour so empty.',
    );
    const a = byCue(found, 'said');
    expect(a.source?.text).toBe('Ana Ortiz, a ferry captain from Leith');
    expect(a.content?.text).toBe('she had never seen the harbour so empty');
  });

  it('reads a noun phrase after "said" as the claim when a described speaker opens the sentence', () => {
    const found = read(
      'Gov. Ana Ortiz of Fife, a Labour member who opposed the plan, said the ferry deserved better.',
    );
    const a = byCue(found, 'said');
    expect(a.source?.text).toBe('Gov. Ana Ortiz of Fife, a Labour member who opposed the plan');
    expect(a.content?.text).toBe('the ferry deserved better');
    const inverted = byCue(read('The ferry is late, said the harbour master.'), 'said');
    expect(inverted.source?.text).toBe('the harbour master');
  });

  it('keeps the name ahead of an age and a description', () => {
    const found = read('Tom Reyes, 58, a retired welder, said the yard should reopen.');
    expect(byCue(found, 'said').source?.text).toBe('Tom Reyes, 58, a retired welder');
  });

  it('keeps a time that belongs to the speaker’s description, and drops one that dates the saying', () => {
    const described = read(
      'The pier will reopen, said Tom Reyes, who ran the harbour board for 40 years.',
    );
    expect(byCue(described, 'said').source?.text).toBe(
      'Tom Reyes, who ran the harbour board for 40 years',
    );
    const dated = read('The pier will reopen, said Tom Reyes on Tuesday.');
    expect(byCue(dated, 'said').source?.text).toBe('Tom Reyes');
  });

  it('keeps both of two coordinated speakers, and only the second clause’s subject', () => {
    const both = read('Reyes and his lawyers have said the pier must reopen.');
    expect(byCue(both, 'have said').source?.text).toBe('Reyes and his lawyers');
    const officials = read('Current and former officials said the pier must reopen.');
    expect(byCue(officials, 'said').source?.text).toBe('Current and former officials');
    const clauses = read('The ferry stopped and the harbour master said the pier must reopen.');
    expect(byCue(clauses, 'said').source?.text).toBe('the harbour master');
  });

  it('still reads an inverted pronoun after a quote as the speaker', () => {
    const found = read('“We are ready,” said she.');
    expect(byCue(found, 'said').source?.text).toBe('she');
  });

  it('splits a contracted subject between the source and the cue’s auxiliary', () => {
    const a = byCue(read('She’s predicting that the pier will reopen.'), '’s predicting');
    expect(a.source?.text).toBe('She');
  });

  it('ends the subject of "…, saying" at an irregular past: "The central bank kept rates …"', () => {
    const shown = (text: string) => {
      const a = byCue(read(text), 'saying');
      return [a.source?.text, a.content?.text];
    };
    expect(
      shown(
        'The Bank of England kept interest rates on hold at 5.25%, saying inflation remained too high.',
      ),
    ).toEqual(['The Bank of England', 'inflation remained too high']);
    expect(
      shown('The central bank kept rates at 5.25%, saying inflation remained too high.'),
    ).toEqual(['The central bank', 'inflation remained too high']);
    expect(
      shown('The Florida senator sought to calm the crowd, saying the rally was safe.'),
    ).toEqual(['The Florida senator', 'the rally was safe']);
  });
});
