import type { SourceKind } from '../../types';
import type { EnglishText } from '../text';
import { bare, kindOfName, namesGroup, personName, surface, THE, wordsOf } from './name-words';

/**
 * What a run of words names by itself, as read at the run's first occurrence. Each part is read
 * only when first asked for, from the same tokens, so it is what reading it at once would give:
 * most runs ("The", "But", a name already known) are never asked for all of it.
 */
export class RunReading {
  private kindRead = false;
  private kindFound: SourceKind | null = null;
  private personFound: ReturnType<typeof personName> | null = null;
  private lowerFound: string | null = null;
  private wordsFound: readonly string[] | null = null;
  private lastWordFound: string | null = null;
  private groupRead = false;
  private groupFound = false;
  private bodyFound: BodyName | null = null;

  constructor(
    private readonly text: EnglishText,
    private readonly first: number,
    private readonly last: number,
  ) {}

  /** What the lexicon says the run names: an outlet, an organisation, or nothing known. */
  get kind(): SourceKind | null {
    if (!this.kindRead) {
      this.kindFound = kindOfName(this.text, this.first, this.last);
      this.kindRead = true;
    }
    return this.kindFound;
  }

  get person(): ReturnType<typeof personName> {
    this.personFound ??= personName(this.text, this.first, this.last);
    return this.personFound;
  }

  /**
   * The person's name in lower case, to compare with names met before. A name of one word is that
   * word's lower-cased text, which the text has made already, unless the word carries a
   * possessive ending the name leaves off or a ’ its lower-cased text writes '. (`toLowerCase` on a
   * name sliced from a text of two bytes a character, one with a curly quote, goes the slow way.)
   */
  get lowerName(): string {
    if (this.lowerFound === null) {
      const person = this.person;
      const text = this.text;
      const oneWord =
        person.first === this.last &&
        text.isWord(this.last) &&
        !text.isPossessive(this.last) &&
        !person.name.includes('’');
      this.lowerFound = oneWord ? text.word(this.last) : person.name.toLowerCase();
    }
    return this.lowerFound;
  }

  /** Its words, split once for the many comparisons a recurring name takes part in. */
  get words(): readonly string[] {
    this.wordsFound ??= wordsOf(this.lowerName);
    return this.wordsFound;
  }

  /** The run's last word in lower case, possessive ending off ("caddell"), for its short references. */
  get lastWord(): string {
    this.lastWordFound ??= bare(this.text, this.last);
    return this.lastWordFound;
  }

  /**
   * The name the run gives a body of `kind`, kept for the last kind asked: a body is met again and
   * again ("the Fed"), and its name's slice and lower-cased key were made at every mention.
   */
  bodyName(kind: SourceKind): BodyName {
    const keepsThe = kind === 'media';
    if (this.bodyFound?.keepsThe !== keepsThe)
      this.bodyFound = bodyNameOf(this.text, this.first, this.last, keepsThe);
    return this.bodyFound;
  }

  /** Whether the run's last word is a group's ("Senate Democrats"), not a person's. */
  get group(): boolean {
    if (!this.groupRead) {
      this.groupFound = namesGroup(this.text, this.last);
      this.groupRead = true;
    }
    return this.groupFound;
  }
}

/** A body's name as a run gives it, with what its entity is found and listed by. */
export interface BodyName {
  /** As written, without "the" ("Regional Budget Office"), but an outlet's capital The ("The Washington Post"). */
  readonly name: string;
  /** The name in lower case: one body whether or not "the" is written before it. */
  readonly key: string;
  /** The name's first word in lower case, possessive off, when it has more than one ("kestrel"), else null. */
  readonly opening: string | null;
  /** Whether it was read for an outlet, which keeps its capital The. */
  readonly keepsThe: boolean;
}

function bodyNameOf(text: EnglishText, first: number, last: number, keepsThe: boolean): BodyName {
  // "the Regional Budget Office" and "The Regional Budget Office" are one body; an outlet keeps
  // its capital The ("The Washington Post").
  const from =
    text.wordIs(first, THE) && first < last && (!keepsThe || !text.isCapitalized(first))
      ? first + 1
      : first;
  const name = surface(text, from, last);
  return {
    name,
    key: name.toLowerCase(),
    opening: last > from ? bare(text, from) : null,
    keepsThe,
  };
}

/**
 * The readings of a text's runs. A name recurs through a text ("Trump" thirty times): its reading
 * is made at its first occurrence and kept for its spelling. One run is asked about several times
 * in a row while it is cut and opened, so the last answer is kept by position as well, sparing
 * the spelling's slice and hash.
 */
export class RunReadings {
  private readonly bySpelling = new Map<string, RunReading>();
  private first = -1;
  private last = -1;
  private latest: RunReading | null = null;

  constructor(private readonly text: EnglishText) {}

  of(first: number, last: number): RunReading {
    if (first === this.first && last === this.last && this.latest) return this.latest;
    const text = this.text;
    const key = text.text.slice(text.start(first), text.end(last));
    let reading = this.bySpelling.get(key);
    if (!reading) {
      reading = new RunReading(text, first, last);
      this.bySpelling.set(key, reading);
    }
    this.first = first;
    this.last = last;
    this.latest = reading;
    return reading;
  }
}
