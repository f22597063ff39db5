import { isBeliefClass } from '../../packs/en';
import { TokenType } from '../../text/tokens';
import type { Cue } from '../cues/cue';
import type { TokenRange } from '../phrases';
import type { SourceFinding } from '../sources/find-source';
import type { EnglishText } from '../text';

/**
 * Where claims end once every attribution is known: before the next attribution of the sentence,
 * or further on, over the quotes that go on after a quoted claim.
 */

// How many later attributions of a sentence can end a claim: a sentence rarely holds more.
const NEIGHBOURS = 8;

/**
 * A claim stops where the next attribution of its sentence begins: in "Analysts say that X, The
 * Washington Post wrote" the analysts' claim is X, not the Post's attribution. Only an
 * attribution whose own claim comes before it ends another one this way.
 */
export function endBeforeLaterAttributions(
  text: EnglishText,
  items: readonly { cue: Cue; source: SourceFinding; content: TokenRange | null }[],
): void {
  const claimsBefore = items.map((item) =>
    item.content ? item.content.last < item.cue.first : false,
  );
  items.forEach((item, k) => {
    const claim = item.content;
    if (!claim) return;
    // Items come in cue order: only the next few whose cue falls inside this claim can end it.
    for (let j = k + 1; j < items.length && j <= k + NEIGHBOURS; j++) {
      const other = items[j];
      if (!other || other.cue.first > claim.last) break;
      if (other.cue.first <= claim.first) continue;
      // "says she hopes to win, but she knows that X": what a speaker believes is no end of what they said.
      if (isBeliefClass(other.cue.verbClass) && !isBeliefClass(item.cue.verbClass)) continue;
      const sourceFirst = other.source.range?.first ?? other.cue.first;
      if (!claimsBefore[j]) {
        // "said X, adding Y", "said X and called Y": a claim after its cue ends where the next attribution is joined on.
        const joined =
          sourceFirst > claim.first ? Math.min(sourceFirst, other.cue.first) : other.cue.first;
        if (claim.first > item.cue.last && text.quoteOf(joined) < 0) endAtJoin(text, claim, joined);
        continue;
      }
      // "the source, who said X, told Reuters": a subject that holds this cue ends its claim at its own cue.
      const start =
        sourceFirst <= claim.first ? other.cue.first : Math.min(other.cue.first, sourceFirst);
      if (start <= claim.first) continue;
      // '..., X wrote' or '“...,” according to X': the claim ends at the comma (a closing quote stays).
      let last = start - 1;
      if (text.type(last) === TokenType.CloseQuote && text.is(last - 1, ',')) {
        claim.last = Math.min(claim.last, last);
        continue;
      }
      if (!text.is(last, ',')) continue;
      while (last > claim.first && text.is(last, ',')) last--;
      if (last >= claim.first) claim.last = Math.min(claim.last, last);
    }
  });
}

/** Ends a claim before a later attribution joined on by a comma or a coordinator. */
function endAtJoin(text: EnglishText, claim: TokenRange, start: number): void {
  let last = start - 1;
  if (text.lexicon.grammar.coordinators.has(text.word(last))) last--;
  // 'said it was “a disgrace,” adding': the comma sits inside the quote, which stays.
  if (text.type(last) === TokenType.CloseQuote && text.is(last - 1, ',')) {
    if (last >= claim.first) claim.last = Math.min(claim.last, last);
    return;
  }
  if (!text.is(last, ',') && last === start - 1) return;
  while (last > claim.first && text.is(last, ',')) last--;
  if (last >= claim.first) claim.last = Math.min(claim.last, last);
}

/**
 * "“A,” said Caddell. “B.”": a quote that follows a quoted claim, in a sentence with no cue of
 * its own, is the same speaker going on. The claim grows over such quotes in its paragraph, and
 * over a next paragraph that is nothing but a quote.
 */
export function continueQuotes(
  text: EnglishText,
  items: readonly { cue: Cue; content: TokenRange | null }[],
): void {
  const cued = new Set<number>();
  for (const item of items) cued.add(text.sentences.of[item.cue.head] ?? -1);
  for (const item of items) {
    const claim = item.content;
    if (!claim || !text.isQuoteMark(claim.last)) continue;
    let end = text.sentenceEnd(claim.last);
    while (end < text.count) {
      let next = end;
      const crossesParagraph = text.type(next) === TokenType.Break;
      if (crossesParagraph) next++;
      const sentence = text.sentences.of[next] ?? -1;
      const q = text.quoteOf(next);
      if (sentence < 0 || cued.has(sentence) || q < 0 || text.quotes.open[q] !== next) break;
      const close = text.quotes.close[q] ?? next;
      // Across a paragraph break, only a paragraph that is all quote continues the claim.
      if (crossesParagraph && close + 1 < text.paragraphEnd(next) && !text.is(close + 1, '.'))
        break;
      if (close <= claim.last) break;
      claim.last = close;
      end = text.sentenceEnd(close);
    }
  }
}
