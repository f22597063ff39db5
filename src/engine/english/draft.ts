import type { Cue } from './cues/cue';
import type { TokenRange } from './phrases';
import type { SourceFinding } from './sources/find-source';

/**
 * An attribution in the making, in tokens: the cue stage finds its cue, the source stage its
 * source, the claim stage its claim; later stages drop, trim and name drafts in place. Its own
 * file, so that the stages that take drafts need not import the reader that makes them.
 */
export interface Draft {
  cue: Cue;
  source: SourceFinding;
  content: TokenRange | null;
}
