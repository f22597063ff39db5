import type { TokenRange } from '../../../src/engine/english/phrases';
import type { EnglishText } from '../../../src/engine/english/text';
import { ENGLISH } from '../../../src/engine/packs/en';
import { ParsedText } from '../../../src/engine/text/parse';

/** An English text as its stages read it: split into tokens, sentences and quotes. */
export function parse(text: string): EnglishText {
  return new ParsedText(text, ENGLISH);
}

/** The words of a token range as written, or null for none. */
export function words(text: EnglishText, range: TokenRange | null): string | null {
  return range ? text.text.slice(text.start(range.first), text.end(range.last)) : null;
}
