/** A stretch of text as brat writes it: one or more [start, end) pieces (discontinuous spans use `;`). */
export type Pieces = readonly (readonly [number, number])[];

/** One annotated attribution: each role is null when the annotator left it out. */
export interface GoldAttribution {
  cue: Pieces | null;
  source: Pieces | null;
  content: Pieces | null;
}

const SPAN_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t/;
const EVENT_LINE = /^E\d+\t(.*)$/;

/** In text order: annotators sometimes wrote a later piece first, and a span is its pieces, in any order. */
function parsePieces(offsets: string): Pieces {
  return offsets
    .split(';')
    .map((piece) => {
      const [start, end] = piece.trim().split(' ').map(Number);
      if (start === undefined || end === undefined || !(end >= start)) {
        throw new Error(`brat: malformed offsets "${offsets}"`);
      }
      return [start, end] as const;
    })
    .sort((x, y) => x[0] - y[0]);
}

function joinPieces(a: Pieces | null, b: Pieces): Pieces {
  if (!a) return b;
  return [...a, ...b].sort((x, y) => x[0] - y[0]);
}

/**
 * The attributions of one brat standoff file: `E` lines tying a cue, a source and a content
 * (`Content2` pieces join the content). Lines brat did not write as spans or events (notes,
 * continuation lines of span text that held a newline) are skipped.
 */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Pieces>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const span = SPAN_LINE.exec(line);
    if (span?.[1] && span[3]) spans.set(span[1], parsePieces(span[3]));
    const event = EVENT_LINE.exec(line);
    if (event?.[1]) events.push(event[1]);
  }
  return events.map((event) => {
    const gold: GoldAttribution = { cue: null, source: null, content: null };
    for (const argument of event.split(' ')) {
      const [role = '', id = ''] = argument.split(':');
      const pieces = spans.get(id);
      if (!pieces) continue;
      const base = role.replace(/\d+$/, '');
      if (base === 'Cue') gold.cue = joinPieces(gold.cue, pieces);
      else if (base === 'Source') gold.source = joinPieces(gold.source, pieces);
      else if (base === 'Content') gold.content = joinPieces(gold.content, pieces);
    }
    return gold;
  });
}
