import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

const who = (text: string) => read(text, { language: 'en' }).map((a) => [a.name, a.kind]);

describe('bodies the lexicon does not list', () => {
  it('reads a name after "the" as a body, never a person, unless a title opens it', () => {
    expect(who('The United Nations warned on Tuesday that famine was imminent.')).toEqual([
      ['United Nations', 'organization'],
    ]);
    expect(who('The World Food Programme warned that supplies were running out.')).toEqual([
      ['World Food Programme', 'organization'],
    ]);
    expect(who('The United Auto Workers said the strike would continue.')).toEqual([
      ['United Auto Workers', 'organization'],
    ]);
    // A paper's word at the end makes it a paper's name.
    expect(who('According to the Post, the talks collapsed.')).toEqual([['Post', 'media']]);
    // Near misses: a title after "the", and a person's name with no article.
    expect(who('"We will win," the Rev. Al Sharpton said.')).toEqual([['Al Sharpton', 'person']]);
    expect(who('Maria Lopez said the town was flooded.')).toEqual([['Maria Lopez', 'person']]);
  });

  it('reads a name that opens with a listed outlet’s or body’s name as theirs, whatever follows', () => {
    expect(who('BBC Africa Live reported that the talks collapsed.')).toEqual([
      ['BBC Africa Live', 'media'],
    ]);
    expect(who('Amnesty International USA said the law was unjust.')).toEqual([
      ['Amnesty International USA', 'organization'],
    ]);
    // Near miss: a listed name's word at the end of a person's name.
    expect(who('Rachel Reuters said the road was closed.')).toEqual([['Rachel Reuters', 'person']]);
  });

  it('keeps a body’s name whole over "for" and "to" after its body word', () => {
    expect(who('The Syrian Observatory for Human Rights said 12 people were killed.')).toEqual([
      ['Syrian Observatory for Human Rights', 'organization'],
    ]);
    expect(who('The Committee to Protect Journalists said 100 reporters were killed.')).toEqual([
      ['Committee to Protect Journalists', 'organization'],
    ]);
  });

  it('knows the bodies news cites by name alone', () => {
    expect(who('Human Rights Watch said the strikes may amount to war crimes.')).toEqual([
      ['Human Rights Watch', 'organization'],
    ]);
    expect(who('Amnesty International said the detentions were arbitrary.')).toEqual([
      ['Amnesty International', 'organization'],
    ]);
    expect(who('Greenpeace said the spill was a disaster.')).toEqual([
      ['Greenpeace', 'organization'],
    ]);
  });
});

describe('nouns spelled like adverbs', () => {
  it('keeps "family" and "daily" in the source, not in the cue', () => {
    const found = read('The family said in a statement that they were grateful.', {
      language: 'en',
    });
    expect(found.map((a) => [a.cue.text, a.source?.text, a.kind])).toEqual([
      ['said in a statement', 'The family', 'unnamed'],
    ]);
    expect(
      read('The Johnson family said they were grateful.').map((a) => [a.cue.text, a.source?.text]),
    ).toEqual([['said', 'The Johnson family']]);
    expect(
      read('The daily reported that the mayor would resign.').map((a) => [
        a.cue.text,
        a.source?.text,
      ]),
    ).toEqual([['reported', 'The daily']]);
  });

  it('still takes an adverb in -ly into the cue', () => {
    expect(read('The minister flatly denied the report.').map((a) => a.cue.text)).toEqual([
      'flatly denied',
    ]);
  });

  it('reads a body listed by a name of several words whole, where its first word names people', () => {
    expect(who('Doctors Without Borders said its clinic in Gaza had been shelled.')).toEqual([
      ['Doctors Without Borders', 'organization'],
    ]);
    expect(who('Reporters Without Borders said three journalists were killed.')).toEqual([
      ['Reporters Without Borders', 'organization'],
    ]);
    // Near miss: the first word alone is people.
    expect(who('Doctors say the vaccine is safe.')).toEqual([['Doctors', 'unnamed']]);
  });

  it('reads a lone name after "the" as a body, or a paper by a paper’s word', () => {
    expect(who('The Bundesbank warned that the economy would shrink.')).toEqual([
      ['Bundesbank', 'organization'],
    ]);
    expect(who('On Monday, the Post reported that the deal had collapsed.')).toEqual([
      ['Post', 'media'],
    ]);
    // Near misses: a plural may be a family, and a name with no "the" is a person's.
    expect(who('The Obamas said in a statement that they were heartbroken.')).toEqual([
      ['Obamas', 'person'],
    ]);
    expect(who('Brandt warned that the economy would shrink.')).toEqual([['Brandt', 'person']]);
  });

  it('reads a name after the noun of a body as that body, not a person met by that word', () => {
    expect(who('The charity Shelter warned that homelessness was rising.')).toEqual([
      ['Shelter', 'organization'],
    ]);
    // Near miss: after a title, the same shape is a person.
    expect(who('Inspector Shelter warned that homelessness was rising.')).toEqual([
      ['Shelter', 'person'],
    ]);
  });
});
