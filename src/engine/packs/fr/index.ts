import type { Pack as PackType } from '../compile';
import { compilePack } from '../compile';
import type { PackData } from '../pack';
import { grammar } from './grammar';
import data from './lexicon.json';

/** The French pack. */
export const FRENCH: PackType = compilePack(data as PackData, grammar);
