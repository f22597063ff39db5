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
  /** A separable verb's particle that closes its clause ("teilte ... mit"), as a token; -1 if none. */
  particle: number;
  /** The word that opens a clause "as X said" around the verb ("wie X berichtete"); -1 if none. */
  asClause: number;
  /** A participle's auxiliary, where the subject stands by it ("hat der Minister ... gesagt"); -1 if none. */
  auxiliary: number;
  /**
   * The last token of an "according to" phrase that names its own source after its first word,
   * when no other follows ("nach ersten Untersuchungen", "nach Polizeiangaben"); -1 if none.
   */
  ownSource: number;
  /**
   * "Demnach", "Demzufolge": the cue is its own source, standing for who or what told the sentence
   * before (see ./sources-before.ts).
   */
  sourceBefore: boolean;
  /**
   * "Berichte, wonach …", "un rapport selon lequel …": the cue opens a relative clause, which is
   * its claim; its source is the noun before the comma.
   */
  relative: boolean;
}

export function packCue(kind: PackCueKind, first: number, last = first): PackCue {
  return {
    kind,
    first,
    last,
    lemma: null,
    pronoun: null,
    agent: false,
    gerund: false,
    particle: -1,
    asClause: -1,
    auxiliary: -1,
    ownSource: -1,
    sourceBefore: false,
    relative: false,
  };
}
