import type { SourceKind } from '../../types';
import type { EnglishText } from '../text';
import { kindOfName, personName } from './name-words';

/** What a run of words names by itself, read once per distinct spelling of a text. */
export interface RunReading {
  kind: SourceKind | null;
  person: ReturnType<typeof personName>;
  /** The person's name in lower case, to compare with names met before. */
  lowerName: string;
  /** Its words, split once for the many comparisons a recurring name takes part in. */
  words: readonly string[];
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
      const person = personName(text, first, last);
      const lowerName = person.name.toLowerCase();
      reading = {
        kind: kindOfName(text, first, last),
        person,
        lowerName,
        words: lowerName.split(' '),
      };
      this.bySpelling.set(key, reading);
    }
    this.first = first;
    this.last = last;
    this.latest = reading;
    return reading;
  }
}
