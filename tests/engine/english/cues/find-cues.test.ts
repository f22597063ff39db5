import { describe, expect, it } from 'vitest';
import { CueKind } from '../../../../src/engine/english/cues/cue';
import { findExtraCues } from '../../../../src/engine/english/cues/extra-phrases';
import { findCues } from '../../../../src/engine/english/cues/find-cues';
import { parse, words } from '../stages';

/** The cues of a text as a reader would point at them: the words, and what kind of words they are. */
function cuesOf(sentence: string): [string | null, string][] {
  const text = parse(sentence);
  return findCues(text).map((cue) => [words(text, cue), CueKind[cue.kind]]);
}

describe('the cue stage, on its own', () => {
  it('finds a reporting verb, with its auxiliaries and its dictionary form', () => {
    expect(cuesOf('The mayor said the bridge would close.')).toEqual([['said', 'Verb']]);
    const text = parse('She has argued that taxes must fall.');
    expect(findCues(text).map((cue) => [words(text, cue), cue.lemma])).toEqual([
      ['has argued', 'argue'],
    ]);
  });

  it('reads "say" after a source qualified by "close to the talks" as a verb, "the final say" as a noun', () => {
    expect(cuesOf('Sources close to the negotiations say a deal is unlikely.')).toEqual([
      ['say', 'Verb'],
    ]);
    expect(cuesOf('Aides close to the president say the visit is off.')).toEqual([['say', 'Verb']]);
    expect(cuesOf('Voters want the final say on the plan.')).toEqual([]);
    expect(cuesOf('Unions want a bigger say in the talks.')).toEqual([]);
  });

  it('takes a negated verb whole: "did not say"', () => {
    expect(cuesOf('The council did not say when.')).toEqual([['did not say', 'Verb']]);
  });

  it('finds the phrases, hedges and impersonal reports that name no speaker', () => {
    expect(cuesOf('According to the ministry, fares will rise.')).toEqual([
      ['According to', 'According'],
    ]);
    expect(cuesOf('The plan reportedly stalled.')).toEqual([['reportedly', 'Hedge']]);
    expect(cuesOf('It was reported that the pier had closed.')).toEqual([
      ['It was reported', 'Impersonal'],
    ]);
    expect(cuesOf('The senator is said to favour the plan.')).toEqual([['is said to', 'Raising']]);
  });

  it('finds "citing X" as a cue of its own', () => {
    expect(
      cuesOf('The dam is safe, according to the Delta Times, citing the regional water authority.'),
    ).toEqual([
      ['according to', 'According'],
      ['citing', 'Citing'],
    ]);
  });

  it('passes over report words used as nouns', () => {
    expect(cuesOf('His remarks drew applause. The report was late.')).toEqual([]);
  });

  it('finds no cue inside a direct quote, only the one that tags it', () => {
    const sentence = '“They said no,” she said.';
    const text = parse(sentence);
    const cues = findCues(text);
    expect(cues.map((cue) => words(text, cue))).toEqual(['said']);
    expect(text.start(cues[0]?.first ?? -1)).toBe(sentence.lastIndexOf('said'));
  });
});

describe("the reader's own phrases, on their own", () => {
  it('finds a phrase whatever its case, and ignores what is not a phrase', () => {
    const text = parse('Sources close to the mayor expect a vote.');
    const cues = findExtraCues(text, ['sources close to', 42, null]);
    expect(cues.map((cue) => [words(text, cue), CueKind[cue.kind]])).toEqual([
      ['Sources close to', 'Extra'],
    ]);
    expect(findExtraCues(text, undefined)).toEqual([]);
  });
});
