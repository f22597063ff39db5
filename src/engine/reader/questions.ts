/**
 * "¿Qué dijo el ministro?", "Qu'a dit le ministre ?", "O ministro disse a verdade?": a question
 * about what someone said attributes no claim. A question still reports what it says was said
 * after a "que" ("Por que o ministro disse que a inflação vai cair?"), and a tag after a question
 * reports the question ("¿Por qué, se preguntan los vecinos, nadie hizo nada?").
 */
import type { Pack } from '../packs/compile';
import type { TokenRange } from './claims';
import { type PackCue, PackCueKind } from './cue';
import type { PackText } from './pack-text';
import type { PackSource } from './sources';

export function asksWhatWasSaid(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  source: PackSource,
  claim: TokenRange | null,
): boolean {
  if (cue.kind !== PackCueKind.Verb || source.tagAfterClaim || cue.asClause >= 0) return false;
  if (!endsOnQuestionMark(text, cue.first)) return false;
  return claim === null || !openedAfterVerb(text, pack, claim);
}

/**
 * Whether the sentence of the token at i ends on a "?" of its own, not a quote's: «fügte hinzu:
 * „Wer kann glauben …?“» asks nothing of what was said.
 */
function endsOnQuestionMark(text: PackText, i: number): boolean {
  const last = text.sentenceEnd(i) - 1;
  return text.is(last, '?') && text.quoteOf(last) < 0;
}

/** Whether a "que", a quote mark or a colon opens the claim: what was said, not asked about. */
function openedAfterVerb(text: PackText, pack: Pack, claim: TokenRange): boolean {
  const opener = claim.first - 1;
  // An elided "qu'" is written into the claim's first word.
  const first = text.word(claim.first);
  if (first.endsWith("'") || first.endsWith('’')) return pack.complementizers.has(first);
  return (
    pack.complementizers.has(text.word(opener)) ||
    text.isQuoteMark(opener) ||
    text.isQuoteMark(claim.first) ||
    text.is(opener, ':')
  );
}
