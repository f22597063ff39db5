import { describe, expect, it } from 'vitest';
import { chainCitations, interviewer } from '../../../../src/engine/english/chains/citations';
import { findEntities } from '../../../../src/engine/english/names/mentions';
import { nameSource } from '../../../../src/engine/english/names/name-source';
import { findDrafts } from '../../../../src/engine/english/read';
import { parse, words } from '../stages';

describe('the chain stage, on its own', () => {
  it('makes the cited source cited by the source of the attribution it hangs on', () => {
    const text = parse(
      'The dam is safe, according to the Delta Times, citing the regional water authority.',
    );
    const drafts = findDrafts(text);
    const entities = findEntities(text);
    const namings = drafts.map((d) => nameSource(text, d.source.range, entities));
    expect(drafts.map((d) => words(text, d.cue))).toEqual(['according to', 'citing']);
    expect(chainCitations(text, drafts, namings)).toEqual([null, 'Delta Times']);
  });

  it('chains a citing clause set in its subject, and one after a speech tag', () => {
    const text = parse(
      'Interfax, citing the official portal, said the plant closed. ' +
        'The deal could be worth $2bn, Reuters said, citing two people familiar with the talks.',
    );
    const drafts = findDrafts(text);
    const entities = findEntities(text);
    const namings = drafts.map((d) => nameSource(text, d.source.range, entities));
    expect(
      drafts.map((d) => [words(text, d.cue), words(text, d.source.range), words(text, d.content)]),
    ).toEqual([
      ['citing', 'the official portal', 'the plant closed'],
      ['said', 'Interfax', 'the plant closed'],
      ['said', 'Reuters', 'The deal could be worth $2bn'],
      ['citing', 'two people familiar with the talks', 'The deal could be worth $2bn'],
    ]);
    expect(chainCitations(text, drafts, namings)).toEqual(['Interfax', null, null, 'Reuters']);
  });

  it('claims no chain from a source of an earlier sentence', () => {
    const text = parse(
      'The agency said the dam is safe. Citing the regional water authority, the minister added more.',
    );
    const drafts = findDrafts(text);
    const entities = findEntities(text);
    const namings = drafts.map((d) => nameSource(text, d.source.range, entities));
    expect(drafts.map((d) => words(text, d.cue))).toEqual(['said', 'Citing', 'added']);
    expect(chainCitations(text, drafts, namings)).toEqual([null, null, null]);
  });

  it('names the outlet of "said in an interview with X", and none without one', () => {
    const text = parse(
      'The mayor said in an interview with the Harbor Gazette that the pier would reopen.',
    );
    const [said] = findDrafts(text);
    if (!said) throw new Error('one cue expected');
    expect(words(text, said.cue)).toBe('said in an interview');
    expect(interviewer(text, said.cue)).toBe('Harbor Gazette');
    const plain = parse('The mayor said the pier would reopen.');
    const [other] = findDrafts(plain);
    expect(other && interviewer(plain, other.cue)).toBeNull();
  });
});
