/** A cue: the words that signal an attribution, and what kind of words they are. */
import type { VerbClass, VerbForm } from '../../packs/en';

/** What kind of words signal an attribution, which decides where its source and content are. */
export enum CueKind {
  /** A reporting verb: "said", "told", "has argued", "shows". */
  Verb = 1,
  /** "according to X", "as reported by X", "per X". */
  According = 2,
  /** "citing X", "quoting X": X is cited by the clause's subject. */
  Citing = 3,
  /** "reportedly", "allegedly": no source. */
  Hedge = 4,
  /** "it was reported that", "it is believed": no source. */
  Impersonal = 5,
  /** "X is said to", "X is believed to": no source. */
  Raising = 6,
  /** A speaker's name and a colon before what they said: "Matthews: Well, ..." */
  Colon = 7,
  /** One of the reader's own phrases. */
  Extra = 8,
  /** The signature under an embedded post: "— Ana Lind (@analind) March 3, 2024". */
  Signature = 9,
  /** A dash and a name after a quote: "“We will rebuild.” ― Ana Lind, Harbor resident". */
  Credit = 10,
}

export interface Cue {
  kind: CueKind;
  /** The verb's dictionary form ("say" for "said"), or null for other cues. */
  lemma: string | null;
  /** First and last token of the cue words (inclusive). */
  first: number;
  last: number;
  /** The reporting verb or key word itself. */
  head: number;
  verbClass: VerbClass | null;
  form: VerbForm | null;
  /** A passive verb ("was told", "is shown"): its source, if any, follows "by". */
  passive: boolean;
}

export function singleWordCue(kind: CueKind, i: number): Cue {
  return {
    kind,
    lemma: null,
    first: i,
    last: i,
    head: i,
    verbClass: null,
    form: null,
    passive: false,
  };
}
