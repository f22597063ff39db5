import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../../helpers';

const who = (text: string) => read(text).map((a) => [a.cue.text, a.name, a.kind, a.resolved]);

describe('kinds and names', () => {
  it('names a person described before the name, and an outlet described before its name', () => {
    expect(
      who(
        'Chilean President Marta Rojas said the talks failed. Regional news agency Prensa Sur reported the same.',
      ),
    ).toEqual([
      ['said', 'Marta Rojas', 'person', true],
      ['reported', 'Prensa Sur', 'media', true],
    ]);
  });

  it('sorts wires and outlets, organisations, documents and unnamed sources', () => {
    expect(
      who(
        'The Associated Press reported the fire. The Ministry of Health said two people died. ' +
          'A leaked memo shows the alarm failed. Officials said the cause is unknown. ' +
          'A senior official who spoke on condition of anonymity said arson was ruled out.',
      ),
    ).toEqual([
      ['reported', 'The Associated Press', 'media', true],
      ['said', 'Ministry of Health', 'organization', true],
      ['shows', 'A leaked memo', 'document', true],
      ['said', 'Officials', 'unnamed', true],
      ['said', 'A senior official', 'unnamed', true],
    ]);
  });

  it('ties pronouns and short references to the full name met earlier', () => {
    const text =
      'Longtime pollster Pat Caddell spoke on Thursday. He said turnout would be low. ' +
      'Caddell added that the race was close. Sen. Jane Doe disagreed. The senator said turnout would be high. ' +
      'She said it twice.';
    expect(who(text)).toEqual([
      ['said', 'Pat Caddell', 'person', true],
      ['added', 'Pat Caddell', 'person', true],
      ['said', 'Jane Doe', 'person', true],
      ['said', 'Jane Doe', 'person', true],
    ]);
  });

  it('ties a pronoun to the subject before it rather than to a name in a phrase', () => {
    const text =
      'In a message for the Chilean envoy Marta Rojas, Paulo Mendes reportedly demanded a new vote. He also said the count was flawed.';
    expect(byCue(read(text), 'also said').name).toBe('Paulo Mendes');
  });

  it('ties "the company" to the company named before', () => {
    const text = 'Blue Harbor Shipping Inc. lost the contract. The company said it would appeal.';
    expect(byCue(read(text), 'said').name).toBe('Blue Harbor Shipping Inc');
  });

  it('keeps an unresolvable pronoun, marked unresolved', () => {
    const found = read('He said the decision was final.');
    expect([found[0]?.name, found[0]?.kind, found[0]?.resolved]).toEqual(['He', 'person', false]);
  });

  it('keeps a party label in brackets with the name, reads "She’s" as the pronoun, and a surname as its person though a city bears it', () => {
    const found = read(
      'Rep. Ana Lima (D-Ore.) said the bill would pass. She’s claiming it will, Lima added.',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.name, a.kind])).toEqual([
      ['said', 'Rep. Ana Lima (D-Ore.)', 'Ana Lima', 'person'],
      ['’s claiming', 'She', 'Ana Lima', 'person'],
      ['added', 'Lima', 'Ana Lima', 'person'],
    ]);
  });

  it('reads a capitalised group of people as unnamed, not as a person, and keeps names that end alike', () => {
    const found = read(
      'Fishermen on the quay said the route is bad. Carmen said she would stay. Policemen said the road was closed.',
    );
    expect(found.map(seen)).toEqual([
      ['said', 'Fishermen on the quay', 'Fishermen on the quay', 'unnamed'],
      ['said', 'Carmen', 'Carmen', 'person'],
      ['said', 'Policemen', 'Policemen', 'unnamed'],
    ]);
  });

  it('ties "the operator" to a business met before, never to a council', () => {
    const found = read(
      'The Harbour Council will vote in May, the council said. The operator said it was ready. Blue Wake Ferries bid again. The company said it would wait.',
    );
    expect(found.map((a) => [a.source?.text, a.name])).toEqual([
      ['the council', 'Harbour Council'],
      ['The operator', 'The operator'],
      ['The company', 'Blue Wake Ferries'],
    ]);
  });

  it('reads a title with "of the" inside before a name, and a nationality inside a firm’s name', () => {
    const found = read(
      'Chancellor of the Exchequer Rachel Reeves said the budget would balance. Royal Dutch Shell said profits fell. Dawn French said the show was over.',
    );
    expect(found.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Rachel Reeves'],
      ['organization', 'Royal Dutch Shell'],
      ['person', 'Dawn French'],
    ]);
  });

  it('keeps two particles inside a name, and ties the surname with them to it', () => {
    const found = read(
      'Commission President Maren van der Berg said talks would resume. Van der Berg said later that she agreed.',
    );
    expect(found.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Maren van der Berg'],
      ['person', 'Maren van der Berg'],
    ]);
  });

  it('reads a title, "of" and its body before a person’s name as the person', () => {
    const found = read(
      'Secretary-General of the Alliance Maria Holm said allies agreed. President of the Harbour Commission Peter van der Berg said the deal was close. Chairman of the Port Board Jerome Hale said fees would rise.',
    );
    expect(found.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Maria Holm'],
      ['person', 'Peter van der Berg'],
      ['person', 'Jerome Hale'],
    ]);
  });
});

describe('members of parliaments, as the British and European press call them', () => {
  it('reads "MP" and "MEP" as titles, not as the initials of a body', () => {
    expect(who('Conservative MP John Redwood said the plan would fail.')).toEqual([
      ['said', 'John Redwood', 'person', true],
    ]);
    expect(
      who('"It is a shame," the MP said. The MEP told reporters the vote was rigged.'),
    ).toEqual([
      ['said', 'the MP', 'unnamed', false],
      ['told', 'The MEP', 'unnamed', false],
    ]);
  });
});

describe('descriptions that read like names', () => {
  it('is no name when a run of capitals ends on a title written in capitals', () => {
    expect(who('The Labour MP said the plan was unfair.')).toEqual([
      ['said', 'The Labour MP', 'unnamed', false],
    ]);
    // Near miss: a given name makes a run ending on a title's word a name.
    expect(who('John Major said the plan was unfair.')).toEqual([
      ['said', 'John Major', 'person', true],
    ]);
  });

  it('ties "the agency" to the body whose name says agency, though it is no outlet', () => {
    expect(
      who('The Environment Agency issued a warning. The agency said rivers would rise.'),
    ).toEqual([['said', 'Environment Agency', 'organization', true]]);
  });

  it('knows the seats of government, police forces and firms of other countries as bodies', () => {
    expect(
      who(
        'Scotland Yard said officers were called at 3.15pm. Downing Street said the PM was confident. ' +
          'The Vatican says the Pope has no plans to travel. Coca-Cola indicated it would give less. ' +
          'The Knesset said the vote would be held on Monday.',
      ),
    ).toEqual([
      ['said', 'Scotland Yard', 'organization', true],
      ['said', 'Downing Street', 'organization', true],
      ['says', 'Vatican', 'organization', true],
      ['indicated', 'Coca-Cola', 'organization', true],
      ['said', 'Knesset', 'organization', true],
    ]);
  });

  it('takes no day for a person: "he" after "Super Tuesday" is the man named before', () => {
    expect(
      who(
        'John Kasich campaigned in Ohio. Ahead of Super Tuesday, he said he was proud of his campaign. ' +
          'Black Friday sales rose 5 percent, Walmart said on Friday.',
      ),
    ).toEqual([
      ['said', 'John Kasich', 'person', true],
      ['said', 'Walmart', 'organization', true],
    ]);
  });

  it('ties "the agency" to the news agency named before, and to no other body', () => {
    expect(
      who(
        'According to the Russian news agency Interfax, the talks failed. The agency later said they would resume.',
      ),
    ).toEqual([
      ['According to', 'Interfax', 'media', true],
      ['later said', 'Interfax', 'media', true],
    ]);
    expect(
      who('The Pentagon confirmed the strike. The agency said six people were hurt.')[1],
    ).toEqual(['said', 'The agency', 'media', false]);
  });

  it('reads a headline in title case as no one, so the article names its people in full', () => {
    expect(
      who(
        'Hillary Clinton Goes After Donald Trump As The New Mitt Romney\n\n' +
          'Hillary Clinton spoke in Ohio. "He is hiding something," she said.',
      ),
    ).toEqual([['said', 'Hillary Clinton', 'person', true]]);
    // Near miss: a name of four capitalised words is a person's.
    expect(who('Martin Luther King Jr. said the time was now.')[0]?.[1]).toBe(
      'Martin Luther King Jr.',
    );
  });
});
