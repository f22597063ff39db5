/**
 * English's reader: its stages in order, each in its folder — cues, sources, claims, names,
 * chains — over a text already split into tokens, sentences and quotes (../text/). Every other
 * language is read by ../reader/ over its pack; English has stages of its own because its
 * lexicon and rules were tuned on PolNeAR long before the packs.
 */

import { keepReading } from '../kept';
import { isBeliefClass } from '../packs/en';
import type { Attribution, ExtractOptions, Span } from '../types';
import { chainCitations, interviewer } from './chains/citations';
import { drawBeliefSpans } from './claims/belief-spans';
import { continueQuotes, endBeforeLaterAttributions } from './claims/claim-ends';
import { dropEmbeddedCues } from './claims/cues-in-claims';
import { citedDraft, findClaim } from './claims/find-claim';
import { boundClaimsByModel } from './claims/learned/model-bounds';
import { dropRepeatedCues } from './claims/repeated-cues';
import { type Cue, CueKind } from './cues/cue';
import { findExtraCues } from './cues/extra-phrases';
import { findCues } from './cues/find-cues';
import type { Draft } from './draft';
import { tieGroupReferences } from './names/group-references';
import { findEntities } from './names/mentions';
import { nameSource } from './names/name-source';
import type { TokenRange } from './phrases';
import { clauseSource } from './sources/clause-source';
import { findSource, Side } from './sources/find-source';
import type { EnglishText } from './text';

function spanOf(text: EnglishText, range: TokenRange): Span {
  const start = text.start(range.first);
  let end = text.end(range.last);
  // "He’s claiming": the source is "He", not the contraction's auxiliary.
  const stem = text.contracted(range.last);
  if (stem && range.first === range.last) end = start + stem.length;
  return { start, end, text: text.text.slice(start, end) };
}

/** A cue's span: "He’s predicting" holds the auxiliary "’s", as "he is predicting" holds "is". */
function cueSpan(text: EnglishText, cue: Cue): Span {
  const span = spanOf(text, cue);
  const stem = cue.kind === CueKind.Verb ? text.contracted(cue.first - 1) : '';
  if (!stem) return span;
  const start = text.start(cue.first - 1) + stem.length;
  return { start, end: span.end, text: text.text.slice(start, span.end) };
}

/**
 * The first three stages: every cue, in order, with the source and the claim found for it, before
 * any is dropped as part of another or its claim cut short by the next.
 */
export function findDrafts(text: EnglishText, options?: ExtractOptions): Draft[] {
  const cues = findCues(text, options?.beliefs === true);
  const extra = findExtraCues(text, options?.extraCues);
  const all = extra.length > 0 ? [...cues, ...extra].sort((a, b) => a.first - b.first) : cues;
  const drafts: Draft[] = [];
  for (const cue of all) {
    const source = findSource(text, cue);
    if (source.side === Side.Clause) source.range = clauseSource(text, cue, drafts);
    drafts.push({ cue, source, content: findClaim(text, cue, source) });
  }
  // A citing clause claims what the attribution it hangs on claims.
  drafts.forEach((draft, k) => {
    const cited = citedDraft(text, draft.cue, drafts[k - 1], drafts[k + 1]);
    if (cited?.content) draft.content = cited.content;
  });
  return drafts;
}

/**
 * The drafts that become attributions, their claims ended as the rules end them: every cue's
 * draft but those that are part of another, each claim cut before the next attribution or grown
 * over the quotes that go on after it.
 */
export function keptDrafts(text: EnglishText, options?: ExtractOptions): Draft[] {
  const kept = dropRepeatedCues(text, dropEmbeddedCues(text, findDrafts(text, options)));
  endBeforeLaterAttributions(text, kept);
  continueQuotes(text, kept);
  return kept;
}

/** Every attribution of an English text, sorted by where its cue starts. */
export function readEnglish(text: EnglishText, options?: ExtractOptions): Attribution[] {
  const kept = keptDrafts(text, options);
  // The claim-bounds model starts and ends claims where PolNeAR's annotators do. Its ends serve
  // only a reader asking for PolNeAR's beliefs too: on the saved pages they cut two claims before
  // their verb ("that in addition to the slain foreigners — from Italy and Spain — | a museum
  // worker was killed"), and a claim cut short misleads more than one with the writer's words
  // at its end. Its starts, which only skip or keep the words between a cue and its claim, serve
  // every reader.
  boundClaimsByModel(text, kept, options?.beliefs === true);
  // After the model, which learns from the drafts before it: beliefs' spans as PolNeAR draws them.
  if (options?.beliefs === true)
    drawBeliefSpans(
      text,
      kept.filter((d) => isBeliefClass(d.cue.verbClass)),
    );
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
      mode: isBeliefClass(d.cue.verbClass) ? 'belief' : 'report',
      name: naming.name,
      resolved: naming.resolved,
      via: naming.via ?? interviewer(text, d.cue),
      citedBy: citedBy[k] ?? null,
    };
  });
  if (found.length > 0) keepReading('english', { text, drafts: kept, entities, namings, found });
  return found;
}
