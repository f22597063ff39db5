/**
 * Every language the engine reads, and what reads it. English is a language like the others: its
 * words are data (packs/en/lexicon.json) and its grammar a module; that module happens to be
 * larger, a folder per stage (english/). Every other language is a pack (packs/xx/) read by the
 * one pack reader (reader/). A pack registered in packs/index.ts is read here with no change,
 * and `extract` has no branch for any language.
 */
import { readEnglish } from './english/read';
import { EnglishText } from './english/text';
import { PACKS } from './packs';
import type { Pack } from './packs/compile';
import { ENGLISH } from './packs/en';
import { PackText } from './reader/pack-text';
import { readWithPack } from './reader/read';
import type { Scratch } from './text/scratch';
import type { Tokens } from './text/tokens';
import type { Attribution, ExtractOptions, LanguageCode } from './types';

export interface LanguageReader {
  /** Hashes of the language's commonest words, to tell its prose from another language's. */
  commonWords: ReadonlySet<number>;
  /** The attributions of a text in this language, already split into tokens. */
  read(raw: string, tokens: Tokens, scratch?: Scratch, options?: ExtractOptions): Attribution[];
}

const english: LanguageReader = {
  commonWords: ENGLISH.commonWords,
  read: (raw, tokens, scratch, options) =>
    readEnglish(new EnglishText(raw, scratch, tokens), options),
};

function packReader(pack: Pack): LanguageReader {
  return {
    commonWords: pack.commonWords,
    read: (raw, tokens, scratch) => readWithPack(new PackText(raw, pack, scratch, tokens), pack),
  };
}

/** The readers, English first: a short text with no clear language is read as English. */
export const READERS: ReadonlyMap<LanguageCode, LanguageReader> = new Map([
  ['en', english],
  ...Object.entries(PACKS).map(([code, pack]) => [code as LanguageCode, packReader(pack)] as const),
]);
