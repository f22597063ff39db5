/** The Spanish pack: the press of Spain and Latin America, its words and its grammar. */
import { compilePack, type Pack } from '../compile';
import type { PackData } from '../pack';
import { grammar } from './grammar';
import data from './lexicon.json';

export const SPANISH: Pack = compilePack(data as PackData, grammar);
