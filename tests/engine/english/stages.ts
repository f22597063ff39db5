import type { TokenRange } from '../../../src/engine/english/phrases';
import { EnglishText } from '../../../src/engine/english/text';

/** An English text as its stages read it: split into tokens, sentences and quotes. */
export function parse(text: string): EnglishText {
  return new EnglishText(text);
}

/** The words of a token range as written, or null for none. */
export function words(text: EnglishText, range: TokenRange | null): string | null {
  return range ? text.text.slice(text.start(range.first), text.end(range.last)) : null;
}
