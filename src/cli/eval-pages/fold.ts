/**
 * Text compared the way the page gold says: letters folded (case, accents, curly quotes) and
 * whitespace collapsed. Folding keeps one character for one, so a match in folded text is a
 * match at the same offsets in the original.
 */
const QUOTES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '‹': "'",
  '›': "'",
};

function foldChar(char: string): string {
  const quote = QUOTES[char];
  if (quote) return quote;
  if (/\s/.test(char)) return ' ';
  const base = char
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return base.length === 1 ? base : char.toLowerCase().charAt(0) || char;
}

/** Each UTF-16 unit folded to one unit: same length, same offsets. */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

/** Folded with runs of whitespace made one space and the ends trimmed: for comparing phrases. */
export function fold(text: string): string {
  return foldKeepingOffsets(text).replace(/ +/g, ' ').trim();
}

/** The words of a text, folded: letters and digits, in order. */
export function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Where a phrase occurs in a text, whatever the whitespace between its words. */
export function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  const words = fold(phrase).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s+'), 'g');
  const found: Array<{ start: number; end: number }> = [];
  for (const match of foldKeepingOffsets(text).matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
