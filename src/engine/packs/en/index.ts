import { hashWord } from '../../text/tokens';
import { ClassesByHash, classesByWord } from '../word-classes';
import { HashFilter } from './hash-filter';
import english from './lexicon.json';

/**
 * The English pack: its lexicon, compiled once into Sets and Maps for lookups by lower-cased word.
 * The words are data (lexicon.json, beside every other language's); this file only gives them
 * shape. English's grammar module is ../../english/, a folder per stage: its lexicon names more
 * word classes than `PackData` (../pack.ts) because its stages, tuned on PolNeAR, read more.
 */

export enum VerbForm {
  Base = 0,
  Third = 1,
  Past = 2,
  Participle = 3,
  Gerund = 4,
}

/** How a reporting verb takes its roles. */
export type ReportClass = 'speech' | 'audience' | 'writing' | 'evidence' | 'citing' | 'phrasal';

/** A verb that attributes a belief (a clause), an intention (an infinitive) or a stance (an object). */
export type BeliefClass = 'belief' | 'intention' | 'stance';

export type VerbClass = ReportClass | BeliefClass;

const BELIEF_CLASSES: ReadonlySet<VerbClass> = new Set(['belief', 'intention', 'stance']);

/** Whether a verb attributes a belief, an intention or a stance rather than reports what was said. */
export function isBeliefClass(verbClass: VerbClass | null): boolean {
  return verbClass !== null && BELIEF_CLASSES.has(verbClass);
}

export interface VerbEntry {
  lemma: string;
  verbClass: VerbClass;
  /** Every form this spelling can be: "said" is both Past and Participle. */
  forms: readonly VerbForm[];
}

/** The small word classes the engine's rules read: a language's grammar words, by role. */
export interface Grammar {
  /** Forms of "be": a passive ("was told"), a progressive ("is saying"). */
  be: ReadonlySet<string>;
  /** "did not say": the auxiliary that carries agreement for a negated verb. */
  doSupport: ReadonlySet<string>;
  /** "will say", "would not be accused": what someone may say is not what they said. */
  modals: ReadonlySet<string>;
  /** Subjects a third-person -s form agrees with. */
  singularPronouns: ReadonlySet<string>;
  /** Subjects a base form agrees with. */
  pluralPronouns: ReadonlySet<string>;
  /** Pronouns that stand as a whole subject ("he said") or an inverted one ("said he"). */
  subjectPronouns: ReadonlySet<string>;
  /** Relative pronouns: "officials who said", "the polls that show". */
  relatives: ReadonlySet<string>;
  /** "Nothing the president said": an object before a relative clause, no part of its subject. */
  objectPronouns: ReadonlySet<string>;
  /** "... and says", "..., but Shelby said": a coordinated verb or clause. */
  coordinators: ReadonlySet<string>;
  /** An infinitive still reports after these: "went on to say". */
  infinitiveHosts: ReadonlySet<string>;
  /** Gerunds after these head a clause of their own: "after saying", "by telling", "— saying". */
  gerundOpeners: ReadonlySet<string>;
  /** A gerund still reports after these -ed words: "started saying", "kept telling". */
  gerundHosts: ReadonlySet<string>;
  /** A gerund after these is a noun: "for saying", "the warning", "looks promising". */
  gerundBlockers: ReadonlySet<string>;
  /** Plural subjects without an -s: "data show", "they found". */
  pluralFinders: ReadonlySet<string>;
  /** A finding verb followed by these reports a clause: "found that", "shows how". */
  findingOpeners: ReadonlySet<string>;
  /** "found ways to", "found time": finding something, not a finding. */
  foundObjects: ReadonlySet<string>;
  /** "found himself", "showed up": not a finding. */
  reflexives: ReadonlySet<string>;
  /** Verbs of answering, which report nothing when negated or aimed "to" something. */
  silentVerbs: ReadonlySet<string>;
  /** "eight reported incidents", "all reported contributions": a participle before a noun. */
  quantifiers: ReadonlySet<string>;
  /** "the most elaborate", "very alleged": an adjective, not a verb. */
  degreeWords: ReadonlySet<string>;
  /** "The family said", "the daily reported": nouns in -ly, which no adverb test may take. */
  lyNouns: ReadonlySet<string>;
  /** "tells so many lies": storytelling, not a claim. */
  toldObjects: ReadonlySet<string>;
  /** Verbs whose base and -s spellings are as often nouns: "the report", "his remarks". */
  nounishVerbs: ReadonlySet<string>;
  /** What introduces a claim after a verb: "urged that", "wondered whether", "praised: ..." */
  claimOpeners: ReadonlySet<string>;
  /** Words that start a claim after whom a speaker told: "told reporters that", "told CNN he". */
  claimStarts: ReadonlySet<string>;
  /** A claim after its cue ends at a comma before these: "said X, but the mayor did not say when". */
  claimBreaks: ReadonlySet<string>;
  /**
   * Nouns of the writer's note on a claim, after a comma and "a": "claimed it took the village, a
   * claim that could not be verified", "said 40 died, a figure Moscow disputes". The claim ends there.
   */
  claimNotes: ReadonlySet<string>;
  /** Words that make a time phrase of a time word after them: "on Monday", "earlier this week". */
  whenLeads: ReadonlySet<string>;
  /** "But ...", "Still, ...": a connective ties a sentence to the last one, no part of its claim. */
  connectives: ReadonlySet<string>;
  /** "the wall, which he said would cost billions": relative pronouns that open the claim. */
  relativeClaims: ReadonlySet<string>;
  /** "After Vale said X, the ferry sailed": words that open a clause a comma closes. */
  subordinators: ReadonlySet<string>;
  /** "asked about", "wrote about": a preposition of the topic that belongs to the cue. */
  topicPrepositions: ReadonlySet<string>;
  /** "claimed responsibility", "claimed the title": taking something, not making a claim. */
  claimedObjects: ReadonlySet<string>;
  /** "asked the ministry for comment": the writer's request, not a claim. */
  commentRequests: ReadonlySet<string>;
  /** "if officials respond": a verb under a condition reports nothing yet. */
  conditionals: ReadonlySet<string>;
  /** "I wrote a primer in 2009": outside quotes these are the writer, citing their own work. */
  writerPronouns: ReadonlySet<string>;
  /**
   * Irregular simple pasts that end a subject before them: "The central bank kept rates on hold,
   * saying …" (regular pasts end in -ed and are told by their ending).
   */
  pastVerbs: ReadonlySet<string>;
}

// Every role a lexicon must fill, checked when it is compiled.
const GRAMMAR_ROLES: Record<keyof Grammar, true> = {
  be: true,
  doSupport: true,
  modals: true,
  singularPronouns: true,
  pluralPronouns: true,
  subjectPronouns: true,
  relatives: true,
  objectPronouns: true,
  coordinators: true,
  infinitiveHosts: true,
  gerundOpeners: true,
  gerundHosts: true,
  gerundBlockers: true,
  pluralFinders: true,
  findingOpeners: true,
  foundObjects: true,
  reflexives: true,
  silentVerbs: true,
  quantifiers: true,
  degreeWords: true,
  lyNouns: true,
  toldObjects: true,
  nounishVerbs: true,
  claimOpeners: true,
  claimStarts: true,
  claimBreaks: true,
  claimNotes: true,
  whenLeads: true,
  connectives: true,
  relativeClaims: true,
  subordinators: true,
  topicPrepositions: true,
  claimedObjects: true,
  conditionals: true,
  commentRequests: true,
  writerPronouns: true,
  pastVerbs: true,
};

function compileGrammar(data: Record<string, string[] | undefined>): Grammar {
  const grammar = {} as Record<keyof Grammar, ReadonlySet<string>>;
  for (const role of Object.keys(GRAMMAR_ROLES) as (keyof Grammar)[]) {
    const words = data[role];
    if (!Array.isArray(words)) throw new Error(`lexicon: grammar.${role} is missing`);
    grammar[role] = new Set(words);
  }
  // Copied into a fresh object: one given its roles one by one, by computed key, turns into a
  // dictionary past a dozen of them (V8 keeps fast properties only so far for keyed stores), and
  // every rule's `grammar.be`, `grammar.quantifiers` ..., read for most words, was then a hash
  // lookup. With 36 roles English read at 0.7 of its speed.
  return { ...grammar };
}

/**
 * Bits of `Lexicon.classes`: the classes a word belongs to. The names stage asks of every
 * capitalised word whether it is a grammar word, a title, a given name, an organisation's word...;
 * one lookup answers them all.
 */
export enum WordClass {
  ClauseWord = 1 << 0,
  Preposition = 1 << 1,
  Determiner = 1 << 2,
  Pronoun = 1 << 3,
  ContractionStem = 1 << 4,
  Adverb = 1 << 5,
  /** The first word of a label ("new", "update"). */
  Label = 1 << 6,
  Auxiliary = 1 << 7,
  Verb = 1 << 8,
  Hedge = 1 << 9,
  TimeWord = 1 << 10,
  Title = 1 << 11,
  TitleAbbreviation = 1 << 12,
  GenderTitle = 1 << 13,
  Nationality = 1 << 14,
  GroupAdjective = 1 << 15,
  Male = 1 << 16,
  Female = 1 << 17,
  OutletWord = 1 << 18,
  OrganizationWord = 1 << 19,
  Unnamed = 1 << 20,
}

/** A grammar word rather than a name: "There", "I", "However", "Today". */
export const FUNCTION_WORD =
  WordClass.ClauseWord |
  WordClass.Preposition |
  WordClass.Determiner |
  WordClass.Pronoun |
  WordClass.ContractionStem |
  WordClass.Adverb |
  WordClass.Label;

/** Multi-word phrases grouped by their first word, each phrase as its words. */
export type PhraseTable = ReadonlyMap<string, readonly (readonly string[])[]>;

export interface Lexicon {
  /** Every word of the classes `WordClass` names, with the bits of all its classes. */
  classes: ReadonlyMap<string, number>;
  /** Those words' classes by hash, to tell a word's without making its lower-case text. */
  classesByHash: ClassesByHash;
  /** Hashes of the language's commonest words, to tell its prose from another language's. */
  commonWords: ReadonlySet<number>;
  abbreviations: ReadonlySet<string>;
  grammar: Grammar;
  verbs: ReadonlyMap<string, VerbEntry>;
  particles: ReadonlyMap<string, ReadonlySet<string>>;
  /** What attributes a belief, an intention or a stance, read only when asked for. */
  beliefs: {
    verbs: ReadonlyMap<string, VerbEntry>;
    /** Hashes of every spelling of those verbs, to pass over all other words without a lookup. */
    starts: HashFilter;
    /** "called for", "voted against", "agreed with": the particle belongs to the cue. */
    particles: ReadonlyMap<string, ReadonlySet<string>>;
    /** Verbs that attribute only with their particle: "called for", not "called". */
    needsParticle: ReadonlySet<string>;
    /** Spellings that are a verb only after an auxiliary: "would like to", not "like a wall". */
    afterAuxiliary: ReadonlySet<string>;
    /** "seemed to", "is expected to": the subject's and the infinitive's claim, with no source. */
    raising: ReadonlySet<string>;
    /** "is worried that", "critical of": adjectives of a stance toward what follows them. */
    adjectives: ReadonlySet<string>;
    /** The verbs that join a subject to such an adjective: "is", "remains", "grew". */
    linking: ReadonlySet<string>;
    /** The prepositions that belong to the adjective's cue: "critical of", "worried about". */
    adjectivePrepositions: ReadonlySet<string>;
  };
  /** Verbs that report only with a claim in view: "urged that ..." but not "urged followers to". */
  needsClaim: ReadonlySet<string>;
  /** Prepositions that open a verb's claim after its object: "accuse the government of ...". */
  claimPrepositions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs that report only with "that" right after them: "the courts have held that". */
  needsThat: ReadonlySet<string>;
  /** What an outlet understands is what it was told: "The BBC understands that …". */
  outletReports: ReadonlySet<string>;
  /** Verbs that report only a quote after their object: "called the plan “a disgrace”". */
  needsQuote: ReadonlySet<string>;
  /** Verbs that report only beside a quote: "“…,” he continued", 'He continued, “…”'. */
  besideQuote: ReadonlySet<string>;
  /** Verbs whose source is a document quoted after them: "the tweet reads: “...”". */
  documentVerbs: ReadonlySet<string>;
  /** Verbs that may come before their speaker: "..., said Beck", "..., wrote the Post". */
  inverts: ReadonlySet<string>;
  /** Verbs that still report in the passive: "was told", "is shown"; not "was criticized". */
  passiveCues: ReadonlySet<string>;
  according: PhraseTable;
  per: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  impersonalSubjects: ReadonlySet<string>;
  impersonalVerbs: ReadonlySet<string>;
  raisingVerbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  meansPrepositions: ReadonlySet<string>;
  meansDeterminers: ReadonlySet<string>;
  meansHeads: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  neverAccording: PhraseTable;
  determiners: ReadonlySet<string>;
  /** Words that make a plural subject without ending in -s: "people", "police", "many". */
  pluralNouns: ReadonlySet<string>;
  /** Articles and possessive determiners: a verb spelling right after one is a noun ("the report"). */
  articles: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, string>;
  clauseWords: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  labels: PhraseTable;
  contractionStems: ReadonlySet<string>;
  sources: {
    outlets: PhraseTable;
    outletWords: ReadonlySet<string>;
    mediaNouns: ReadonlySet<string>;
    /** News agencies, in lower case, that "the agency" stands for after their name: "interfax". */
    newsAgencies: ReadonlySet<string>;
    organizations: PhraseTable;
    organizationWords: ReadonlySet<string>;
    organizationNouns: ReadonlySet<string>;
    places: PhraseTable;
    documents: ReadonlySet<string>;
    unnamed: ReadonlySet<string>;
    anonymity: PhraseTable;
    titles: ReadonlySet<string>;
    groupAdjectives: ReadonlySet<string>;
    male: ReadonlySet<string>;
    female: ReadonlySet<string>;
    nationalities: ReadonlySet<string>;
    /** Abbreviated titles and the title they stand for: "sen" → "senator". */
    titleAbbreviations: ReadonlyMap<string, string>;
    genderTitles: ReadonlyMap<string, string>;
    nameParticles: ReadonlySet<string>;
    /** Hashes of the name particles that are words, to rule out most words without making their string. */
    nameParticleWords: HashFilter;
    /** "documents reviewed by X": the verbs through which an outlet passes a document on. */
    viaVerbs: ReadonlySet<string>;
    /** What a caption's picture is called: "this handout picture ... shows" describes, never reports. */
    captionWords: ReadonlySet<string>;
    /** What opens a caption or a credit block ("Media caption ...", "Image copyright ..."): never a report. */
    captionLabels: PhraseTable;
    /** Endings of plural nouns for groups of people: "Inspectors", "Economists". */
    groupEndings: readonly string[];
  };
}

/** The shape of a lexicon file. */
export interface LexiconData {
  commonWords: string[];
  abbreviations: string[];
  grammar: Record<keyof Grammar, string[]>;
  verbs: Record<ReportClass, string[]>;
  beliefs: {
    verbs: Record<BeliefClass, string[]>;
    particles: Record<string, string[]>;
    needsParticle: string[];
    afterAuxiliary: string[];
    raising: string[];
    adjectives: string[];
    linking: string[];
    adjectivePrepositions: string[];
  };
  particles: Record<string, string[]>;
  needsClaim: string[];
  claimPrepositions: Record<string, string[]>;
  needsThat: string[];
  outletReports: string[];
  needsQuote: string[];
  besideQuote: string[];
  documentVerbs: string[];
  inverts: string[];
  passiveCues: string[];
  according: string[];
  per: string[];
  hedges: string[];
  impersonal: { subjects: string[]; verbs: string[] };
  raising: { verbs: string[] };
  auxiliaries: string[];
  adverbs: string[];
  means: { prepositions: string[]; determiners: string[]; heads: string[] };
  topics: string[];
  never: { according: string[] };
  determiners: string[];
  articles: string[];
  pluralNouns: string[];
  pronouns: Record<string, string>;
  clauseWords: string[];
  prepositions: string[];
  timeWords: string[];
  labels: string[];
  contractionStems: string[];
  sources: {
    outlets: string[];
    outletWords: string[];
    mediaNouns: string[];
    newsAgencies: string[];
    organizations: string[];
    organizationWords: string[];
    organizationNouns: string[];
    places: string[];
    documents: string[];
    unnamed: string[];
    anonymity: string[];
    titles: string[];
    groupAdjectives: string[];
    firstNames: { male: string[]; female: string[] };
    nationalities: string[];
    titleAbbreviations: Record<string, string>;
    genderTitles: Record<string, string>;
    nameParticles: string[];
    viaVerbs: string[];
    groupEndings: string[];
    captionWords: string[];
    captionLabels: string[];
  };
}

/** Phrases keyed by first word, longest first so that the longest match wins. */
export function phraseTable(phrases: readonly string[]): PhraseTable {
  const table = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const list = table.get(first) ?? [];
    list.push(words);
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  return table;
}

function compileVerbs<C extends VerbClass>(classes: Record<C, string[]>): Map<string, VerbEntry> {
  const verbs = new Map<string, VerbEntry>();
  for (const verbClass of Object.keys(classes) as C[]) {
    for (const line of classes[verbClass]) {
      const spellings = line.split(' ');
      const base = spellings[0] ?? '';
      // "(state)": the verb's name, its base form being too often a noun to count.
      const lemma = base.replace(/^\((.*)\)$/, '$1');
      spellings.forEach((spelling, form) => {
        if (spelling === '-' || (spelling !== lemma && spelling === base)) return;
        const known = verbs.get(spelling);
        if (known && known.lemma === lemma) {
          if (!known.forms.includes(form)) (known.forms as VerbForm[]).push(form);
        } else if (!known) {
          verbs.set(spelling, { lemma, verbClass, forms: [form] });
        }
      });
    }
  }
  return verbs;
}

function compileClasses(lexicon: Omit<Lexicon, 'classes' | 'classesByHash'>): Map<string, number> {
  const s = lexicon.sources;
  return classesByWord([
    [WordClass.ClauseWord, lexicon.clauseWords],
    [WordClass.Preposition, lexicon.prepositions],
    [WordClass.Determiner, lexicon.determiners],
    [WordClass.Pronoun, lexicon.pronouns.keys()],
    [WordClass.ContractionStem, lexicon.contractionStems],
    [WordClass.Adverb, lexicon.adverbs],
    [WordClass.Label, lexicon.labels.keys()],
    [WordClass.Auxiliary, lexicon.auxiliaries],
    [WordClass.Verb, lexicon.verbs.keys()],
    [WordClass.Hedge, lexicon.hedges],
    [WordClass.TimeWord, lexicon.timeWords],
    [WordClass.Title, s.titles],
    [WordClass.TitleAbbreviation, s.titleAbbreviations.keys()],
    [WordClass.GenderTitle, s.genderTitles.keys()],
    [WordClass.Nationality, s.nationalities],
    [WordClass.GroupAdjective, s.groupAdjectives],
    [WordClass.Male, s.male],
    [WordClass.Female, s.female],
    [WordClass.OutletWord, s.outletWords],
    [WordClass.OrganizationWord, s.organizationWords],
    [WordClass.Unnamed, s.unnamed],
  ]);
}

function setsOf(lists: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(lists).map(([key, list]) => [key, new Set(list)]));
}

function compileBeliefs(data: LexiconData['beliefs']): Lexicon['beliefs'] {
  const verbs = compileVerbs(data.verbs);
  return {
    verbs,
    starts: new HashFilter([...verbs.keys(), ...data.raising, ...data.adjectives].map(hashWord)),
    particles: setsOf(data.particles),
    needsParticle: new Set(data.needsParticle),
    afterAuxiliary: new Set(data.afterAuxiliary),
    raising: new Set(data.raising),
    adjectives: new Set(data.adjectives),
    linking: new Set(data.linking),
    adjectivePrepositions: new Set(data.adjectivePrepositions),
  };
}

export function compileLexicon(data: LexiconData): Lexicon {
  const lexicon = compileLists(data);
  const classes = compileClasses(lexicon);
  return { ...lexicon, classes, classesByHash: new ClassesByHash(classes) };
}

function compileLists(data: LexiconData): Omit<Lexicon, 'classes' | 'classesByHash'> {
  const s = data.sources;
  const verbs = compileVerbs(data.verbs);
  return {
    commonWords: new Set(data.commonWords.map(hashWord)),
    abbreviations: new Set(data.abbreviations),
    grammar: compileGrammar(data.grammar),
    verbs,
    beliefs: compileBeliefs(data.beliefs),
    particles: setsOf(data.particles),
    needsClaim: new Set(data.needsClaim),
    claimPrepositions: setsOf(data.claimPrepositions),
    needsThat: new Set(data.needsThat),
    outletReports: new Set(data.outletReports),
    needsQuote: new Set(data.needsQuote),
    besideQuote: new Set(data.besideQuote),
    documentVerbs: new Set(data.documentVerbs),
    inverts: new Set(data.inverts),
    passiveCues: new Set(data.passiveCues),
    according: phraseTable(data.according),
    per: new Set(data.per),
    hedges: new Set(data.hedges),
    impersonalSubjects: new Set(data.impersonal.subjects),
    impersonalVerbs: new Set(data.impersonal.verbs),
    raisingVerbs: new Set(data.raising.verbs),
    auxiliaries: new Set(data.auxiliaries),
    adverbs: new Set(data.adverbs),
    meansPrepositions: new Set(data.means.prepositions),
    meansDeterminers: new Set(data.means.determiners),
    meansHeads: new Set(data.means.heads),
    topics: new Set(data.topics),
    neverAccording: phraseTable(data.never.according),
    determiners: new Set(data.determiners),
    articles: new Set(data.articles),
    pluralNouns: new Set(data.pluralNouns),
    pronouns: new Map(Object.entries(data.pronouns)),
    clauseWords: new Set(data.clauseWords),
    prepositions: new Set(data.prepositions),
    timeWords: new Set(data.timeWords),
    labels: phraseTable(data.labels),
    contractionStems: new Set(data.contractionStems),
    sources: {
      outlets: phraseTable(s.outlets),
      outletWords: new Set(s.outletWords),
      mediaNouns: new Set(s.mediaNouns),
      newsAgencies: new Set(s.newsAgencies),
      organizations: phraseTable(s.organizations),
      organizationWords: new Set(s.organizationWords),
      organizationNouns: new Set(s.organizationNouns),
      places: phraseTable(s.places),
      documents: new Set(s.documents),
      unnamed: new Set(s.unnamed),
      anonymity: phraseTable(s.anonymity),
      titles: new Set(s.titles),
      groupAdjectives: new Set(s.groupAdjectives),
      male: new Set(s.firstNames.male),
      female: new Set(s.firstNames.female),
      nationalities: new Set(s.nationalities),
      titleAbbreviations: new Map(Object.entries(s.titleAbbreviations)),
      genderTitles: new Map(Object.entries(s.genderTitles)),
      nameParticles: new Set(s.nameParticles),
      nameParticleWords: new HashFilter(s.nameParticles.map(hashWord)),
      viaVerbs: new Set(s.viaVerbs),
      groupEndings: s.groupEndings,
      captionWords: new Set(s.captionWords),
      captionLabels: phraseTable(s.captionLabels),
    },
  };
}

/** The English lexicon, the language of this engine's first release. */
export const ENGLISH: Lexicon = compileLexicon(english as LexiconData);
