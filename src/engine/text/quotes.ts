import { Int32Slot, type Scratch } from './scratch';
import { markAt, markCodes, Shape, type Tokens, TokenType } from './tokens';

/**
 * Direct quotes as token ranges: quote `q` runs from its opening mark `open[q]` to its closing
 * mark `close[q]` (both inclusive). A quote left open at the end of a paragraph continues when the
 * next paragraph opens with a quote mark, as multi-paragraph quotes are written; otherwise it ends
 * with its paragraph.
 */
export interface Quotes {
  readonly count: number;
  readonly open: Int32Array;
  readonly close: Int32Array;
  /** Whether the quote has its closing mark (an unclosed quote ends at its paragraph's end). */
  readonly closed: Uint8Array;
  /** Whether it is a single-quoted ‘…’ stretch outside any double quote (a headline's quote). */
  readonly single: Uint8Array;
  /** The quote each token lies in (marks included), or -1. */
  readonly of: Int32Array;
}

const spaceBefore = (tokens: Tokens, i: number): boolean =>
  i >= tokens.count || ((tokens.shape[i] ?? 0) & Shape.SpaceBefore) !== 0;

const OPENING = markCodes('([');

/** Whether the token after i is separated from it (a space, a break, the end): a mark that can close. */
function spaceAfter(tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count) return true;
  if (tokens.type[i + 1] === TokenType.Break) return true;
  if (spaceBefore(tokens, i + 1)) return true;
  return tokens.type[i + 1] === TokenType.Punct && !OPENING.has(markAt(tokens, i + 1));
}

export function findQuotes(tokens: Tokens, scratch?: Scratch): Quotes {
  const n = tokens.count;
  const of = (
    scratch ? scratch.int32(Int32Slot.QuoteOf, n).subarray(0, n) : new Int32Array(n)
  ).fill(-1);
  const open: number[] = [];
  const close: number[] = [];
  const closed: number[] = [];
  const single: number[] = [];
  // The quote being read: its index, whether double, and whether a break was met inside it.
  let current = -1;
  let double = false;
  let brokeAt = -1;

  const begin = (i: number, isDouble: boolean): void => {
    current = open.length;
    open.push(i);
    close.push(i);
    closed.push(0);
    single.push(isDouble ? 0 : 1);
    double = isDouble;
    brokeAt = -1;
    of[i] = current;
  };
  const finish = (i: number, withMark: boolean): void => {
    if (!double && !withMark) {
      // An unclosed single mark is more likely an apostrophe (‘90s) than a quote: forget it.
      of[open[current] ?? 0] = -1;
      open.pop();
      close.pop();
      closed.pop();
      single.pop();
      current = -1;
      return;
    }
    close[current] = i;
    closed[current] = withMark ? 1 : 0;
    for (let k = open[current] ?? i; k <= i; k++) of[k] = current;
    current = -1;
  };

  for (let i = 0; i < n; i++) {
    const type = tokens.type[i];
    if (current >= 0 && brokeAt >= 0) {
      // A paragraph ended inside the quote: it goes on only if this paragraph opens with a mark.
      const reopens =
        (double && (type === TokenType.OpenQuote || type === TokenType.StraightQuote)) ||
        (!double && type === TokenType.SingleQuote);
      if (!reopens) {
        finish(brokeAt - 1, false);
      } else {
        brokeAt = -1;
        continue;
      }
    }
    if (type === TokenType.Break) {
      if (current >= 0) brokeAt = i;
      continue;
    }
    if (type === TokenType.OpenQuote) {
      // “ typed where ” was meant: glued to the word before and followed by a space, it closes.
      if (current >= 0 && double && !spaceBefore(tokens, i) && spaceAfter(tokens, i)) {
        finish(i, true);
        continue;
      }
      if (current >= 0 && double) finish(i - 1, false);
      if (current < 0) begin(i, true);
      continue;
    }
    if (type === TokenType.CloseQuote) {
      if (current >= 0 && double) finish(i, true);
      continue;
    }
    if (type === TokenType.StraightQuote) {
      if (current >= 0 && double) {
        if (spaceAfter(tokens, i) || !spaceBefore(tokens, i)) finish(i, true);
        else {
          finish(i - 1, false);
          begin(i, true);
        }
      } else if (current < 0 && !spaceAfter(tokens, i)) {
        begin(i, true);
      } else if (current >= 0 && !double && !spaceAfter(tokens, i)) {
        // A double quote opening inside a headline's single quotes: the double one wins.
        finish(i - 1, false);
        begin(i, true);
      }
      continue;
    }
    if (type === TokenType.SingleQuote) {
      if (current >= 0 && double) continue;
      const opening = tokens.text.charCodeAt(tokens.start[i] ?? 0) === 0x2018;
      if (current < 0 && spaceBefore(tokens, i) && !spaceAfter(tokens, i) && opening) {
        begin(i, false);
      } else if (current >= 0 && !double && !spaceBefore(tokens, i)) {
        finish(i, true);
      }
    }
  }
  if (current >= 0) {
    // A quote still open at the end of the text ends with its last paragraph.
    let last = brokeAt >= 0 ? brokeAt - 1 : n - 1;
    while (last > (open[current] ?? 0) && tokens.type[last] === TokenType.Break) last--;
    finish(last, false);
  }
  // Copied by the constructors, not by `from`, which walks each array through its iterator.
  return {
    count: open.length,
    open: new Int32Array(open),
    close: new Int32Array(close),
    closed: new Uint8Array(closed),
    single: new Uint8Array(single),
    of,
  };
}
