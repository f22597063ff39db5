/** The Portuguese pack: Brazilian and European news alike. */
import { compilePack, type Pack } from '../compile';
import type { PackData } from '../pack';
import { grammar } from './grammar';
import data from './lexicon.json';

export const PORTUGUESE: Pack = compilePack(data as PackData, grammar);
