import { describe, expect, it } from 'vitest';
import { drawBeliefSpans } from '../../../../src/engine/english/claims/belief-spans';
import { CueKind, singleWordCue } from '../../../../src/engine/english/cues/cue';
import { Side } from '../../../../src/engine/english/sources/find-source';
import { EnglishText } from '../../../../src/engine/english/text';
import type { Attribution } from '../../../../src/engine/types';
import { read } from '../../helpers';

const BELIEFS = { beliefs: true };

/** The cue and claim of each belief, as the beliefs option draws them. */
const beliefs = (text: string): [string, string | undefined][] =>
  read(text, BELIEFS)
    .filter((a: Attribution) => a.mode === 'belief')
    .map((a) => [a.cue.text, a.content?.text]);

describe('beliefs drawn as PolNeAR draws them', () => {
  it('takes the feeling named into the cue of "expressed concern that"', () => {
    expect(
      beliefs('Several senators expressed concern that the pier would close before the summer.'),
    ).toEqual([['expressed concern', 'that the pier would close before the summer']]);
    expect(
      beliefs('The council expressed similar doubts that the tunnel could open in May.'),
    ).toEqual([['expressed similar doubts', 'that the tunnel could open in May']]);
  });

  it('takes a bare feeling and its preposition into the cue: "voiced support for"', () => {
    expect(beliefs('The union has voiced support for a ban on night shifts at the port.')).toEqual([
      ['has voiced support for', 'a ban on night shifts at the port'],
    ]);
    // Near miss: a feeling after a determiner stays in the claim, as annotated.
    expect(beliefs('The mayor expressed a deep regret for the delays at the harbour.')).toEqual([
      ['expressed', 'a deep regret for the delays at the harbour'],
    ]);
  });

  it('ends an intention before the writer’s aside after its comma', () => {
    expect(
      beliefs('The ministry has pledged to rebuild the harbour, reversing years of neglect.'),
    ).toEqual([['has pledged', 'to rebuild the harbour']]);
    expect(
      beliefs('The governor refused to fund the tunnel, though it cost him the election.'),
    ).toEqual([['refused', 'to fund the tunnel']]);
    // Near misses: an object keeps its list, and a list inside an intention keeps "including".
    expect(
      beliefs('The ministry wants a vast expansion of the port, including a new ferry terminal.'),
    ).toEqual([['wants', 'a vast expansion of the port, including a new ferry terminal']]);
    expect(
      beliefs('The ministry intends to rebuild three piers, including the one at Ashby.'),
    ).toEqual([['intends', 'to rebuild three piers, including the one at Ashby']]);
  });

  it('starts what appears after the sentence’s opening adverbial', () => {
    expect(
      beliefs('Indeed, a broader swath of Republican voters appears to be moving behind Trump.'),
    ).toEqual([
      ['appears', 'a broader swath of Republican voters appears to be moving behind Trump'],
    ]);
    expect(
      beliefs('Once his father became a Christian, religion appeared to dominate the household.'),
    ).toEqual([['appeared', 'religion appeared to dominate the household']]);
    expect(beliefs('But the campaign appears to be losing ground among farmers.')).toEqual([
      ['appears', 'the campaign appears to be losing ground among farmers'],
    ]);
    // Near miss: a subject with its own commas keeps them.
    expect(beliefs('Religion, not ethnicity, appeared to dominate the household.')).toEqual([
      ['appeared', 'Religion, not ethnicity, appeared to dominate the household'],
    ]);
  });

  it('gives the words between a subject and its verb to the cue: "also bemoaned"', () => {
    expect(
      read('The farmers have all endorsed the water plan.', BELIEFS).map((a) => [
        a.source?.text,
        a.cue.text,
      ]),
    ).toEqual([['The farmers', 'have all endorsed']]);
    expect(
      read('The union continued to call for a ban on night shifts.', BELIEFS).map((a) => [
        a.source?.text,
        a.cue.text,
      ]),
    ).toEqual([['The union', 'continued to call for']]);
    // Near miss: a name spelled like an adverb is the subject's.
    expect(
      read('Ms. Schlafly endorsed the plan.', BELIEFS).map((a) => [a.source?.text, a.cue.text]),
    ).toEqual([['Ms. Schlafly', 'endorsed']]);
  });

  it('leaves a source made only of words before a verb as it is', () => {
    // A source found wrongly ("are all") is not made worse ("are") by taking "all" from it.
    const text = new EnglishText('Whales are all thought to navigate by the stars.');
    const cue = { ...singleWordCue(CueKind.Verb, 3), verbClass: 'belief' as const };
    const source = { side: Side.Before, range: { first: 1, last: 2 } };
    drawBeliefSpans(text, [{ cue, source, content: { first: 4, last: 8 } }]);
    expect([source.range, cue.first]).toEqual([{ first: 1, last: 2 }, 3]);
  });

  it('leaves reported speech as it was, with beliefs off', () => {
    const text = 'Indeed, the mayor said the pier, reversing years of neglect, would reopen.';
    expect(read(text).map((a) => a.content?.text)).toEqual(
      read(text, BELIEFS)
        .filter((a) => a.mode === 'report')
        .map((a) => a.content?.text),
    );
  });
});
