import type { Attribution } from '../engine/types';
import type { Part } from './highlight-styles';

/** An attribution found in the page, with the Ranges of its parts over the page's own text. */
export interface Found {
  /** Offsets relative to the start of the passage it was found in (negative: in the one before). */
  attribution: Attribution;
  ranges: Record<Part, Range | null>;
}

export const PARTS: readonly Part[] = ['cue', 'source', 'claim'];
