import type { Attribution, SourceKind, Span } from './types';

// A first, deliberately small engine: a handful of cue patterns, honestly matched on the text.
// The full pipeline (cue → source → content → coreference) replaces it.

const OUTLETS =
  /^(?:the )?(?:reuters|associated press|ap|afp|interfax|bbc|cnn|(?:the )?washington post|(?:the )?new york times|[A-Z][\w ]+ (?:Gazette|Times|Post|News))$/i;
const UNNAMED = /^(?:analysts|experts|officials|critics|sources|observers|residents)$/i;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function kindOf(name: string): SourceKind {
  if (OUTLETS.test(name)) return 'media';
  if (UNNAMED.test(name)) return 'unnamed';
  if (/^(?:documents?|minutes|records|reports?|data)\b/i.test(name)) return 'document';
  return /^[A-Z]/.test(name) ? 'person' : 'unnamed';
}

/** The sentence around an offset: from the last sentence end before it to the next one after it. */
function sentenceAround(text: string, at: number): [number, number] {
  const before = text.slice(0, at).search(/[.!?]["”]?\s+[^.!?]*$/);
  const start = before < 0 ? 0 : text.slice(before).search(/\s/) + before + 1;
  const after = text.slice(at).search(/[.!?]["”]?(?:\s|$)/);
  return [start, after < 0 ? text.length : at + after + 1];
}

export function extract(text: string): Attribution[] {
  const found: Attribution[] = [];
  const add = (cueAt: number, cueEnd: number, source: Span | null, claim: [number, number]) => {
    const name = source
      ? source.text
          .replace(/^(?:the|mayor|president|minister) /, '')
          .replace(/^(?:Mayor|President|Minister) /, '')
      : null;
    found.push({
      cue: span(text, cueAt, cueEnd),
      source,
      content: claim[1] > claim[0] ? span(text, claim[0], claim[1]) : null,
      kind: name ? kindOf(name) : 'none',
      name,
      resolved: true,
      via: null,
      citedBy: null,
    });
  };

  const NAME = String.raw`(?:[A-Z][\p{L}'’-]+ )*[A-Z][\p{L}'’-]+`;
  for (const m of text.matchAll(
    new RegExp(
      String.raw`,? according to ((?:(?:documents|minutes|records) (?:reviewed |published )?by )?(?:the )?${NAME})`,
      'gu',
    ),
  )) {
    const cueAt = m.index + m[0].indexOf('according');
    const source = span(text, m.index + m[0].length - (m[1] ?? '').length, m.index + m[0].length);
    const [sentenceStart] = sentenceAround(text, m.index);
    add(cueAt, cueAt + 'according to'.length, source, [sentenceStart, m.index]);
  }
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(${NAME}|Analysts|Officials|Experts) (said|say|says|reported|wrote)\b`,
      'gu',
    ),
  )) {
    const sourceText = m[1] ?? '';
    if (/^(?:The|A|An|It|This)$/.test(sourceText)) continue;
    const cueAt = m.index + sourceText.length + 1;
    const [sentenceStart, sentenceEnd] = sentenceAround(text, m.index);
    const atEnd = /^[.!?]/.test(text.slice(cueAt + (m[2] ?? '').length));
    const claim: [number, number] = atEnd
      ? [sentenceStart, Math.max(sentenceStart, m.index - 2)]
      : [cueAt + (m[2] ?? '').length + 1, sentenceEnd];
    add(
      cueAt,
      cueAt + (m[2] ?? '').length,
      span(text, m.index, m.index + sourceText.length),
      claim,
    );
  }
  for (const m of text.matchAll(/\breportedly\b|\bit was reported that\b/gi)) {
    const [, sentenceEnd] = sentenceAround(text, m.index);
    add(m.index, m.index + m[0].length, null, [m.index + m[0].length + 1, sentenceEnd]);
  }
  return found.sort((a, b) => a.cue.start - b.cue.start);
}
