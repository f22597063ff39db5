import { Int32Slot, type Scratch } from './scratch';
import { hashWord, lowerAt, markAt, markCodes, Shape, type Tokens, TokenType } from './tokens';

/** Sentences and paragraphs as token ranges: sentence `s` is tokens [first[s], end[s]). */
export interface Sentences {
  readonly count: number;
  readonly first: Int32Array;
  readonly end: Int32Array;
  /** The sentence of each token; -1 for paragraph breaks. */
  readonly of: Int32Array;
  /** The paragraph of each token. */
  readonly paragraph: Int32Array;
  /** For each paragraph, one past its last token. */
  readonly paragraphEnd: Int32Array;
}

const ENDS = markCodes('.!?…');
const PERIOD = '.'.charCodeAt(0);
const CLOSING = markCodes(')]');
const OPENING = markCodes('([—-');
// A longer "sentence" is not prose (a list, a table, a runaway string): it is cut so that the
// work and the claims around each cue stay bounded.
const LONGEST_SENTENCE = 250;

/** Whether token i can start a sentence: a capital, a digit, an opening quote or bracket. */
function startsSentence(tokens: Tokens, i: number): boolean {
  const type = tokens.type[i];
  if (type === TokenType.Break) return true;
  if (type === TokenType.Number || type === TokenType.OpenQuote) return true;
  if (type === TokenType.Word) return ((tokens.shape[i] ?? 0) & Shape.Capitalized) !== 0;
  if (type === TokenType.StraightQuote || type === TokenType.SingleQuote) {
    return ((tokens.shape[i] ?? 0) & Shape.SpaceBefore) !== 0;
  }
  return OPENING.has(markAt(tokens, i));
}

// The hashes (`hashWord`) of each lexicon's abbreviations, made once.
const ABBREVIATION_HASHES = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

function hashesOf(abbreviations: ReadonlySet<string>): ReadonlySet<number> {
  let hashes = ABBREVIATION_HASHES.get(abbreviations);
  if (!hashes) {
    hashes = new Set([...abbreviations].map(hashWord));
    ABBREVIATION_HASHES.set(abbreviations, hashes);
  }
  return hashes;
}

/**
 * Whether the period at i ends an abbreviation that precedes a name ("Mr.", "Sen.", an initial):
 * the word before it is made a string only for a period written against a word, and only when it
 * is one letter long or its hash is an abbreviation's: most sentences end on a word that is none.
 */
function abbreviationAt(
  tokens: Tokens,
  i: number,
  abbreviations: ReadonlySet<string>,
  hashes: ReadonlySet<number>,
): boolean {
  if (markAt(tokens, i) !== PERIOD || tokens.type[i - 1] !== TokenType.Word) return false;
  if (((tokens.shape[i] ?? 0) & Shape.SpaceBefore) !== 0) return false;
  const length = (tokens.end[i - 1] ?? 0) - (tokens.start[i - 1] ?? 0);
  if (length !== 1 && !hashes.has(tokens.hash[i - 1] ?? 0)) return false;
  const before = lowerAt(tokens, i - 1);
  return (
    abbreviations.has(before) ||
    (before.length === 1 && ((tokens.shape[i - 1] ?? 0) & Shape.Capitalized) !== 0)
  );
}

// An ordinal's number is short: the day of a month, a century, a match's minute.
const LONGEST_ORDINAL = 3;

/**
 * Whether the period at i makes the number before it an ordinal, as German writes them: "am 26.
 * Februar", "in der 90. Minute". The word after must be one of the language's `ordinalNouns`:
 * "Sie wurde 26. Damals …" ends its sentence.
 */
function ordinalAt(
  tokens: Tokens,
  i: number,
  next: number,
  ordinalNouns: ReadonlySet<string>,
  hashes: ReadonlySet<number>,
): boolean {
  if (markAt(tokens, i) !== PERIOD || tokens.type[i - 1] !== TokenType.Number) return false;
  if (((tokens.shape[i] ?? 0) & Shape.SpaceBefore) !== 0) return false;
  if ((tokens.end[i - 1] ?? 0) - (tokens.start[i - 1] ?? 0) > LONGEST_ORDINAL) return false;
  return hashes.has(tokens.hash[next] ?? 0) && ordinalNouns.has(lowerAt(tokens, next));
}

/**
 * Splits tokens into sentences: a paragraph break always ends one; . ! ? … end one when the next
 * token can start a sentence, the word before the period is not an abbreviation that precedes a
 * name ("Mr.", "Sen.", an initial) and the period makes no ordinal ("am 26. Februar"; the nouns
 * after which it does are `ordinalNouns`, none in English).
 */
export function splitSentences(
  tokens: Tokens,
  abbreviations: ReadonlySet<string>,
  ordinalNouns: ReadonlySet<string> | undefined,
  scratch?: Scratch,
): Sentences {
  const n = tokens.count;
  const hashes = hashesOf(abbreviations);
  const ordinalHashes = ordinalNouns ? hashesOf(ordinalNouns) : null;
  const of = scratch ? scratch.int32(Int32Slot.SentenceOf, n).subarray(0, n) : new Int32Array(n);
  const paragraph = scratch
    ? scratch.int32(Int32Slot.ParagraphOf, n).subarray(0, n)
    : new Int32Array(n);
  // A text has at most one sentence per token, and one paragraph more than it has breaks.
  const first = scratch ? scratch.int32(Int32Slot.SentenceFirst, n + 1) : new Int32Array(n + 1);
  const end = scratch ? scratch.int32(Int32Slot.SentenceEnd, n + 1) : new Int32Array(n + 1);
  const paragraphEnd = scratch
    ? scratch.int32(Int32Slot.ParagraphEnd, n + 1)
    : new Int32Array(n + 1);
  let count = 0;
  let current = -1;
  let para = 0;
  // Whether sentence `current` takes the next token. Its end, one past its last token, is written
  // with each token it takes: no closing step that the loop would share with a closure.
  let open = false;
  // A local: a module's constant is read from memory at every use in the compiled loop.
  const longest = LONGEST_SENTENCE;
  // Read at every token, as locals: the token types, not the tokens' field, and where the
  // current sentence opened, not its entry in `first`.
  const types = tokens.type;
  let opened = 0;
  for (let i = 0; i < n; i++) {
    const type = types[i];
    if (type === TokenType.Break) {
      open = false;
      of[i] = -1;
      paragraph[i] = para;
      paragraphEnd[para] = i;
      para++;
      continue;
    }
    if (!open) {
      first[count] = i;
      opened = i;
      current = count;
      count++;
      open = true;
    }
    of[i] = current;
    paragraph[i] = para;
    end[current] = i + 1;
    if (i - opened >= longest - 1) {
      open = false;
      continue;
    }
    if (type !== TokenType.Punct || !ENDS.has(markAt(tokens, i))) continue;
    // Closing marks right after the period stay in this sentence: ." .) .’ ...
    let j = i + 1;
    while (j < n) {
      const t = tokens.type[j];
      const attached = ((tokens.shape[j] ?? 0) & Shape.SpaceBefore) === 0;
      const mark = markAt(tokens, j);
      if (
        t === TokenType.CloseQuote ||
        (attached && (t === TokenType.StraightQuote || t === TokenType.SingleQuote)) ||
        (attached && (CLOSING.has(mark) || ENDS.has(mark)))
      ) {
        of[j] = current;
        paragraph[j] = para;
        end[current] = j + 1;
        j++;
        continue;
      }
      break;
    }
    if (
      j >= n ||
      (!abbreviationAt(tokens, i, abbreviations, hashes) &&
        !(ordinalNouns && ordinalHashes && ordinalAt(tokens, i, j, ordinalNouns, ordinalHashes)) &&
        startsSentence(tokens, j))
    ) {
      open = false;
    }
    i = j - 1;
  }
  paragraphEnd[para] = n;
  // A scratch's arrays are lent until the next text; fresh ones are cut to size to be kept.
  const cut = (a: Int32Array, length: number): Int32Array =>
    scratch ? a.subarray(0, length) : a.slice(0, length);
  return {
    count,
    first: cut(first, count),
    end: cut(end, count),
    of,
    paragraph,
    paragraphEnd: cut(paragraphEnd, para + 1),
  };
}
