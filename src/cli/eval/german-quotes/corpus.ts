import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pieces } from '../brat';
import { codePointToUtf16 } from './offsets';

/** One annotated quotation: each role as UTF-16 pieces of the article text, empty when absent. */
export interface Quotation {
  quote: Pieces;
  cue: Pieces;
  speaker: Pieces;
  frame: Pieces;
}

/** One article of a split. */
export interface GermanArticle {
  name: string;
  text: string;
  quotations: Quotation[];
}

interface RawRole {
  spans: { charBegin: number; charEnd: number }[];
  text: string;
}

interface RawArticle {
  documentName: string;
  originalText: string;
  annotations: Record<'quote' | 'cue' | 'speaker' | 'frame', RawRole>[];
}

/**
 * A role's spans as UTF-16 pieces, checked against the text the corpus gives for the role (its
 * pieces joined by a space), so a wrong conversion fails loudly instead of scoring quietly.
 */
function piecesOf(text: string, toUtf16: (codePoint: number) => number, role: RawRole): Pieces {
  const pieces = role.spans.map(
    ({ charBegin, charEnd }) => [toUtf16(charBegin), toUtf16(charEnd)] as const,
  );
  const read = pieces.map(([start, end]) => text.slice(start, end)).join(' ');
  if (read !== role.text) {
    throw new Error(`spans read "${read}" where the corpus says "${role.text}"`);
  }
  return pieces;
}

/** One article from its JSON, offsets in UTF-16. */
export function parseArticle(json: string, name: string): GermanArticle {
  const raw = JSON.parse(json) as RawArticle;
  const text = raw.originalText;
  const toUtf16 = codePointToUtf16(text);
  const quotations = raw.annotations.map((a) => ({
    quote: piecesOf(text, toUtf16, a.quote),
    cue: piecesOf(text, toUtf16, a.cue),
    speaker: piecesOf(text, toUtf16, a.speaker),
    frame: piecesOf(text, toUtf16, a.frame),
  }));
  return { name, text, quotations };
}

/** The articles of one split (`SPLIT/*.json`), in sorted order. */
export function readGermanSplit(corpus: string, split: string): GermanArticle[] {
  const folder = join(corpus, split);
  if (!existsSync(folder))
    throw new Error(`German quotation split "${split}" not found at ${folder}`);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.pretty\.json$|\.json$/, '');
      try {
        return parseArticle(readFileSync(join(folder, file), 'utf8'), name);
      } catch (error) {
        throw new Error(`${join(folder, file)}: ${(error as Error).message}`);
      }
    });
}
