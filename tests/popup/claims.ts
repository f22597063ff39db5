import type { Attribution, AttributionMode, SourceKind, Span } from '../../src/engine/types';

/** The span of the first `words` in `text` (after `from`), as the engine would give it. */
export function spanOf(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

/** A hand-made attribution over `text`: cue, source and claim found by their words. */
export function claim(
  text: string,
  parts: {
    cue: string;
    source?: string;
    content?: string;
    kind: SourceKind;
    mode?: AttributionMode;
    name?: string | null;
    resolved?: boolean;
    via?: string | null;
    citedBy?: string | null;
    from?: number;
  },
): Attribution {
  const from = parts.from ?? 0;
  return {
    cue: spanOf(text, parts.cue, from),
    source: parts.source ? spanOf(text, parts.source, from) : null,
    content: parts.content ? spanOf(text, parts.content, from) : null,
    kind: parts.kind,
    mode: parts.mode ?? 'report',
    name: parts.name === undefined ? (parts.source ?? null) : parts.name,
    resolved: parts.resolved ?? true,
    via: parts.via ?? null,
    citedBy: parts.citedBy ?? null,
  };
}

/** A short council story with one claim of every kind, two from the mayor. */
export const STORY = [
  'Mayor Elena Ruiz said the ferry contract, worth "millions", would wait.',
  'According to Reuters, the operator asked for a larger subsidy.',
  'Analysts say fares could rise by next summer.',
  'The operator had reportedly threatened to withdraw.',
  'Ruiz said she would not be rushed.',
  'Interfax, citing the harbour office, said the vote was moved to May.',
  'The minutes of the council show the vote was delayed.',
  'Blue Wake Ferries said it would bid again.',
].join(' ');

export const STORY_CLAIMS: Attribution[] = [
  claim(STORY, {
    cue: 'said',
    source: 'Mayor Elena Ruiz',
    name: 'Elena Ruiz',
    content: 'the ferry contract, worth "millions", would wait',
    kind: 'person',
  }),
  claim(STORY, {
    cue: 'According to',
    source: 'Reuters',
    content: 'the operator asked for a larger subsidy',
    kind: 'media',
  }),
  claim(STORY, {
    cue: 'say',
    source: 'Analysts',
    content: 'fares could rise by next summer',
    kind: 'unnamed',
  }),
  claim(STORY, {
    cue: 'reportedly',
    content: 'threatened to withdraw',
    kind: 'none',
    name: null,
  }),
  claim(STORY, {
    cue: 'said',
    source: 'Ruiz',
    name: 'Elena Ruiz',
    content: 'she would not be rushed',
    kind: 'person',
    from: STORY.indexOf('Ruiz said she'),
  }),
  claim(STORY, {
    cue: 'said',
    source: 'the harbour office',
    name: 'the harbour office',
    content: 'the vote was moved to May',
    kind: 'organization',
    citedBy: 'Interfax',
    from: STORY.indexOf('Interfax'),
  }),
  claim(STORY, {
    cue: 'show',
    source: 'The minutes of the council',
    name: 'minutes of the council',
    content: 'the vote was delayed',
    kind: 'document',
  }),
  claim(STORY, {
    cue: 'said',
    source: 'Blue Wake Ferries',
    content: 'it would bid again',
    kind: 'organization',
    from: STORY.indexOf('Blue Wake'),
  }),
];
