/** What the page's session tests share: a painter that records, and the background's own answers. */
import { answerExtract } from '../../src/background/extract-requests';
import type { AskBackground } from '../../src/page/extraction';
import type { Found } from '../../src/page/found';
import type { HighlightPainter } from '../../src/page/highlights';

/** A painter that only remembers what is painted: happy-dom has no CSS highlights. */
export function recordingPainter() {
  const painted = new Set<Found>();
  const painter = {
    replace: (old: readonly Found[], fresh: readonly Found[]) => {
      for (const found of old) painted.delete(found);
      for (const found of fresh) painted.add(found);
    },
    remove: (found: Found) => painted.delete(found),
    flush: () => {},
  } as unknown as HighlightPainter;
  return { painter, painted };
}

/** The background's answer to the page, as its message listener gives it, without the messaging. */
export const askTheBackground: AskBackground = async (request) => answerExtract(request);
