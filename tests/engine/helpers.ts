import { expect } from 'vitest';
import { extract } from '../../src/engine';
import type { Attribution, ExtractOptions, LanguageCode } from '../../src/engine/types';

/** The attributions of a text, each checked to slice the text at its offsets. */
export function read(text: string, options?: ExtractOptions): Attribution[] {
  const found = extract(text, options);
  for (const a of found) {
    for (const span of [a.cue, a.source, a.content]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  return found;
}

/** The one attribution whose cue reads `cue`. */
export function byCue(found: readonly Attribution[], cue: string): Attribution {
  const matches = found.filter((a) => a.cue.text === cue);
  expect(
    matches.map((a) => a.cue.text),
    `one cue "${cue}" in ${JSON.stringify(found.map((a) => a.cue.text))}`,
  ).toEqual([cue]);
  return matches[0] as Attribution;
}

/** What a reader sees of an attribution: cue, source as written, name, kind. */
export function seen(a: Attribution): [string, string | null, string | null, string] {
  return [a.cue.text, a.source?.text ?? null, a.name, a.kind];
}

/** What a reader sees of the one attribution with this cue, in a text of this language. */
export function shownIn(
  language: LanguageCode,
  text: string,
  cue: string,
): [string, string | null, string | null, string] {
  return seen(byCue(read(text, { language }), cue));
}

/** What a reader sees of the one attribution with this cue, and the claim it shows with it. */
export function readOne(
  language: LanguageCode,
  text: string,
  cue: string,
): { shown: ReturnType<typeof seen>; claim: string | null } {
  const found = byCue(read(text, { language }), cue);
  return { shown: seen(found), claim: found.content?.text ?? null };
}

/** Every attribution of a text (English unless told) as its cue, its source as written and its claim. */
export function cueSourceClaim(
  text: string,
  language: LanguageCode = 'en',
): [string, string | null, string | null][] {
  return read(text, { language }).map((a) => [
    a.cue.text,
    a.source?.text ?? null,
    a.content?.text ?? null,
  ]);
}
