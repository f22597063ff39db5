import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/engine';
import { cueSourceClaim } from '../helpers';

describe('a report citing its own source, in the pack languages', () => {
  it('rests the cited source on the report’s claim, not on the report itself', () => {
    expect(
      cueSourceClaim('El ministro dimitirá, informó Reuters, citando fuentes del Gobierno.', 'es'),
    ).toEqual([
      ['informó', 'Reuters', 'El ministro dimitirá'],
      ['citando', 'fuentes del Gobierno', 'El ministro dimitirá'],
    ]);
    expect(
      cueSourceClaim(
        'Die Regierung plant eine Reform, berichtet der „Spiegel“ unter Berufung auf Insider.',
        'de',
      ),
    ).toEqual([
      ['berichtet', 'der „Spiegel“', 'Die Regierung plant eine Reform'],
      ['unter Berufung auf', 'Insider', 'Die Regierung plant eine Reform'],
    ]);
    expect(
      cueSourceClaim(
        'Wie die „Bild“ unter Berufung auf Sicherheitskreise berichtet, wurde der Mann festgenommen.',
        'de',
      ).map(([cue, , claim]) => [cue, claim]),
    ).toEqual([
      ['unter Berufung auf', 'wurde der Mann festgenommen'],
      ['berichtet', 'wurde der Mann festgenommen'],
    ]);
    expect(
      cueSourceClaim(
        'Le ministre va démissionner, a rapporté Reuters, citant des sources gouvernementales.',
        'fr',
      )[0]?.[2],
    ).toBe('Le ministre va démissionner');
  });

  it('says who cites the cited source', () => {
    const found = extract(
      'O ministro vai renunciar, informou a Reuters, citando fontes do governo.',
      {
        language: 'pt',
      },
    );
    expect(found.map((a) => [a.cue.text, a.citedBy])).toEqual([
      ['informou', null],
      ['citando', 'Reuters'],
    ]);
  });

  it('does not take the claim of a report that ends before a claim’s own tag', () => {
    const text = 'Man habe einen Punkt im Iran festgestellt, so der britische Sender.';
    const so = cueSourceClaim(text, 'de').find(([cue]) => cue === 'so');
    expect(so?.[2]).toBe('Man habe einen Punkt im Iran festgestellt');
  });
});

describe('a quoted name opening its sentence', () => {
  it('is the subject of the verb after it, not a quote', () => {
    expect(
      cueSourceClaim('„BBC News“ berichtet, dass die Gefangenen ausgebrochen sind.', 'de'),
    ).toEqual([['berichtet', 'BBC News', 'die Gefangenen ausgebrochen sind']]);
  });
});
