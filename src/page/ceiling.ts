/**
 * A ceiling on what one page lists and paints, so that no page, however long or hostile, makes
 * the reader's tab stall: painting costs the browser a redraw of every painted range each time.
 */
import type { Found } from './found';

/**
 * The most attributions one page lists and paints (each paints at most three ranges: cue, source,
 * claim, so at most 30,000 ranges). The densest pages measured hold far fewer: 43 in the 18 saved
 * news pages (../shared/pages), 4,600 (13,000 ranges) in bench:page's million-character live blog.
 * Past this a page is not news but a machine's output (issue 12: 51,000 in 17,000 paragraphs).
 */
export const MOST_ATTRIBUTIONS = 10_000;

/** Counts against the ceiling as passages are read; once it is met, the rest is left unread. */
export class AttributionCeiling {
  /** Some attributions of the page were left out: the reader is told only the first are listed. */
  capped = false;

  constructor(private readonly most = MOST_ATTRIBUTIONS) {}

  /** Whether no more attributions fit, `listed` being listed already. */
  full(listed: number): boolean {
    return listed >= this.most;
  }

  /** A passage's fresh attributions, cut to the room left by the `others` the page lists besides. */
  fit(fresh: Found[], others: number): Found[] {
    const room = Math.max(0, this.most - others);
    if (fresh.length <= room) return fresh;
    this.capped = true;
    return fresh.slice(0, room);
  }
}
