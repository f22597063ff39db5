import { describe, expect, it } from 'vitest';
import { tieGroupReferences } from '../../../../src/engine/english/names/group-references';
import { findEntities } from '../../../../src/engine/english/names/mentions';
import { nameSource } from '../../../../src/engine/english/names/name-source';
import { findDrafts } from '../../../../src/engine/english/read';
import { parse, words } from '../stages';

/** Each source as written, with the kind and name a reader is shown and whether the name was tied. */
function names(story: string): [string | null, string, string | null, boolean][] {
  const text = parse(story);
  const entities = findEntities(text);
  return findDrafts(text).map((d) => {
    const naming = nameSource(text, d.source.range, entities);
    return [words(text, d.source.range), naming.kind, naming.name, naming.resolved];
  });
}

describe('the naming stage, on its own', () => {
  it('names titles alone as the person met with them, else as written: "The Attorney General"', () => {
    expect(
      names(
        'Attorney General Merrick Garland spoke on Monday. The Attorney General said the case is closed. ' +
          'The Prime Minister said the plan stands.',
      ),
    ).toEqual([
      ['The Attorney General', 'person', 'Merrick Garland', true],
      ['The Prime Minister', 'unnamed', 'The Prime Minister', false],
    ]);
  });

  it('names a body whose name opens a sentence and runs over "of": "Bank of England said"', () => {
    expect(
      names('Bank of England said rates will stay. Officials of the Treasury said the same.'),
    ).toEqual([
      ['Bank of England', 'organization', 'Bank of England', true],
      ['Officials of the Treasury', 'unnamed', 'Officials of the Treasury', true],
    ]);
  });

  it('reads documents qualified by a participle as documents: "court documents filed in Delaware"', () => {
    expect(
      names('According to court documents filed in Delaware, the firm misled investors.'),
    ).toEqual([
      ['court documents filed in Delaware', 'document', 'court documents filed in Delaware', true],
    ]);
  });

  it('reads a title with "of" inside as one title before a name: "Secretary of State Antony Blinken"', () => {
    expect(
      names(
        'Secretary of State Antony Blinken said talks continue. Mr. Morgan of the Sierra Club said the plan fails.',
      ),
    ).toEqual([
      ['Secretary of State Antony Blinken', 'person', 'Antony Blinken', true],
      ['Mr. Morgan of the Sierra Club', 'person', 'Morgan', true],
    ]);
  });

  it("reads a name on over particles, initials and an organisation's joiners, and two names as two", () => {
    const text = parse(
      'Ursula von der Leyen met John F. Kennedy Jr. and Sen. Jane Doe. The World Travel and Tourism Council said Alibaba Group and Yahoo Japan agreed.',
    );
    expect(findEntities(text).mentions.map((m) => m.entity.name)).toEqual([
      'Ursula von der Leyen',
      'John F. Kennedy Jr',
      'Jane Doe',
      'World Travel and Tourism Council',
      'Alibaba Group',
      'Yahoo Japan',
    ]);
  });

  it('reads a body listed with its article as that body in lower case: "the Fed thinks"', () => {
    const text = parse('Prices are falling faster than the Fed thinks, said Diane Swonk.');
    const fed = findEntities(text).mentions.find((m) => m.entity.name === 'Fed');
    expect(fed?.entity.kind).toBe('organization');
  });

  it('names the person after a body and a title, not the body: "Treasury Secretary Janet Yellen"', () => {
    expect(
      names(
        'Treasury Secretary Janet Yellen said inflation is easing. Apple CEO Tim Cook said sales rose. ' +
          'NATO Secretary General Jens Stoltenberg said allies agree. General Motors said output fell.',
      ),
    ).toEqual([
      ['Treasury Secretary Janet Yellen', 'person', 'Janet Yellen', true],
      ['Apple CEO Tim Cook', 'person', 'Tim Cook', true],
      ['NATO Secretary General Jens Stoltenberg', 'person', 'Jens Stoltenberg', true],
      ['General Motors', 'organization', 'General Motors', true],
    ]);
  });

  it('knows the titles of agency heads: "NASA Administrator", "WHO Director-General"', () => {
    expect(
      names(
        'NASA Administrator Bill Nelson said the launch would slip. ' +
          'WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was contained.',
      ),
    ).toEqual([
      ['NASA Administrator Bill Nelson', 'person', 'Bill Nelson', true],
      [
        'WHO Director-General Tedros Adhanom Ghebreyesus',
        'person',
        'Tedros Adhanom Ghebreyesus',
        true,
      ],
    ]);
  });

  it('sorts sources into people, outlets, documents, organisations and unnamed groups', () => {
    expect(
      names(
        'Reuters reported the vote. A report shows the levy failed. ' +
          'The Ministry of Health said two people died. Officials said the cause is unknown.',
      ),
    ).toEqual([
      ['Reuters', 'media', 'Reuters', true],
      ['A report', 'document', 'A report', true],
      ['The Ministry of Health', 'organization', 'Ministry of Health', true],
      ['Officials', 'unnamed', 'Officials', true],
    ]);
  });

  it('names a described person by the name alone', () => {
    expect(names('Ines Vale, who chairs the board, said the vote was fair.')).toEqual([
      ['Ines Vale', 'person', 'Ines Vale', true],
    ]);
  });

  it('ties a pronoun to the person named before, and says so when there is none', () => {
    expect(names('Tom Reyes spoke first. He said the yard should reopen.')).toEqual([
      ['He', 'person', 'Tom Reyes', true],
    ]);
    expect(names('He said the yard should reopen.')).toEqual([['He', 'person', 'He', false]]);
  });

  it('gives a hedge no source to name', () => {
    expect(names('The plan reportedly stalled.')).toEqual([[null, 'none', null, true]]);
  });

  it('names "the officials" and "they" as the group that spoke just before', () => {
    const text = parse(
      'Con Edison officials said the outage would end soon. The officials said crews were at work. They said power was back.',
    );
    const drafts = findDrafts(text);
    const entities = findEntities(text);
    const namings = drafts.map((d) => nameSource(text, d.source.range, entities));
    tieGroupReferences(text, drafts, namings);
    expect(namings.map((n) => n.name)).toEqual([
      'Con Edison officials',
      'Con Edison officials',
      'Con Edison officials',
    ]);
  });

  it('names "it" as the body that spoke just before, not as "it"', () => {
    const text = parse(
      'The ministry has denied the allegations. In a statement, it said the claims were false.',
    );
    const drafts = findDrafts(text);
    const entities = findEntities(text);
    const namings = drafts.map((d) => nameSource(text, d.source.range, entities));
    tieGroupReferences(text, drafts, namings);
    expect(namings.map((n) => [n.kind, n.name])).toEqual([
      ['organization', 'The ministry'],
      ['organization', 'The ministry'],
    ]);
  });

  it('reads a document with a participle after its noun as the document, with its time and author', () => {
    expect(
      names(
        'A UN report released on Monday estimated that 2.3 million people had fled. ' +
          'A memo sent to staff on Friday said the office would close. ' +
          'A poll conducted last week by Gallup showed that most voters backed the measure. ' +
          'Court documents reviewed by The Post show that the firm knew. ' +
          'Officials briefed on the talks on Monday said the deal was close.',
      ),
    ).toEqual([
      ['A UN report released on Monday', 'document', 'A UN report released on Monday', true],
      ['A memo sent to staff on Friday', 'document', 'A memo sent to staff on Friday', true],
      ['A poll conducted last week by Gallup', 'document', 'Gallup', true],
      ['Court documents reviewed by The Post', 'document', 'The Post', true],
      ['Officials briefed on the talks', 'unnamed', 'Officials briefed on the talks', true],
    ]);
  });

  it('names no author who only passed a document on: "emails combed through by Vox"', () => {
    expect(names('Other emails combed through by Vox suggest that he knew.')).toEqual([
      [
        'Other emails combed through by Vox',
        'document',
        'Other emails combed through by Vox',
        true,
      ],
    ]);
  });

  it('names an outlet or a body in an appositive after the noun of its kind: "the state broadcaster, RTS,"', () => {
    expect(
      names(
        'The state news agency, Xinhua, said the talks had failed. ' +
          'The state broadcaster, RTS, reported that three people died. ' +
          "The country's largest union, Unite, said its members would strike. " +
          'The company, Apple, said demand was strong.',
      ),
    ).toEqual([
      ['The state news agency, Xinhua', 'media', 'Xinhua', true],
      ['The state broadcaster, RTS', 'media', 'RTS', true],
      ["The country's largest union, Unite", 'organization', 'Unite', true],
      ['The company, Apple', 'organization', 'Apple', true],
    ]);
    expect(names('The newspaper, citing officials, said the deal was off.')).toEqual([
      ['officials', 'unnamed', 'officials', true],
      ['The newspaper', 'media', 'The newspaper', false],
    ]);
  });

  it('names a body whose name goes on over "of the", "for the": "Ministry of the Interior"', () => {
    expect(
      names(
        'The Ministry of the Interior said the border was closed. ' +
          'The Office of the Inspector General for the Intelligence Community said the emails were classified. ' +
          'Chairman of the Federal Reserve Jerome Powell said rates would stay high. ' +
          'Representative Peter T. King of New York said it would not be easy.',
      ),
    ).toEqual([
      ['The Ministry of the Interior', 'organization', 'Ministry of the Interior', true],
      [
        'The Office of the Inspector General for the Intelligence Community',
        'organization',
        'Office of the Inspector General for the Intelligence Community',
        true,
      ],
      ['Chairman of the Federal Reserve Jerome Powell', 'person', 'Jerome Powell', true],
      ['Representative Peter T. King of New York', 'person', 'Peter T. King', true],
    ]);
  });
});
