import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

describe('what is never an attribution', () => {
  it('ignores plans, schedules and rules', () => {
    expect(
      read(
        'The launch went according to plan. Trains ran according to schedule. The game was played according to the rules.',
      ),
    ).toEqual([]);
  });

  it('reads why a source goes unnamed as no claim of its own', () => {
    const text =
      'Her attorney, who asked not to be named, said she would appeal. A senior official, who asked not to be identified, said the deal was close.';
    expect(read(text).map((a) => [a.cue.text, a.source?.text])).toEqual([
      ['said', 'Her attorney'],
      ['said', 'A senior official'],
    ]);
    expect(read('She asked reporters to leave the room.').map((a) => a.cue.text)).toEqual([
      'asked',
    ]);
  });

  it('ignores "the said agreement" and other adjectives', () => {
    expect(
      read('The said agreement lapsed. An alleged plot was foiled by the reported deadline.'),
    ).toEqual([]);
  });

  it('ignores photo credits and captions', () => {
    const caption =
      'This file photo released by the city shows the mayor at the harbour on May 2, 2024. (Source: Harbour Photo Agency)\n\n' +
      'Photo: Lena Park/Reuters\n\nCredit: Getty Images';
    expect(read(caption)).toEqual([]);
  });

  it('ignores a byline and a donation appeal', () => {
    const text =
      'By Maria Lopez and Tom Reyes\n\nReporting by Ana Duarte; Editing by Paul Lind\n\n' +
      'Your gift keeps verified reporting free for everyone — support independent journalism today.';
    expect(read(text)).toEqual([]);
  });

  it('ignores the labels of a live page', () => {
    expect(
      read(
        'Update: The bridge is open again.\n\nWatch: Divers recover the anchor.\n\nRelated: Port fees rise.',
      ),
    ).toEqual([]);
  });

  it('reads nothing in prose of another language, where an English lexicon finds only false cues', () => {
    // Dutch: a language no pack reads yet (German, which this test once used, now has its own).
    const dutch =
      'Handleiding: desktopvirtualisatie in het kort. De regering heeft op dinsdag aangekondigd dat ' +
      'de nieuwe regels vanaf volgend jaar moeten gelden. De woordvoerder zei dat men de situatie zal ' +
      'onderzoeken en de resultaten in de zomer zal voorleggen. Critici vinden dat te laat en vragen ' +
      'snellere beslissingen van de regering en de provincies.';
    expect(read(dutch)).toEqual([]);
  });
});

describe('report verbs spelled as nouns', () => {
  it('reads a report named by its outlet as a noun, even with a clause after it', () => {
    expect(read('The ferry line welcomed a Channel 9 report that the pier had reopened.')).toEqual(
      [],
    );
  });

  it('reads "states" after a comma as the noun', () => {
    expect(read('Ferries ran in Maine and Vermont, states that vote in March.')).toEqual([]);
  });

  it('reads a programme called a show as a noun', () => {
    expect(read('The two taped an hourlong show that aired on Friday.')).toEqual([]);
  });

  it('still reads the verbs after a finder or an outlet', () => {
    const found = read(
      'The harbour study shows that the water is clean. The Harbour Gazette reports that the pier reopened.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['shows', 'reports']);
  });

  it('reads a heading’s dated participle as no report, and an inverted "Said X" as one', () => {
    expect(
      read('Declared 2026 Harbour Candidates.\n\nAna Ortiz — Announced March 3, 2025'),
    ).toEqual([]);
    const found = read('Said Ana Ortiz, “The pier stays open.”');
    expect(found.map((a) => a.cue.text)).toEqual(['Said']);
  });
});

describe('verbs of saying that report nothing here', () => {
  it('reads a relative clause after a name as a description, not a tag', () => {
    expect(
      read('The water board, which maintains about 4,000 miles of pipe, raised rates.'),
    ).toEqual([]);
  });

  it('ignores things pointed at, and a "that" pointing to a question', () => {
    expect(read('The store hung banners pointing out deals for members.')).toEqual([]);
    expect(read('That points to a harder choice for the council.')).toEqual([]);
  });

  it('ignores a request for comment and a participle’s request', () => {
    expect(read('The Gazette is asking the port authority for comment.')).toEqual([]);
    expect(read('Owners can object by asking a judge to value their berths.')).toEqual([]);
  });

  it('ignores what someone would say under a condition', () => {
    expect(read('This story will be updated if harbour officials respond.')).toEqual([]);
  });

  it('reads "claimed responsibility" and "claimed the title" as taking, not saying', () => {
    expect(read('Although no faction claimed responsibility, the blast shut the port.')).toEqual(
      [],
    );
    expect(read('The rowing club claimed the title on Sunday.')).toEqual([]);
  });

  it('ignores the writer citing their own work', () => {
    expect(read('(For how these funds work, I wrote a short guide in 2019.)')).toEqual([]);
    expect(read('As we reported in May, the ferry lost money.')).toEqual([]);
  });

  it('ignores a reflexive "defending itself" after a quoted word and an imperative "Be warned"', () => {
    const found = read('He vowed that the port would be “tireless” in defending itself.');
    expect(found.map((a) => a.cue.text)).toEqual(['vowed']);
    expect(read('Be warned: the last ride is the scariest.')).toEqual([]);
  });

  it('reads "was described as" with no one describing as a label', () => {
    expect(
      read('A stranding that was described as “unprecedented” left the town scrambling.'),
    ).toEqual([]);
  });
});
