/** Reads the attributions of a text in a pack's language: cues, sources, claims, names, in turn. */
import type { Pack } from '../packs/compile';
import type { Attribution, Span } from '../types';
import { findClaim, type TokenRange } from './claims';
import { findCues } from './cues';
import { findMentions } from './mentions';
import { nameSource, type Speaker } from './names';
import { findSource } from './sources';
import type { PackText } from './words';

function spanOf(text: PackText, range: TokenRange | null): Span | null {
  if (!range || range.first < 0) return null;
  const start = text.start(range.first);
  const end = text.end(range.last);
  return { start, end, text: text.text.slice(start, end) };
}

function charSpan(text: PackText, start: number, end: number): Span {
  return { start, end, text: text.text.slice(start, end) };
}

export function readWithPack(text: PackText, pack: Pack): Attribution[] {
  const cues = findCues(text, pack);
  if (cues.length === 0) return [];
  const mentions = findMentions(text, pack);
  const speakers: Speaker[] = [];
  return cues.map((cue): Attribution => {
    const source = findSource(text, pack, cue);
    const claim = findClaim(text, pack, cue, source);
    const naming = nameSource(text, pack, source, cue.first, mentions, speakers);
    if (naming.kind === 'person' && naming.name && naming.resolved) {
      speakers.push({
        name: naming.name,
        sentence: text.sentences.of[cue.first] ?? 0,
        at: cue.first,
      });
    }
    const sourceSpan = source.pronoun
      ? charSpan(text, source.pronoun.start, source.pronoun.end)
      : spanOf(text, source.first >= 0 ? source : null);
    return {
      cue: spanOf(text, cue) as Span,
      source: sourceSpan,
      content: spanOf(text, claim),
      kind: naming.kind,
      name: naming.name,
      resolved: naming.resolved,
      via: null,
      citedBy: null,
    };
  });
}
