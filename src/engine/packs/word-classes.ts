/**
 * Which of a pack's word lists each word is in, as bits, compiled once with the pack. Reading names
 * and cues asks of most tokens whether they are an article, a preposition, a title, a verb...:
 * one lookup answers for every list, and most words, in none, are told by their hash alone,
 * without making their lower-cased string.
 */
import { hashWord } from '../text/tokens';

/** The word lists, as bits of a word's classes. */
export enum WordClass {
  Determiner = 1 << 0,
  Preposition = 1 << 1,
  Conjunction = 1 << 2,
  SubjectPronoun = 1 << 3,
  Clitic = 1 << 4,
  Verb = 1 << 5,
  Hedge = 1 << 6,
  Title = 1 << 7,
  Role = 1 << 8,
  Anonymity = 1 << 9,
  Organization = 1 << 10,
  BodyNoun = 1 << 11,
  MediaNoun = 1 << 12,
  FirstName = 1 << 13,
  NameParticle = 1 << 14,
  /** The first word of an outlet's name: "le" of "Le Monde", "folha". */
  OutletStart = 1 << 15,
  /** The first word of a document's noun: "rapport", "projet" of "projet de loi". */
  DocumentStart = 1 << 16,
  /** "pour", "para", "für": a view's "for X". */
  Viewpoint = 1 << 17,
  /** The first words of the cues' phrases: "selon", "nach"; "zufolge"; "so"; "heißt"; "fait". */
  AccordingStart = 1 << 18,
  AccordingAfterStart = 1 << 19,
  AccordingTagStart = 1 << 20,
  ImpersonalStart = 1 << 21,
  VerbPhraseStart = 1 << 22,
  Auxiliary = 1 << 23,
  /** "que", "dass": the word that opens a claim. */
  Complementizer = 1 << 24,
  Relative = 1 << 25,
  /** "comme", "wie": the word that opens "as X said". */
  AsWord = 1 << 26,
  /** German "sei", "habe": a word that marks the clause after a comma as a claim. */
  ClauseMark = 1 << 27,
  /** The first word of an outlet that writes its name in lower case: "heise", "franceinfo". */
  LowerCaseOutlet = 1 << 28,
  /** "Demnach", "wonach", "denen": the first words of "according to that" and "according to which". */
  ReferringAccordingStart = 1 << 29,
}

/**
 * The classes of the words of each hash (`hashWord`, the tokenizer's), in a table of typed arrays:
 * looking a token's hash up reads a slot or two and allocates nothing.
 */
export class ClassesByHash {
  private readonly hashes: Int32Array;
  private readonly classes: Int32Array;
  /** The one word of each slot's hash, when only one has it (see `soleWord`). */
  private readonly words: (string | null)[];
  private readonly mask: number;

  constructor(byWord: ReadonlyMap<string, number>) {
    // At most half full, so that a hash not in the table meets an empty slot within a step or two.
    let size = 16;
    while (size < byWord.size * 2) size *= 2;
    this.mask = size - 1;
    // Hashes are 30 bits, never negative: -1 marks an empty slot.
    this.hashes = new Int32Array(size).fill(-1);
    this.classes = new Int32Array(size);
    this.words = new Array<string | null>(size).fill(null);
    for (const [word, classes] of byWord) {
      const hash = hashWord(word);
      const slot = this.slotOf(hash);
      // A second word with the hash leaves the slot without a sole word.
      this.words[slot] = this.hashes[slot] === -1 && isLowerWord(word) ? word : null;
      this.hashes[slot] = hash;
      this.classes[slot] = (this.classes[slot] ?? 0) | classes;
    }
  }

  /** The classes of every word with this hash (0 when none): a word's own are among them. */
  get(hash: number): number {
    return this.classes[this.slotOf(hash)] ?? 0;
  }

  /**
   * The only word with this hash, when it is written as a text's lower-cased word is ("dem",
   * "que"): a token written exactly so is that word, told without lower-casing it.
   */
  soleWord(hash: number): string | null {
    return this.words[this.slotOf(hash)] ?? null;
  }

  /** The slot of a hash: its own, or the empty one where it would go. */
  private slotOf(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const held = this.hashes[slot];
      if (held === hash || held === -1) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Whether a word is written as `lowerAt` writes a token: in lower case, with ' and never ’. */
function isLowerWord(word: string): boolean {
  return word === word.toLowerCase() && !word.includes('’');
}

export interface WordClasses {
  /** The classes of every word in a list. */
  byWord: ReadonlyMap<string, number>;
  /** The classes by hash: a token whose hash has none of the classes asked is in none of them. */
  byHash: ClassesByHash;
}

/** The words of each class: a list, or the keys of a table of words or phrases. */
export type ClassWords = readonly [WordClass, Iterable<string>][];

/** Each word's classes as bits, from lists of words by class (any language's class bits). */
export function classesByWord(lists: readonly [number, Iterable<string>][]): Map<string, number> {
  const byWord = new Map<string, number>();
  for (const [wordClass, words] of lists) {
    for (const word of words) byWord.set(word, (byWord.get(word) ?? 0) | wordClass);
  }
  return byWord;
}

export function compileWordClasses(lists: ClassWords): WordClasses {
  const byWord = classesByWord(lists);
  return { byWord, byHash: new ClassesByHash(byWord) };
}
