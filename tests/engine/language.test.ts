import { describe, expect, it } from 'vitest';
import { extract, readsLanguageOf } from '../../src/engine';

const FRENCH =
  'Le conseil municipal a reporté son vote sur le contrat du ferry, selon le procès-verbal publié ' +
  'par la Gazette du littoral. La maire a déclaré que le conseil avait besoin de plus de temps pour ' +
  'étudier les offres des deux compagnies, qui restent secrètes.';
const ENGLISH =
  'The council postponed its vote on the ferry contract, according to minutes published by the ' +
  'Coastal Gazette. The mayor said the council needed more time to study the bids of the two ' +
  'companies, which remain secret.';

describe('the languages the engine reads', () => {
  it('reads English and not French, and finds nothing where it does not read', () => {
    expect(readsLanguageOf(ENGLISH)).toBe(true);
    expect(readsLanguageOf(FRENCH)).toBe(false);
    expect(extract(FRENCH)).toEqual([]);
  });

  it('counts a text too short to judge as one it reads', () => {
    expect(readsLanguageOf('Le conseil a reporté son vote.')).toBe(true);
  });
});
