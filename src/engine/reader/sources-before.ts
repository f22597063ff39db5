/**
 * German "Demnach", "Demzufolge" ("according to that"): a cue that is its own source, standing for
 * who or what told the sentence before. That is the source of an attribution there, or earlier in
 * the cue's own sentence ("Wie die NATO mitteilte, … . Demnach wurden …"); else the first one the
 * sentence before names ("Die FIFA hat die Vergabe bekannt gegeben. Demnach wird …").
 */
import type { Mentions } from './mentions';
import type { PackNaming } from './names';
import type { PackText } from './pack-text';

/** The last attribution read with a source: in which sentence, and whom it named. */
export interface Told {
  sentence: number;
  naming: PackNaming;
}

export function namingBefore(
  text: PackText,
  mentions: Mentions,
  at: number,
  told: Told | null,
): PackNaming {
  const sentence = text.sentences.of[at] ?? 0;
  if (told && told.sentence >= sentence - 1 && told.naming.kind !== 'none') return told.naming;
  const opening = text.sentenceFirst(at);
  const first = opening > 0 ? text.sentenceFirst(opening - 1) : opening;
  const named = mentions.list.find((m) => m.first >= first && m.last < opening);
  return named
    ? { kind: named.kind, name: named.name, resolved: true }
    : { kind: 'unnamed', name: null, resolved: false };
}
