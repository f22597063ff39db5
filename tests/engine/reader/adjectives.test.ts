import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

const claims = (text: string) => cueSourceClaim(text, 'de');

describe('an adjective before the source’s noun, in German', () => {
  it('opens the source after "laut" and "nach Angaben"', () => {
    expect(claims('Laut der örtlichen Polizei kamen drei Menschen ums Leben.')).toEqual([
      ['Laut', 'der örtlichen Polizei', 'kamen drei Menschen ums Leben'],
    ]);
    expect(
      claims(
        'Nach Angaben des stellvertretenden Gouverneurs kamen drei Menschen ums Leben.',
      )[0]?.[1],
    ).toBe('stellvertretenden Gouverneurs');
    expect(
      claims('Bei dem Gefecht wurde nach Berichten britischer Zeitungen niemand verletzt.')[0]?.[1],
    ).toBe('britischer Zeitungen');
  });

  it('is no genitive of a phrase complete in itself, nor a verb', () => {
    // "weitere" says by its ending that it is no genitive: "nach Medienberichten" names its source.
    expect(
      claims('Festgenommen wurden nach Medienberichten weitere Demonstranten.')[0]?.slice(0, 2),
    ).toEqual(['nach', 'Medienberichten']);
    expect(claims('Laut werden Stimmen, die einen Rücktritt fordern.')).toEqual([]);
  });
});
