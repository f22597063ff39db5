import type { Language, LanguageCorpus } from './language-corpora';
import { type Rates, wordsPerSecond } from './measure';
import { countCues } from './methods';
import type { Extract } from './shipped-engine';

/** Each language's floor, by CPU time (issue 11). */
export const LANGUAGE_TARGET_WORDS_PER_SECOND = 1_500_000;
/** A small corpus is read this many words' worth per timed run, so timer and scheduler noise stay small beside the run. */
export const WORDS_PER_RUN = 300_000;

const WARMUPS = 5;
const RUNS = 11;

/** One language's speed, the engine's and the regular expression's, on one corpus. */
export interface LanguageSpeed {
  language: Language | 'en';
  corpus: string;
  words: number;
  /** How many times the corpus is read in one timed run. */
  repeat: number;
  engine: Rates;
  regex: Rates;
}

/** How many times a corpus of `words` is read in one run to reach WORDS_PER_RUN. */
export function repeatFor(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(WORDS_PER_RUN / words));
}

/** The engine, told the language, beside the regular-expression baseline, in interleaved runs. */
export function languageSpeed(corpus: LanguageCorpus, extract: Extract): LanguageSpeed {
  const repeat = repeatFor(corpus.words);
  const texts = Array.from({ length: repeat }, () => corpus.texts).flat();
  const { language } = corpus;
  const [engine, regex] = wordsPerSecond(texts, corpus.words * repeat, [
    { read: (text) => extract(text, { language }), warmups: WARMUPS, runs: RUNS },
    { read: countCues, warmups: WARMUPS, runs: RUNS },
  ]) as [Rates, Rates];
  return { language, corpus: corpus.description, words: corpus.words, repeat, engine, regex };
}
