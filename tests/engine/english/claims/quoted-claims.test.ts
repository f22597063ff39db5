import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../helpers';

describe('direct quotes', () => {
  it('takes the quoted words as the claim, the attribution after them', () => {
    const found = read('“The harbour will be dredged by spring,” said Port Director Ines Vale.');
    const a = byCue(found, 'said');
    expect(a.content?.text).toBe('“The harbour will be dredged by spring,”');
    expect([a.source?.text, a.name, a.kind]).toEqual([
      'Port Director Ines Vale',
      'Ines Vale',
      'person',
    ]);
  });

  it('joins a quote broken by its attribution', () => {
    const found = read('“We are ready,” she said, “and we have the money.”');
    expect(byCue(found, 'said').content?.text).toBe(
      '“We are ready,” she said, “and we have the money.”',
    );
  });

  it('follows a quote across sentences and paragraphs', () => {
    const text =
      'Vale said: “The work starts in May. It will take a year.\n\n“Then the ships come back.”\n\nThe council meets on Friday.';
    const a = byCue(read(text), 'said:');
    expect(a.content?.text).toBe(
      '“The work starts in May. It will take a year.\n\n“Then the ships come back.”',
    );
  });

  it('keeps the same speaker for a next quote with no cue of its own', () => {
    const text =
      '“We lost the vote,” said Ortiz. “We will try again next year.” The council adjourned.';
    expect(byCue(read(text), 'said').content?.text).toBe(
      '“We lost the vote,” said Ortiz. “We will try again next year.”',
    );
  });

  it('reads a colon before a quote and a speaker’s label', () => {
    const found = read(
      'The warning came from union leader Rosa Diaz: “Nobody goes back until the pay is fixed.”',
    );
    const a = byCue(found, ':');
    expect([a.name, a.content?.text]).toEqual([
      'Rosa Diaz',
      '“Nobody goes back until the pay is fixed.”',
    ]);
    const label = read('DIAZ: We are not moving until the pay is fixed.');
    expect([byCue(label, ':').name, byCue(label, ':').content?.text]).toEqual([
      'DIAZ',
      'We are not moving until the pay is fixed',
    ]);
  });

  it('does not report what a quoted speaker says others said', () => {
    const found = read('“My father said we would never leave,” Diaz said.');
    expect(found.map((a) => a.cue.text)).toEqual(['said']);
    expect(found[0]?.source?.text).toBe('Diaz');
  });

  it('reads straight quotes and doubled apostrophes as quotes', () => {
    const found = read(`"It is done," Vale said. ''It is over,'' Diaz said.`);
    expect(found.map((a) => a.content?.text)).toEqual(['"It is done,"', "''It is over,''"]);
  });
});
