import type { Draft } from '../draft';
import type { EnglishText } from '../text';
import type { Naming } from './name-source';

// A group is referred back to within a few sentences of where it spoke.
const SENTENCES_BACK = 3;

/**
 * "Con Edison officials said … The officials said … They said": a definite description or "they"
 * as a source names the group that spoke just before, when one did, and "it" the body; "a source said … the source
 * told" is one source, named as the story first gave it. Namings are tied in
 * place, in text order, so a chain of references reaches the first full description.
 */
export function tieGroupReferences(
  text: EnglishText,
  drafts: readonly Draft[],
  namings: Naming[],
): void {
  namings.forEach((naming, k) => {
    const range = drafts[k]?.source.range;
    if (!range) return;
    const first = text.word(range.first);
    if (first === 'it' && range.first === range.last && !naming.resolved) {
      tieItToBody(text, drafts, namings, k);
      return;
    }
    if (naming.kind !== 'unnamed') return;
    const pronoun = range.first === range.last && (first === 'they' || first === 'them');
    // "the source", also when written with a relative clause or as its "who".
    const described = /^the \S+$/i.exec(naming.name ?? '');
    if (!pronoun && !described) return;
    const noun = described ? (naming.name ?? '').slice(4).toLowerCase() : '';
    const sentence = text.sentences.of[range.first] ?? 0;
    for (let j = k - 1; j >= 0; j--) {
      const before = drafts[j]?.source.range;
      const earlier = namings[j];
      if (!before || !earlier) continue;
      if ((text.sentences.of[before.first] ?? 0) < sentence - SENTENCES_BACK) break;
      if (earlier.kind !== 'unnamed' || !earlier.resolved || !earlier.name) continue;
      const lower = earlier.name.toLowerCase();
      // "they" is a group; "the source" is the one "a source" the story met.
      const sameNoun = lower.endsWith(` ${noun}`) && lower !== `the ${noun}`;
      if (pronoun ? isPlural(earlier.name) : sameNoun && (isPlural(noun) || /^an? /.test(lower))) {
        namings[k] = { ...naming, name: earlier.name, resolved: true };
        return;
      }
    }
  });
}

/** Kinds of source "it" can stand for: a body, an outlet, a document. */
const BODIES = new Set(['organization', 'media', 'document']);

/**
 * "The ministry denied the allegations. It said ...": "it" with no name met before stands for
 * the body that spoke last, within a few sentences.
 */
function tieItToBody(
  text: EnglishText,
  drafts: readonly Draft[],
  namings: Naming[],
  k: number,
): void {
  const at = drafts[k]?.source.range?.first ?? 0;
  const sentence = text.sentences.of[at] ?? 0;
  for (let j = k - 1; j >= 0; j--) {
    const before = drafts[j]?.source.range;
    const earlier = namings[j];
    if (!before || !earlier) continue;
    if ((text.sentences.of[before.first] ?? 0) < sentence - SENTENCES_BACK) return;
    if (!BODIES.has(earlier.kind) || !earlier.name) continue;
    namings[k] = { ...earlier, via: null };
    return;
  }
}

/** A name whose last word is a plural noun: "officials", "Analysts", "Many Tunisians". */
function isPlural(name: string | null): boolean {
  return name !== null && /[^s'’]s$/i.test(name);
}
