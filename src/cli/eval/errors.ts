import type { Pieces } from './brat';
import { dice, matchOf, overlaps, type ScoredArticle } from './measures';
import { piecesText } from './report-subset';

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ⏎ ');
}

/** The sentence-sized stretch around a span, with the span marked ⟦like this⟧. */
function context(text: string, pieces: Pieces): string {
  const start = pieces[0]?.[0] ?? 0;
  const end = pieces[pieces.length - 1]?.[1] ?? start;
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 80);
  return oneLine(`…${before}⟦${text.slice(start, end)}⟧${after}…`);
}

const show = (text: string, pieces: Pieces | null): string =>
  pieces ? `"${oneLine(piecesText(text, pieces))}"` : '—';

/**
 * Every error of one article, for error analysis: predicted cues on no gold cue, gold cues
 * missed (report cues apart from beliefs, intentions and stances), cues found but not drawn as
 * the gold draws them, and matched report attributions whose source is not exact or whose content
 * scores low.
 */
export function describeErrors(article: ScoredArticle): string[] {
  const { name, text, gold, predicted, inReportSubset } = article;
  const lines: string[] = [];
  for (const p of predicted) {
    if (!gold.some((g) => g.cue && overlaps(p.cue, g.cue))) {
      lines.push(`FALSE CUE\t${name}\t${context(text, p.cue)}`);
    }
  }
  gold.forEach((g, i) => {
    if (!g.cue) return;
    const match = matchOf(g, predicted);
    if (!match) {
      // Beliefs, intentions and stances missed are listed apart: only --beliefs is meant to find them.
      const kind = inReportSubset[i] ? 'MISSED' : 'MISSED BELIEF';
      lines.push(`${kind}\t${name}\t${context(text, g.cue)}`);
      return;
    }
    // A cue found but drawn unlike the gold ("said" for "has said") costs exact cue F1.
    if (show(text, match.cue) !== show(text, g.cue)) {
      lines.push(`CUE\t${name}\t${context(text, g.cue)}: predicted ${show(text, match.cue)}`);
    }
    if (!inReportSubset[i]) return;
    if (g.source && (!match.source || show(text, match.source) !== show(text, g.source))) {
      lines.push(
        `SOURCE\t${name}\tcue ${show(text, g.cue)}: gold ${show(text, g.source)}, predicted ${show(text, match.source)}`,
      );
    }
    if (g.content) {
      const score = match.content ? dice(match.content, g.content) : 0;
      if (score < 0.5) {
        lines.push(
          `CONTENT\t${name}\tcue ${show(text, g.cue)} (Dice ${score.toFixed(2)}): gold ${show(text, g.content)}, predicted ${show(text, match.content)}`,
        );
      }
    }
  });
  return lines;
}
