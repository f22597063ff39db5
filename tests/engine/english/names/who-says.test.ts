import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

/** What the claims list shows for each attribution: cue, name, kind. */
const listed = (text: string) => read(text).map((a) => [a.cue.text, a.name, a.kind]);

describe('one person, one name: the fullest form the story gives', () => {
  it('shows the full name for a title and surname met after it', () => {
    expect(
      listed(
        'Marguerite Okafor, director of the harbour trust, opened the meeting. ' +
          'Ms. Okafor said the pier would close in May.',
      ),
    ).toEqual([['said', 'Marguerite Okafor', 'person']]);
  });

  it('drops a role written before a surname and keeps the person', () => {
    expect(
      listed(
        'Broker Lionel Abernathy sells houses in the valley. ' +
          'Broker Abernathy said prices are falling. Realtor Abernathy said buyers are waiting.',
      ),
    ).toEqual([
      ['said', 'Lionel Abernathy', 'person'],
      ['said', 'Lionel Abernathy', 'person'],
    ]);
  });

  it('keeps the first person with a surname for the surname, and a relative met later by first name', () => {
    expect(
      listed(
        'Boatbuilder Aroha Tane has built canoes for forty years. ' +
          '"The wood tells you what it wants," says Tane. ' +
          'Tane and his son, Wiremu James Tane, work side by side. ' +
          '"I learn something every day," says Wiremu. "He is patient," Tane says.',
      ),
    ).toEqual([
      ['says', 'Aroha Tane', 'person'],
      ['says', 'Wiremu James Tane', 'person'],
      ['says', 'Aroha Tane', 'person'],
    ]);
  });

  it('keeps a later full name apart from a titled surname met first: "Michelle Obama" after "President Obama"', () => {
    expect(
      listed(
        'Governor Hale spoke first. Miriam Hale said the governor was tired. Hale said he was fine.',
      ),
    ).toEqual([
      ['said', 'Miriam Hale', 'person'],
      ['said', 'Hale', 'person'],
    ]);
  });

  it('reads a title opening a name as a person, whatever body is written before it', () => {
    expect(listed('Harbour police Chief Dana Whitcombe said the pier was closed.')).toEqual([
      ['said', 'Dana Whitcombe', 'person'],
    ]);
  });

  it('shows the full name when a surname alone speaks first and the full name comes later in the same story', () => {
    expect(
      listed(
        'Senator Ruth Calloway of Ohio spoke first. Calloway said the bill was dead. ' +
          'Sen. Calloway later said it could return.',
      ),
    ).toEqual([
      ['said', 'Ruth Calloway', 'person'],
      ['later said', 'Ruth Calloway', 'person'],
    ]);
  });

  it('names an organisation once, with or without its article', () => {
    const names = read(
      'The Regional Budget Office said costs would rise. Later the Regional Budget Office said they would rise less.',
    ).map((a) => a.name);
    expect(names).toEqual(['Regional Budget Office', 'Regional Budget Office']);
  });
});

describe('anonymous and group sources', () => {
  it('keeps each anonymous description apart, named as written', () => {
    expect(
      listed(
        'Party insiders were polled this week. "The field is wide open," said a Nevada Democrat. ' +
          '"Nobody has caught fire," said an Ohio Republican. ' +
          '"Turnout will decide it," said a Nevada Democrat.',
      ),
    ).toEqual([
      ['said', 'a Nevada Democrat', 'unnamed'],
      ['said', 'an Ohio Republican', 'unnamed'],
      ['said', 'a Nevada Democrat', 'unnamed'],
    ]);
  });

  it('types plural and group nouns as unnamed, never as a person', () => {
    const kinds = read(
      'Budget hawks said the plan costs too much. The city team said it would appeal. ' +
        'About 40,000 Nurses said they would strike. Water board officials said the pipes were old.',
    ).map((a) => a.kind);
    expect(kinds).toEqual(['unnamed', 'unnamed', 'unnamed', 'unnamed']);
  });

  it('reads a counted plural of a people as a group', () => {
    expect(listed('Many Moldovans say the border is too slow. Australians said the same.')).toEqual(
      [
        ['say', 'Many Moldovans', 'unnamed'],
        ['said', 'Australians', 'unnamed'],
      ],
    );
  });

  it('ties "the officials" to the officials the story named before', () => {
    const found = read(
      'Metro Transit officials said the line would reopen. The officials said repairs cost $4 million.',
    );
    expect(found.map((a) => a.name)).toEqual([
      'Metro Transit officials',
      'Metro Transit officials',
    ]);
  });

  it('reads "the source, who said ..." after "a source" as that one source too', () => {
    expect(
      listed(
        'The mayor is under guard, a source said. The aides fled, the source, who said he had spoken to them, told Reuters.',
      ).map(([cue, name]) => [cue, name]),
    ).toEqual([
      ['said', 'a source'],
      ['said', 'a source'],
      ['told', 'a source'],
    ]);
  });

  it('reads "the source" after "a source" as that one source', () => {
    expect(
      listed(
        'The bridge will stay shut until spring, a source said. The repairs are late, the source said.',
      ).map(([cue, name]) => [cue, name]),
    ).toEqual([
      ['said', 'a source'],
      ['said', 'a source'],
    ]);
  });

  it('names the person an appositive gives for a description', () => {
    expect(
      listed(
        'The fault was found by a software tester, Omar Haddad, who said the update broke it.',
      ),
    ).toEqual([['said', 'Omar Haddad', 'person']]);
  });
});

describe('organisations and outlets are not people', () => {
  it('reads a multi-word name ending in an organisation word as an organisation', () => {
    expect(
      listed(
        "The Assembly's Joint Committee on Water and Energy has pointed out that the rules are vague. " +
          'The Federation of Dairy and Grain Producers said prices fell.',
      ),
    ).toEqual([
      ['has pointed out', "Assembly's Joint Committee on Water and Energy", 'organization'],
      ['said', 'Federation of Dairy and Grain Producers', 'organization'],
    ]);
  });

  it('reads a company named in full before by its first word alone', () => {
    expect(
      listed(
        'Investors sold Kestrel Holdings on Monday. Kestrel says it has no plans to sell the unit.',
      ),
    ).toEqual([['says', 'Kestrel Holdings', 'organization']]);
  });

  it('reads a person with their force after the name as the person, and "the Gazette" as a paper', () => {
    expect(
      listed(
        'The pier is closed, said chief inspector Ruth Ellery from the harbour police. ' +
          'The Gazette has learned that the ferry will not run.',
      ),
    ).toEqual([
      ['said', 'Ruth Ellery', 'person'],
      ['has learned', 'The Gazette', 'media'],
    ]);
  });

  it('reads a titled surname with the body after it as the person, and a place that qualifies a noun as no one', () => {
    expect(
      listed(
        'Lena Morrow of the Coastal Trust toured the dunes. Ms. Morrow of the Coastal Trust said the sand was eroding. ' +
          'The Denver developer said he would build anyway.',
      ),
    ).toEqual([
      ['said', 'Lena Morrow', 'person'],
      ['said', 'The Denver developer', 'unnamed'],
    ]);
  });

  it('reads news reports as media, and a person described by their outlet as a person', () => {
    expect(
      listed(
        'Ten people were hurt, according to local news reports. ' +
          'Maria Lund of North Valley Public Radio said the road was closed.',
      ),
    ).toEqual([
      ['according to', 'local news reports', 'media'],
      ['said', 'Maria Lund', 'person'],
    ]);
  });
});

describe('pronouns', () => {
  it('never ties a pronoun to a name inside a quote', () => {
    expect(
      listed('Grace Albright lost her daughter in the flood. "Emily loved that river," she said.'),
    ).toEqual([['said', 'Grace Albright', 'person']]);
  });

  it('never ties a pronoun to a photo credit or a company', () => {
    const found = read(
      'Councillor Ben Ashworth walked the flooded street on Tuesday.\n\n' +
        'Photo: Tomas Berg/Getty Images\n\n' +
        'Harbour Power, which runs the grid, cut supply to 200 homes. He said the council would help.',
    );
    expect(found.map((a) => [a.cue.text, a.name])).toEqual([['said', 'Ben Ashworth']]);
  });

  it('never ties a pronoun to a photographer credited inside the story', () => {
    const found = read(
      'Mayor Alan Pryce toured the site on Monday. (Photo by Kevin Dunmore/Reuters) ' +
        'He said the bridge would reopen. Anchor Lena Voss (Lena Voss/AP) spoke next. ' +
        'She added: the fund was empty. Viewers of A&E heard it first. She added: ratings rose.',
    );
    expect(found.map((a) => [a.cue.text, a.name])).toEqual([
      ['said', 'Alan Pryce'],
      ['added:', 'Lena Voss'],
      ['added:', 'Lena Voss'],
    ]);
  });

  it('never ties "he" to a company whose officials spoke', () => {
    expect(
      listed(
        'Inspector Paul Greer reached the substation at noon. Harbour Gas officials said the valve failed. ' +
          'He said the area was safe.',
      ).map(([cue, name]) => [cue, name]),
    ).toEqual([
      ['said', 'Harbour Gas officials'],
      ['said', 'Paul Greer'],
    ]);
  });

  it('ties "they" to the group that spoke before', () => {
    expect(
      listed(
        'Ministry officials said the border would open. They said trade would resume in June.',
      ),
    ).toEqual([
      ['said', 'Ministry officials', 'unnamed'],
      ['said', 'Ministry officials', 'unnamed'],
    ]);
  });

  it("names a role by whose it is: 'his spokesman', 'its lawyers'", () => {
    expect(
      listed(
        'Opposition leader Tobias Mwale flew home, his spokesman said. ' +
          'Northgate Freight Ltd lost the case. Its lawyers said they would appeal.',
      ),
    ).toEqual([
      ['said', 'Tobias Mwale’s spokesman', 'unnamed'],
      ['said', 'Northgate Freight Ltd’s lawyers', 'unnamed'],
    ]);
  });
});

describe('names that look like other things', () => {
  it('keeps a name that opens with a word used as a label ("New")', () => {
    expect(
      listed('Snow fell early, according to the New Hampshire Department of Transportation.'),
    ).toEqual([['according to', 'New Hampshire Department of Transportation', 'organization']]);
  });

  it('does not tie "the military" to a country met before', () => {
    expect(
      listed('Envoys from Kenya arrived on Friday. The military said the president was safe.'),
    ).toEqual([['said', 'The military', 'organization']]);
  });

  it('keeps two bodies joined by "and" apart, and reads the first alone as itself', () => {
    expect(
      listed(
        'Stakes in Kestrel Holdings and Bluewater Japan changed hands. Kestrel says it will not sell.',
      ),
    ).toEqual([['says', 'Kestrel Holdings', 'organization']]);
  });

  it('ties given names alone, and a fuller form met later, to one person', () => {
    expect(
      listed(
        'Photo: Mere (Ana Mere) Wiki at the marae.\n\n' +
          'Ana Mere Wiki Tane, 22, runs the boat. "We go out at dawn," says Ana Mere.',
      ),
    ).toEqual([['says', 'Ana Mere Wiki Tane', 'person']]);
  });
});

describe('documents', () => {
  it('credits a piece an outlet wrote to the outlet, and a report a body wrote to the body', () => {
    expect(
      listed(
        'A post from Harbour Weekly magazine claimed that the ferry was sold. ' +
          'A study by the Institute for Coastal Policy found that fares rose.',
      ),
    ).toEqual([
      ['claimed', 'Harbour Weekly magazine', 'media'],
      ['found', 'Institute for Coastal Policy', 'document'],
    ]);
  });

  it('names "the report" by the body the story said published it', () => {
    expect(
      listed(
        'A report published on Tuesday by the Lakeshore Institute for Housing Policy surprised landlords. ' +
          'The report found that rents rose by a third. A survey found that tenants moved less. ' +
          'The survey said rents were the main reason.',
      ),
    ).toEqual([
      ['found', 'Lakeshore Institute for Housing Policy', 'document'],
      ['found', 'A survey', 'document'],
      ['said', 'The survey', 'document'],
    ]);
  });
});
