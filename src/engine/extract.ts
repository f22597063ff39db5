import { chainCitations, interviewer } from './chains';
import { continueQuotes, endBeforeLaterAttributions } from './claim-bounds';
import { findContent } from './content';
import { type Cue, CueKind } from './cue';
import { dropCueRuns } from './cue-runs';
import { findCues } from './cues';
import { dropEmbeddedCues } from './embedded';
import { findEntities } from './entities';
import { findExtraCues } from './extra-cues';
import { tieGroupReferences } from './group-references';
import { languageOfTokens } from './language';
import { ENGLISH } from './lexicon';
import { nameSource } from './naming';
import { PACKS } from './packs';
import { clauseSubject, type TokenRange } from './phrases';
import { readWithPack } from './reader/read';
import { dropRepeatedCues } from './repeats';
import { findSource, Side, type SourceFinding } from './sources';
import { ParsedText } from './text/parse';
import { Scratch } from './text/scratch';
import { tokenize } from './text/tokens';
import type { Attribution, ExtractOptions, Span } from './types';

function spanOf(text: ParsedText, range: TokenRange): Span {
  const start = text.start(range.first);
  let end = text.end(range.last);
  // "He’s claiming": the source is "He", not the contraction's auxiliary.
  const stem = text.contracted(range.last);
  if (stem && range.first === range.last) end = start + stem.length;
  return { start, end, text: text.text.slice(start, end) };
}

/** A cue's span: "He’s predicting" holds the auxiliary "’s", as "he is predicting" holds "is". */
function cueSpan(text: ParsedText, cue: Cue): Span {
  const span = spanOf(text, cue);
  const stem = cue.kind === CueKind.Verb ? text.contracted(cue.first - 1) : '';
  if (!stem) return span;
  const start = text.start(cue.first - 1) + stem.length;
  return { start, end: span.end, text: text.text.slice(start, span.end) };
}

/** An attribution in the making, in tokens: the stages fill it in turn. */
export interface Draft {
  cue: Cue;
  source: SourceFinding;
  content: TokenRange | null;
}

// One text is read at a time and nothing of it is kept, so its working arrays can be the same
// from one call to the next, up to a size a page's article rarely passes.
const SCRATCH = new Scratch();
const LONGEST_KEPT = 1 << 18;

// A participle's clause holds a few cues at most before it.
const LOOK_BACK = 8;

/** "..., saying": the participle's source is the subject of the clause it hangs on. */
function clauseSource(text: ParsedText, cue: Cue, earlier: readonly Draft[]): TokenRange | null {
  const sentence = text.sentences.of[cue.head];
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - LOOK_BACK; k--) {
    const before = earlier[k];
    if (!before || text.sentences.of[before.cue.head] !== sentence) break;
    if (before.source.range && before.cue.kind === CueKind.Verb) return before.source.range;
  }
  return clauseSubject(text, text.sentenceFirst(cue.head), cue.first);
}

/** Every attribution in a text, sorted by where its cue starts. */
export function extract(input: string, options?: ExtractOptions): Attribution[] {
  const raw = typeof input === 'string' ? input : '';
  return dropCueRuns(raw, attributionsIn(raw, options));
}

function attributionsIn(raw: string, options?: ExtractOptions): Attribution[] {
  const scratch = raw.length <= LONGEST_KEPT ? SCRATCH : undefined;
  const tokens = tokenize(raw, scratch);
  const language = options?.language ?? languageOfTokens(tokens);
  if (language !== 'en') {
    const pack = language ? PACKS[language] : undefined;
    return pack ? readWithPack(new ParsedText(raw, pack.textLexicon, scratch, tokens), pack) : [];
  }
  const text = new ParsedText(raw, ENGLISH, scratch, tokens);
  const cues = findCues(text);
  const extra = findExtraCues(text, options?.extraCues);
  const all = extra.length > 0 ? [...cues, ...extra].sort((a, b) => a.first - b.first) : cues;
  const drafts: Draft[] = [];
  for (const cue of all) {
    const source = findSource(text, cue);
    if (source.side === Side.Clause) source.range = clauseSource(text, cue, drafts);
    drafts.push({ cue, source, content: findContent(text, cue, source) });
  }
  const kept = dropRepeatedCues(text, dropEmbeddedCues(text, drafts));
  endBeforeLaterAttributions(text, kept);
  continueQuotes(text, kept);
  // Names are only read when there is an attribution to name.
  const entities = kept.length > 0 ? findEntities(text) : { mentions: [], byLast: new Map() };
  const namings = kept.map((d) => nameSource(text, d.source.range, entities));
  tieGroupReferences(text, kept, namings);
  const citedBy = chainCitations(text, kept, namings);
  const found = kept.map((d, k): Attribution => {
    const naming = namings[k] ?? nameSource(text, null, entities);
    return {
      cue: cueSpan(text, d.cue),
      source: d.source.range ? spanOf(text, d.source.range) : null,
      content: d.content ? spanOf(text, d.content) : null,
      kind: naming.kind,
      name: naming.name,
      resolved: naming.resolved,
      via: naming.via ?? interviewer(text, d.cue),
      citedBy: citedBy[k] ?? null,
    };
  });
  if (found.length > 0) SCRATCH.lastReading = { text, drafts, entities, namings, found };
  return found;
}
