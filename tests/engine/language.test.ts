import { describe, expect, it } from 'vitest';
import { extract, languageOf, readsLanguageOf } from '../../src/engine';

const FRENCH =
  'Le conseil municipal a reporté son vote sur le contrat du ferry, selon le procès-verbal publié ' +
  'par la Gazette du littoral. La maire a déclaré que le conseil avait besoin de plus de temps pour ' +
  'étudier les offres des deux compagnies, qui restent secrètes.';
const ITALIAN =
  'Il consiglio comunale ha rinviato il voto sul contratto del traghetto, secondo il verbale ' +
  'pubblicato dalla Gazzetta del litorale. La sindaca ha dichiarato che il consiglio aveva bisogno ' +
  'di più tempo per studiare le offerte delle due compagnie, che restano segrete. Il gestore ' +
  'avrebbe chiesto una sovvenzione due volte più grande di quella versata oggi.';
const ENGLISH =
  'The council postponed its vote on the ferry contract, according to minutes published by the ' +
  'Coastal Gazette. The mayor said the council needed more time to study the bids of the two ' +
  'companies, which remain secret.';

describe('the languages the engine reads', () => {
  it('tells English from French, and finds nothing in a language it does not read', () => {
    expect(languageOf(ENGLISH)).toBe('en');
    expect(languageOf(FRENCH)).toBe('fr');
    expect(readsLanguageOf(ITALIAN)).toBe(false);
    expect(extract(ITALIAN)).toEqual([]);
  });

  it('believes a page that declares its language only when the text agrees', () => {
    expect(languageOf(FRENCH, 'en')).toBe('fr');
    expect(languageOf(ENGLISH, 'fr-CA')).toBe('en');
    expect(languageOf(ITALIAN, 'fr')).toBe(null);
  });

  it('reads a text too short to judge as its page declares, or else as English', () => {
    expect(languageOf('Le conseil a reporté son vote.', 'fr')).toBe('fr');
    expect(languageOf('The council postponed its vote.')).toBe('en');
    expect(readsLanguageOf('Il consiglio ha rinviato il voto.')).toBe(true);
  });

  it('reads French with the French pack: who said what, as in English', () => {
    const [found] = extract(FRENCH);
    expect(found?.cue.text).toBe('selon');
    expect(found?.kind).toBe('document');
    const said = extract(FRENCH).find((a) => a.cue.text === 'a déclaré');
    expect(said?.source?.text).toBe('La maire');
    expect(said?.content?.text).toContain('le conseil avait besoin de plus de temps');
  });
});
