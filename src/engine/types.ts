/** Who or what a claim rests on, as a reader would sort it. */
export type SourceKind = 'person' | 'organization' | 'media' | 'document' | 'unnamed' | 'none';

export const SOURCE_KINDS: readonly SourceKind[] = [
  'person',
  'organization',
  'media',
  'document',
  'unnamed',
  'none',
];

/**
 * What an attribution attributes: words said or written (`report`), or a belief, an intention or a
 * stance ("thinks", "wants to", "endorsed"), found only when `ExtractOptions.beliefs` asks for them.
 */
export type AttributionMode = 'report' | 'belief';

/** A stretch of the input text. Offsets are UTF-16 code units: `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One attributed claim: the words that signal it, who it rests on, and what is claimed. */
export interface Attribution {
  /** The words that signal attribution: "said", "according to", "reportedly". */
  cue: Span;
  /** The source as written ("documents reviewed by The Washington Post", "he"); null when none is named. */
  source: Span | null;
  /** The claim itself; null when the text gives none (e.g. "Interfax, citing the portal"). */
  content: Span | null;
  kind: SourceKind;
  mode: AttributionMode;
  /** What a reader sees in the claims list ("Nicolás Maduro" for "he"); null for kind `none`. */
  name: string | null;
  /** False when `name` is a pronoun or short reference that could not be tied to an earlier name. */
  resolved: boolean;
  /** The outlet a source reached the text through: "documents reviewed by The Washington Post". */
  via: string | null;
  /** The source that cites this one: "Interfax, citing the official portal" gives citedBy "Interfax". */
  citedBy: string | null;
}

/** The languages the engine reads, as BCP-47 primary tags. */
export type LanguageCode = 'en' | 'fr' | 'es' | 'de' | 'pt';

export const LANGUAGES: readonly LanguageCode[] = ['en', 'fr', 'es', 'de', 'pt'];

/** How a caller tunes extraction; every field is optional. */
export interface ExtractOptions {
  /**
   * The text's language when the caller knows it (an article judged as a whole, a corpus of one
   * language); otherwise the engine tells it from the text, and a text in a language it does not
   * read yields nothing.
   */
  language?: LanguageCode;
  /** The reader's own cue phrases ("sources close to"), matched beside the lexicon's. */
  extraCues?: readonly string[];
  /** Also find beliefs, intentions and stances ("he thinks", "she wants to", "they endorsed"). */
  beliefs?: boolean;
}
