import type { GoldAttribution, Pieces } from './brat';

/** The shape of the corpus's report-cues.json. */
export interface ReportCues {
  word_pattern: string;
  flags: string;
}

/** The text of a span as brat writes it: pieces joined by a space. */
export function piecesText(text: string, pieces: Pieces): string {
  return pieces.map(([start, end]) => text.slice(start, end)).join(' ');
}

/**
 * Whether a gold attribution is in the report subset: some whole word of its cue text is matched
 * by the pattern, a word boundary being any character that is not a letter a-z.
 */
export function reportSubset(cues: ReportCues): (text: string, gold: GoldAttribution) => boolean {
  const flags = cues.flags.includes('i') ? 'i' : '';
  const word = new RegExp(`(?<![a-z])(?:${cues.word_pattern})(?![a-z])`, flags);
  return (text, gold) => gold.cue !== null && word.test(piecesText(text, gold.cue));
}
