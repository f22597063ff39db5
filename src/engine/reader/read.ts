/** Reads the attributions of a text in a pack's language: cues, sources, claims, names, in turn. */
import { keepReading } from '../kept';
import type { Pack } from '../packs/compile';
import type { Attribution, Span } from '../types';
import { findClaim, type TokenRange } from './claims';
import { continueQuotes } from './continued-quotes';
import { coordinatedSubject } from './coordinated';
import { type PackCue, PackCueKind } from './cue';
import { findCues } from './cues';
import { endBeforeJoinedReports } from './joined-reports';
import { findMentions } from './mentions';
import { type Named, nameSource, type PackNaming, type Speaker, speakerGender } from './names';
import type { PackText } from './pack-text';
import { asksWhatWasSaid } from './questions';
import { continueReportedSpeech } from './reported-sentences';
import { findSource, type PackSource, sentenceSubject } from './sources';
import { namingBefore } from './sources-before';

function spanOf(text: PackText, range: TokenRange | null): Span | null {
  if (!range || range.first < 0) return null;
  const start = text.start(range.first);
  const end = text.end(range.last);
  return { start, end, text: text.text.slice(start, end) };
}

function charSpan(text: PackText, start: number, end: number): Span {
  return { start, end, text: text.text.slice(start, end) };
}

/**
 * "La maire a déclaré que le vote aurait lieu lundi": a conditional inside what someone said is
 * the tense of reported speech, not a hedge.
 */
function insideReport(cue: PackCue, reports: readonly (TokenRange | null)[]): boolean {
  return reports.some(
    (claim) => claim !== null && claim.first <= cue.first && cue.last <= claim.last,
  );
}

/**
 * The report whose source cites the one an "according to" names, right beside it: "…, informó
 * Reuters, citando fuentes del Gobierno", "berichtet der Spiegel unter Berufung auf Insider",
 * "Wie die Bild unter Berufung auf Sicherheitskreise berichtet, …". The cited source rests the
 * same claim, as English "citing" does; -1 when the cue cites for no report.
 */
function citingReport(
  text: PackText,
  cue: PackCue,
  source: PackSource,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
): number {
  if (cue.kind !== PackCueKind.According || source.first < 0) return -1;
  return cues.findIndex((report, j) => {
    if (report.kind !== PackCueKind.Verb) return false;
    // "wie die „Bild“ | unter Berufung auf Sicherheitskreise | berichtet": inside its "as" clause.
    if (report.asClause >= 0)
      return report.asClause < cue.first && source.last + 1 === report.first;
    // Right after the report's cue, or after its source and a comma: "informó Reuters, citando";
    // not after a claim's own tag ("…, so der Sender", after "Man habe … festgestellt").
    const tag = sources[j] as PackSource;
    let next = Math.max(report.last, tag.last, report.particle) + 1;
    if (tag.first > report.last && text.is(next, ',')) next++;
    return next === cue.first;
  });
}

/**
 * "..., a-t-on appris de source policière": the phrase that names whence a tag learned it is that
 * tag's source, not a cue of its own ("de" read as "according to").
 */
function sourceOfTag(
  cue: PackCue,
  source: PackSource,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
): boolean {
  if (cue.kind !== PackCueKind.According || source.first < 0) return false;
  return cues.some(
    (tag, j) =>
      (tag.kind === PackCueKind.Verb || tag.kind === PackCueKind.Impersonal) &&
      tag.last < cue.first &&
      sources[j]?.first === source.first,
  );
}

/** "Le gouvernement se défend ..., arguant que": a gerund's source is its clause's subject. */
function clauseSource(
  text: PackText,
  pack: Pack,
  cue: PackCue,
  cues: readonly PackCue[],
  sources: readonly PackSource[],
  k: number,
): PackSource {
  const sentence = text.sentences.of[cue.first];
  const before = cues[k - 1];
  const source = sources[k - 1];
  if (
    before &&
    source &&
    text.sentences.of[before.first] === sentence &&
    before.kind === PackCueKind.Verb
  ) {
    return { ...source, tagAfterClaim: false };
  }
  // "La CGT a appelé à la grève, jugeant que …", "O sindicato convocou uma greve, alegando
  // que …": after a verb that reports nothing, the subject the sentence opens on.
  const opening = sentenceSubject(text, pack, cue.first);
  const subject = coordinatedSubject(text, pack, cue.first);
  return subject ? { ...opening, ...subject } : opening;
}

export function readWithPack(text: PackText, pack: Pack): Attribution[] {
  const cues = findCues(text, pack);
  if (cues.length === 0) return [];
  const mentions = findMentions(text, pack);
  const speakers: Speaker[] = [];
  const sources = cues.map((cue) => findSource(text, pack, cue));
  cues.forEach((cue, k) => {
    if (cue.gerund) sources[k] = clauseSource(text, pack, cue, cues, sources, k);
  });
  const claims = cues.map((cue, k) => findClaim(text, pack, cue, sources[k] as PackSource));
  continueQuotes(text, cues, sources, claims);
  continueReportedSpeech(text, pack, cues, sources, claims);
  endBeforeJoinedReports(text, pack, cues, sources, claims);
  const citing = cues.map((cue, k) =>
    citingReport(text, cue, sources[k] as PackSource, cues, sources),
  );
  citing.forEach((report, k) => {
    if (report >= 0) claims[k] = claims[report] ?? null;
  });
  const reports = claims.filter((_, k) => cues[k]?.kind !== PackCueKind.Hedge);
  const kept = cues
    .map((cue, k) => ({ cue, k, source: sources[k] as PackSource, claim: claims[k] ?? null }))
    .filter(({ cue }) => cue.kind !== PackCueKind.Hedge || !insideReport(cue, reports))
    .filter(({ cue, source }) => !sourceOfTag(cue, source, cues, sources))
    .filter(({ cue, source, claim }) => !asksWhatWasSaid(text, pack, cue, source, claim));
  const earlier: Named[] = [];
  // What the sources said so far: a person named there is talked about, not talking.
  const said: TokenRange[] = [];
  let previous: { sentence: number; source: Span; naming: PackNaming } | null = null;
  const found = kept.map(({ cue, source, claim }): Attribution => {
    const sentence = text.sentences.of[cue.first] ?? 0;
    // A tag after a quote looks for its speaker from where the quote opened, not from inside it.
    const at = source.tagAfterClaim && claim ? Math.min(claim.first, cue.first) : cue.first;
    let naming = cue.sourceBefore
      ? namingBefore(text, mentions, cue.first, previous)
      : nameSource(text, pack, source, at, mentions, speakers, said, earlier);
    if (claim) said.push(claim);
    let sourceSpan = source.pronoun
      ? charSpan(text, source.pronoun.start, source.pronoun.end)
      : spanOf(text, source.first >= 0 ? source : null);
    // "el informe ubicó ... y aseguraba que": a subject left out is the one of the cue before it.
    if (source.dropped && previous?.sentence === sentence) {
      naming = previous.naming;
      sourceSpan = previous.source;
    }
    if (naming.kind === 'person' && naming.name && naming.resolved) {
      const gender = speakerGender(text, pack, source, naming.name);
      speakers.push({ name: naming.name, sentence, at: cue.first, gender });
    }
    if ((naming.kind === 'unnamed' || naming.kind === 'document') && naming.name && sourceSpan) {
      earlier.push({ kind: naming.kind, name: naming.name });
    }
    if (sourceSpan) previous = { sentence, source: sourceSpan, naming };
    return {
      cue: spanOf(text, cue) as Span,
      source: sourceSpan,
      content: spanOf(text, claim),
      kind: naming.kind,
      mode: 'report',
      name: naming.name,
      resolved: naming.resolved,
      via: null,
      citedBy: null,
    };
  });
  // "citando fuentes del Gobierno" after "informó Reuters": the cited source, cited by Reuters.
  const byCue = new Map(kept.map(({ k }, n) => [k, found[n] as Attribution]));
  kept.forEach(({ k }, n) => {
    const report = byCue.get(citing[k] ?? -1);
    if (report) (found[n] as Attribution).citedBy = report.name;
  });
  keepReading('pack', { text, cues, mentions, found });
  return found;
}
