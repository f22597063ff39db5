import { dropCueRuns } from './cue-runs';
import { languageOfTokens } from './language';
import { READERS } from './readers';
import { Scratch } from './text/scratch';
import { tokenize } from './text/tokens';
import type { Attribution, ExtractOptions } from './types';

// One text is read at a time and nothing of it is kept, so its working arrays can be the same
// from one call to the next, up to a size a page's article rarely passes.
const SCRATCH = new Scratch();
const LONGEST_KEPT = 1 << 18;

/**
 * Every attribution in a text, sorted by where its cue starts: the text is split into tokens once,
 * its language told from them, and the language's reader reads it.
 */
export function extract(input: string, options?: ExtractOptions): Attribution[] {
  const raw = typeof input === 'string' ? input : '';
  const scratch = raw.length <= LONGEST_KEPT ? SCRATCH : undefined;
  const tokens = tokenize(raw, scratch);
  const language = options?.language ?? languageOfTokens(tokens);
  const reader = language ? READERS.get(language) : undefined;
  // A run of cue words with nothing between them ("said said said") is no attribution.
  return reader ? dropCueRuns(raw, reader.read(raw, tokens, scratch, options)) : [];
}
