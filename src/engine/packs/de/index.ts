/** The German pack: its lexicon and grammar, compiled once. */
import { compilePack, type Pack } from '../compile';
import type { PackData } from '../pack';
import { grammar } from './grammar';
import data from './lexicon.json';

export const GERMAN: Pack = compilePack(data as PackData, grammar);
