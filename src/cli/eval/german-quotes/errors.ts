import type { Pieces } from '../brat';
import { dice, overlaps } from '../measures';
import type { GermanArticle } from './corpus';
import { cueIsRight, matchOfQuotation, type PredictedQuotation } from './measures';

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ⏎ ');
}

/** The stretch around a span, with the span marked ⟦like this⟧. */
function context(text: string, pieces: Pieces): string {
  const start = pieces[0]?.[0] ?? 0;
  const end = pieces[pieces.length - 1]?.[1] ?? start;
  const before = text.slice(Math.max(0, start - 120), start);
  return oneLine(`…${before}⟦${text.slice(start, end)}⟧${text.slice(end, end + 80)}…`);
}

const show = (text: string, pieces: Pieces | null): string =>
  pieces && pieces.length > 0
    ? `"${oneLine(pieces.map(([s, e]) => text.slice(s, e)).join(' '))}"`
    : '—';

/**
 * Every error of one article, for study: predicted cues on no gold cue or frame, cued quotations
 * missed, uncued quotations no claim touches, and matched quotations whose speaker is missed or
 * whose quote scores low.
 */
export function describeGermanErrors(
  article: GermanArticle,
  predicted: readonly PredictedQuotation[],
): string[] {
  const { name, text, quotations } = article;
  const lines: string[] = [];
  for (const p of predicted) {
    if (!cueIsRight(p.cue, quotations)) lines.push(`FALSE CUE\t${name}\t${context(text, p.cue)}`);
  }
  for (const q of quotations) {
    if (q.cue.length === 0) {
      if (!predicted.some((p) => p.claim && overlaps(p.claim, q.quote))) {
        lines.push(`MISSED UNCUED\t${name}\t${context(text, q.quote)}`);
      }
      continue;
    }
    const match = matchOfQuotation(q, predicted);
    if (!match) {
      lines.push(`MISSED\t${name}\t${context(text, q.cue)}`);
      continue;
    }
    if (q.speaker.length > 0 && !(match.source && overlaps(match.source, q.speaker))) {
      lines.push(
        `SPEAKER\t${name}\tcue ${show(text, q.cue)}: gold ${show(text, q.speaker)}, predicted ${show(text, match.source)}`,
      );
    }
    const score = match.claim ? dice(match.claim, q.quote) : 0;
    if (score < 0.5) {
      lines.push(
        `QUOTE\t${name}\tcue ${show(text, q.cue)} (Dice ${score.toFixed(2)}): gold ${show(text, q.quote)}, predicted ${show(text, match.claim)}`,
      );
    }
  }
  return lines;
}
