import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

const claims = (text: string) => cueSourceClaim(text, 'de');

describe('German reported speech in Konjunktiv I after a comma', () => {
  it('reads a verb of any lemma in the mood of reported speech after its subject', () => {
    expect(claims('Die Polizei teilte mit, man prüfe den Fall.')).toEqual([
      ['teilte', 'Die Polizei', 'man prüfe den Fall'],
    ]);
    expect(claims('Er erklärte, die Regierung plane keine Steuererhöhung.')).toEqual([
      ['erklärte', 'Er', 'die Regierung plane keine Steuererhöhung'],
    ]);
    expect(claims('Der „Spiegel“ berichtete, der Minister trete zurück.')).toEqual([
      ['berichtete', 'Der „Spiegel“', 'der Minister trete zurück'],
    ]);
  });

  it('reads no report in the Präteritum or a participle before its noun', () => {
    expect(claims('Er berichtete, der Sturm heimsuchte die Stadt.')).toEqual([]);
    expect(claims('Er berichtete, die unter der Armutsgrenze lebende Familie.')).toEqual([]);
  });
});

describe('German separable verbs with their object before the particle', () => {
  it('claims what stands between the verb and its particle, not the speaker', () => {
    expect(claims('Die Gewerkschaft kündigte neue Streiks an.')).toEqual([
      ['kündigte', 'Die Gewerkschaft', 'neue Streiks'],
    ]);
    expect(claims('Der Minister gab seinen Rücktritt bekannt.')).toEqual([
      ['gab', 'Der Minister', 'seinen Rücktritt'],
    ]);
    // Near miss: with a clause after the particle, that clause is the claim.
    expect(claims('Die Deutsche Bahn kündigte an, die Preise zu erhöhen.')).toEqual([
      ['kündigte', 'Die Deutsche Bahn', 'die Preise zu erhöhen'],
    ]);
  });
});
