import { LANGUAGE_TARGET_WORDS_PER_SECOND, type LanguageSpeed } from './language-speed';

/** What the per-language benchmark measured, and which corpora it had to skip. */
export interface LanguagesResult {
  speeds: LanguageSpeed[];
  skipped: string[];
}

const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');

function ratio(value: number): string {
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}

/** The per-language table: the engine told each language, beside the regular expression, by CPU time. */
export function languageLines({ speeds, skipped }: LanguagesResult): string[] {
  const header = [
    'language',
    'corpus',
    'words',
    'engine words/s',
    'baseline words/s',
    'engine ÷ baseline',
    `≥ ${thousands(LANGUAGE_TARGET_WORDS_PER_SECOND)}`,
  ];
  const rows = speeds.map((s) => [
    s.language,
    s.corpus,
    s.repeat > 1 ? `${thousands(s.words)} ×${s.repeat}` : thousands(s.words),
    thousands(s.engine.cpu.median),
    thousands(s.regex.cpu.median),
    ratio(s.engine.cpu.median / s.regex.cpu.median),
    s.engine.cpu.median >= LANGUAGE_TARGET_WORDS_PER_SECOND ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [
    'Speed per language, words per second by CPU time (median); extract told the language, the baseline the 22-verb regular expression; pages read as their article text; ×N: a small corpus read N times per run',
    line(header),
    ...rows.map(line),
    ...skipped.map((reason) => `  ${reason}`),
  ];
}
