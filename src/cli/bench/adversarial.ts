/** Inputs built to make a careless extractor slower than linear, each repeating one pattern. */
export interface AdversarialCase {
  name: string;
  pattern: string;
}

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  // One endless word: cue words and quotes glued together, not a space anywhere.
  { name: 'no spaces', pattern: 'Officials“said”according"to\'reportedly(Analysts)say"' },
  // Quotes that open and never close, with cues inside, and no sentence ever ends.
  {
    name: 'unbalanced quotes',
    pattern: 'He said “the plan failed as Analysts say “costs rose according to “officials ',
  },
  // A single sentence of nothing but cues: every cue's claim and source search runs to the end.
  {
    name: 'cues, no sentence end',
    pattern: 'officials said according to reportedly it was reported that Analysts say ',
  },
  // A name that never ends and is never followed by a cue: backtracking name patterns go quadratic.
  { name: 'endless name', pattern: 'Elena Ruiz Marta López Jean-Paul O’Brien ' },
];

/** The case's pattern repeated to exactly `characters` UTF-16 code units. */
export function adversarialText(adversarial: AdversarialCase, characters: number): string {
  const pattern = adversarial.pattern;
  return pattern.repeat(Math.ceil(characters / pattern.length)).slice(0, characters);
}

/** Number of times a pattern's quote characters appear in a text, for the report. */
export function quoteCount(text: string): number {
  return text.match(/["“”'‘’]/g)?.length ?? 0;
}
