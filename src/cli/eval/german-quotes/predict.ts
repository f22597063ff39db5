import { extract } from '../../../engine';
import { PACKS } from '../../../engine/packs';
import { claimPieces } from '../claim-pieces';
import type { PredictedQuotation } from './measures';

// German opens a quotation with „ or » (and ‚ › within one); Swiss text with « and ‹.
const GERMAN_OPENING = /[„»«‚›‹"']/;

/** What extract finds in a German article, each claim as the corpus marks a quote: the pieces around an attribution that interrupts it. */
export function predictGerman(text: string): PredictedQuotation[] {
  const hedges = PACKS.de?.hedges;
  return extract(text, { language: 'de' }).map((a) => ({
    hearsay: a.kind === 'none' && hedges?.has(a.cue.text.toLowerCase()) === true,
    cue: [[a.cue.start, a.cue.end]],
    source: a.source ? [[a.source.start, a.source.end]] : null,
    claim: claimPieces(text, a, GERMAN_OPENING),
  }));
}
