/** The cues the pack reader finds, and what each kind says about where its source and claim are. */

export enum PackCueKind {
  /** A reporting verb: "a déclaré", "dijo", "sagte", "afirmou". */
  Verb = 1,
  /** "selon X", "según X", "laut X", "segundo X": the source follows. */
  According = 2,
  /** "X zufolge": the source comes first. */
  AccordingAfter = 3,
  /** "Pour X, ...", "Para ele, ...": a view put to X. */
  Viewpoint = 4,
  /** "aurait", "habría", "soll", "angeblich": no source. */
  Hedge = 5,
  /** "heißt es", "on dit que": no source. */
  Impersonal = 6,
}

export interface PackCue {
  kind: PackCueKind;
  /** First and last token of the cue's words (inclusive). */
  first: number;
  last: number;
  /** The verb's infinitive, for verbs. */
  lemma: string | null;
  /** "dit-il", "a-t-elle": the subject pronoun written in the cue's first word, as characters. */
  pronoun: { start: number; end: number } | null;
  /** A passive participle with its agent after it: "décrié par X", "apontada por X". */
  agent: boolean;
  /** A gerund ("arguant que", "diciendo que"): its source is its clause's subject. */
  gerund: boolean;
}

export function packCue(kind: PackCueKind, first: number, last = first): PackCue {
  return { kind, first, last, lemma: null, pronoun: null, agent: false, gerund: false };
}
