import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

const claims = (text: string) => cueSourceClaim(text, 'de');

describe('when it was said, in German, where days and months are capitalised nouns', () => {
  it('is no part of what a separable verb says, nor of who says it', () => {
    expect(claims('Die Gewerkschaft kündigte am Montag neue Streiks an.')).toEqual([
      ['kündigte', 'Die Gewerkschaft', 'neue Streiks'],
    ]);
    expect(claims('Laut der Polizei vom Dienstag wurde niemand verletzt.')[0]?.[1]).toBe(
      'der Polizei',
    );
    // Near miss: "für Donnerstag" says when the strike is, and stays in the claim.
    expect(claims('Die Gewerkschaft kündigte für Donnerstag einen Warnstreik an.')).toEqual([
      ['kündigte', 'Die Gewerkschaft', 'für Donnerstag einen Warnstreik'],
    ]);
  });

  it('puts the subject after the verb when a sentence opens on a time', () => {
    expect(claims('Anfang Juli berichtete der Sender, der Minister trete zurück.')).toEqual([
      ['berichtete', 'der Sender', 'der Minister trete zurück'],
    ]);
    expect(
      claims('Erst vergangene Woche kündigte der Konzern an, alle Filialen zu schließen.'),
    ).toEqual([['kündigte', 'der Konzern', 'alle Filialen zu schließen']]);
  });
});

describe('a German participle spelled as a present too ("berichtet", "erklärt")', () => {
  it('is the participle of an auxiliary earlier in its clause, whose subject is the source', () => {
    expect(claims('Der Sender hat am Montag berichtet, dass der Minister zurücktritt.')).toEqual([
      ['berichtet', 'Der Sender', 'der Minister zurücktritt'],
    ]);
    expect(claims('Die Ministerin hatte Anfang Juli erklärt, sie trete zurück.')).toEqual([
      ['erklärt', 'Die Ministerin', 'sie trete zurück'],
    ]);
  });

  it('in the passive, with a "dass" after it, is a report with no source', () => {
    expect(claims('Am Montag wurde berichtet, dass der Minister zurücktritt.')).toEqual([
      ['wurde berichtet', null, 'dass der Minister zurücktritt'],
    ]);
    expect(
      claims('Die Entscheidung wurde damit begründet, dass die Kosten zu hoch seien.'),
    ).toEqual([['begründet', null, 'dass die Kosten zu hoch seien']]);
    // Near misses: a passive with no "dass" reports nothing; "wie erwartet" reports no claim.
    expect(claims('Die Zahl der Toten wurde mit 214 angegeben.')).toEqual([]);
    expect(claims('Der Sturm hat sich wie erwartet verstärkt.').map((c) => c[1])).not.toContain(
      'Der Sturm',
    );
  });
});
