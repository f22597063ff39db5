import type { TokenRange } from '../../../src/engine/english/phrases';
import { ENGLISH } from '../../../src/engine/packs/en';
import { ParsedText } from '../../../src/engine/text/parse';

/** An English text as its stages read it: split into tokens, sentences and quotes. */
export function parse(text: string): ParsedText {
  return new ParsedText(text, ENGLISH);
}

/** The words of a token range as written, or null for none. */
export function words(text: ParsedText, range: TokenRange | null): string | null {
  return range ? text.text.slice(text.start(range.first), text.end(range.last)) : null;
}
