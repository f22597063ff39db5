import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../../src/engine/types';
import { read } from '../../helpers';

const BELIEFS = { beliefs: true };

/** Cue, source as written, claim and mode: what the beliefs option adds to a reader's list. */
const shown = (a: Attribution) => [a.cue.text, a.source?.text ?? null, a.content?.text, a.mode];

const beliefsOf = (text: string) => read(text, BELIEFS).filter((a) => a.mode === 'belief');

describe('beliefs, intentions and stances', () => {
  it('are found only when asked for, and leave reported speech as it was', () => {
    const text =
      'The mayor wants to close the pier. The council said the pier is unsafe. Residents think the repairs will take years.';
    expect(read(text).map(shown)).toEqual([
      ['said', 'The council', 'the pier is unsafe', 'report'],
    ]);
    expect(read(text, BELIEFS).map(shown)).toEqual([
      ['wants', 'The mayor', 'to close the pier', 'belief'],
      ['said', 'The council', 'the pier is unsafe', 'report'],
      ['think', 'Residents', 'the repairs will take years', 'belief'],
    ]);
  });

  it('reads a belief with its clause, with or without "that"', () => {
    expect(
      beliefsOf(
        'Ms. Okafor believes that the tunnel can open in May. Most farmers fear the drought is not over.',
      ).map(shown),
    ).toEqual([
      ['believes', 'Ms. Okafor', 'that the tunnel can open in May', 'belief'],
      ['fear', 'Most farmers', 'the drought is not over', 'belief'],
    ]);
  });

  it('reads the writer’s own belief in the first person', () => {
    const text = 'I think the pier will close by June.';
    expect(beliefsOf(text).map(shown)).toEqual([
      ['think', 'I', 'the pier will close by June', 'belief'],
    ]);
    expect(read(text)).toEqual([]);
  });

  it('reads a belief held by a counted subject with words between it and the verb', () => {
    expect(
      beliefsOf(
        'Many officials on the island believe the debt can be paid. Critics rallied against the new plans to sell the port.',
      ).map(shown),
    ).toEqual([['believe', 'Many officials on the island', 'the debt can be paid', 'belief']]);
  });

  it('reads a belief whose clause’s subject stands before its holder', () => {
    expect(
      beliefsOf('The mayor praised the aide he hopes will succeed him.').map((a) => [
        a.cue.text,
        a.source?.text,
      ]),
    ).toEqual([
      ['praised', 'The mayor'],
      ['hopes', 'he'],
    ]);
  });

  it('reads an intention with its infinitive, and an object asked to act', () => {
    expect(
      beliefsOf(
        'The union has vowed to strike in March. The governor urged lawmakers to pass the budget.',
      ).map(shown),
    ).toEqual([
      ['has vowed', 'The union', 'to strike in March', 'belief'],
      ['urged', 'The governor', 'lawmakers to pass the budget', 'belief'],
    ]);
  });

  it('reads a belief about what someone will do: an object, then its infinitive', () => {
    expect(
      beliefsOf('Most traders expect the bank to raise rates. Fans expect the best.').map(shown),
    ).toEqual([['expect', 'Most traders', 'the bank to raise rates', 'belief']]);
  });

  it('reads an intention past a negation or a time phrase before its infinitive', () => {
    expect(
      beliefsOf(
        'The mayor vowed not to close the library. The union pledged on Friday to end the strike. The board decided on Monday.',
      ).map(shown),
    ).toEqual([
      ['vowed', 'The mayor', 'not to close the library', 'belief'],
      ['pledged', 'The union', 'to end the strike', 'belief'],
    ]);
  });

  it('reads "would like to" and "don’t like" as what someone wants, and "like" alone as no verb', () => {
    expect(
      beliefsOf(
        'The council would like to see more buses. Drivers don’t like the new lanes. It looks like a wall.',
      ).map(shown),
    ).toEqual([
      ['would like', 'The council', 'to see more buses', 'belief'],
      ['don’t like', 'Drivers', 'the new lanes', 'belief'],
    ]);
  });

  it('reads a stance with its object, and a particle that belongs to the verb', () => {
    expect(
      beliefsOf(
        'Two former ministers endorsed Ms. Lind. The senator called for a ban on the pesticide.',
      ).map(shown),
    ).toEqual([
      ['endorsed', 'Two former ministers', 'Ms. Lind', 'belief'],
      ['called for', 'The senator', 'a ban on the pesticide', 'belief'],
    ]);
  });

  it('reads "called" as a stance on what is named, not as the name a thing goes by', () => {
    expect(
      beliefsOf(
        'The union called the offer an insult. Residents formed a group called Save Our Pier. A company called Harbor Works won the contract.',
      ).map(shown),
    ).toEqual([['called', 'The union', 'the offer an insult', 'belief']]);
  });

  it('reads stances of liking, comparing and lobbying, and a belief about what is coming', () => {
    expect(
      beliefsOf(
        'The senator compared the tax to a toll. Most drivers dislike the new lanes. The union lobbied for higher wages. Few analysts foresee that rates will fall. Officials counted the ballots.',
      ).map(shown),
    ).toEqual([
      ['compared', 'The senator', 'the tax to a toll', 'belief'],
      ['dislike', 'Most drivers', 'the new lanes', 'belief'],
      ['lobbied for', 'The union', 'higher wages', 'belief'],
      ['foresee', 'Few analysts', 'that rates will fall', 'belief'],
    ]);
  });

  it('reads an adjective of a stance after a linking verb, with what it is about', () => {
    expect(
      beliefsOf(
        'Economists are skeptical of the forecast. The coach has been critical of the league. She’s confident that the bridge will hold. He was tired.',
      ).map(shown),
    ).toEqual([
      ['are skeptical of', 'Economists', 'the forecast', 'belief'],
      ['has been critical of', 'The coach', 'the league', 'belief'],
      ['’s confident', 'She', 'that the bridge will hold', 'belief'],
    ]);
  });

  it('reads a stance said with a noun and a particle: "expressed concern", "sided with"', () => {
    expect(
      beliefsOf(
        'The mayor expressed concern about the dam. Two unions sided with the drivers.',
      ).map(shown),
    ).toEqual([
      // PolNeAR's annotators take a bare feeling and its preposition into the cue.
      ['expressed concern about', 'The mayor', 'the dam', 'belief'],
      ['sided with', 'Two unions', 'the drivers', 'belief'],
    ]);
  });

  it('reads "is expected to" and "seemed to" as a claim with no source', () => {
    const found = beliefsOf('The central bank is expected to cut rates. The deal seemed to hold.');
    expect(found.map((a) => [a.cue.text, a.source, a.kind])).toEqual([
      ['is expected', null, 'none'],
      ['seemed', null, 'none'],
    ]);
  });

  it('reads "expected to" without "is" as the subject’s own belief', () => {
    expect(beliefsOf('The coach expected to win the cup.').map(shown)).toEqual([
      ['expected', 'The coach', 'to win the cup', 'belief'],
    ]);
  });

  it('reads a belief in a clause set off by commas, not in one that says who is meant', () => {
    expect(
      beliefsOf(
        'They met the mayor, who wants to close the pier. Residents who want a new pier signed a petition.',
      ).map((a) => [a.cue.text, a.source?.text]),
    ).toEqual([['wants', 'who']]);
  });

  it('leaves out what the guidelines call no attribution: actions, feelings, nouns', () => {
    expect(
      beliefsOf(
        'The mayor will close the pier. She felt tired after the vote. Critics rallied against plans to sell the port. The group ran ads supporting the mayor. They moved fast in order to win. She has won 758 pledged delegates.',
      ),
    ).toEqual([]);
  });

  it('keeps what a speaker says they want inside their reported words', () => {
    const found = read('The coach said she wants to stay another season.', BELIEFS);
    expect(found.map(shown)).toEqual([
      ['said', 'The coach', 'she wants to stay another season', 'report'],
    ]);
  });

  it('reads a sentence that opens with a poll as what the poll found', () => {
    const text =
      'In the latest Harbor Tribune survey, the mayor leads the council by nine points. In a memo released as polls closed, the campaign asked for a recount. She has led by wide margins. In the polls, anyway.';
    expect(read(text, BELIEFS).map(shown)).toEqual([
      [
        'In',
        'the latest Harbor Tribune survey',
        'the mayor leads the council by nine points',
        'report',
      ],
      ['asked', 'the campaign', 'for a recount', 'report'],
    ]);
    expect(read(text).map(shown)).toEqual([['asked', 'the campaign', 'for a recount', 'report']]);
  });
});
