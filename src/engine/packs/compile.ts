/** Compiles a pack's data and grammar once into the Sets and Maps the reader looks words up in. */
import type { TextLexicon } from '../text/parse';
import { hashWord, lowerAt, TokenType, tokenize } from '../text/tokens';
import type { LanguageCode } from '../types';
import { type GappedTable, gappedTable } from './gapped-phrases';
import type { Grammar, PackData, VerbForms } from './pack';
import { compileWordClasses, WordClass, type WordClasses } from './word-classes';

/** How a spelling of a reporting verb is used. */
export enum VerbUse {
  Finite = 1,
  Participle = 2,
  Gerund = 3,
  Infinitive = 4,
}

export interface VerbSpelling {
  lemma: string;
  use: VerbUse;
  /** A German separable verb's particle ("mit" of "teilte ... mit"), which must close its clause. */
  particle: string | null;
  /**
   * The other verbs spelled the same in this use, each with its own particle: "gab" is of
   * "gab ... bekannt", "gab ... an" and "gab ... zu"; "sagte" of "sagen" and of "sagte ... zu".
   */
  others?: VerbSpelling[];
  /** A finite spelling that is the verb's participle too: German "berichtet", "erklärt". */
  alsoParticiple?: true;
}

/** Phrases keyed by their first token, each phrase as its tokens, longest first. */
export type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

export interface Pack {
  language: LanguageCode;
  grammar: Grammar;
  /** What splitting the language's text into sentences needs. */
  textLexicon: TextLexicon;
  /** Which of the lists below each word is in, for the questions asked of most tokens. */
  wordClasses: WordClasses;
  /** Hashes of the commonest words, to tell the language of a text. */
  commonWords: ReadonlySet<number>;
  abbreviations: ReadonlySet<string>;
  verbs: ReadonlyMap<string, VerbSpelling>;
  needsClaim: ReadonlySet<string>;
  chargeVerbs: ReadonlySet<string>;
  chargeOpeners: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  verbPhrases: Phrases;
  asWords: ReadonlySet<string>;
  backReferences: Phrases;
  reportsFrom: Phrases;
  whenceVerbs: ReadonlySet<string>;
  writtenIn: ReadonlySet<string>;
  platforms: Phrases;
  /** Prepositions fused with an article: "del", "du", "da": a noun after one opens its phrase. */
  fusedPrepositions: ReadonlySet<string>;
  tagOnly: ReadonlySet<string>;
  learnedFrom: Phrases;
  ownPossessives: ReadonlySet<string>;
  selfWords: ReadonlySet<string>;
  reportCompounds: readonly string[];
  bodyJoiners: ReadonlySet<string>;
  /** The name an outlet's inflected spelling stands for, by that spelling as written. */
  outletForms: ReadonlyMap<string, string>;
  audienceArticles: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passives: ReadonlySet<string>;
  infinitiveAuxiliaries: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  according: GappedTable;
  notSources: ReadonlySet<string>;
  accordingAfter: Phrases;
  accordingToThat: ReadonlySet<string>;
  relativeAccordings: Phrases;
  accordingTags: Phrases;
  viewpoint: ReadonlySet<string>;
  impersonal: Phrases;
  /** The verbs that make impersonal reports: their passive with no subject reports too ("foi anunciado que"). */
  impersonalVerbs: ReadonlySet<string>;
  /** Subjects that stand for no one: French "il" of "il a été annoncé que". */
  expletives: ReadonlySet<string>;
  queConjunctions: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  clauseMarks: ReadonlySet<string>;
  subjectPronouns: ReadonlyMap<string, 'm' | 'f' | 'p'>;
  /** The subject pronouns and those after a preposition ("selon lui"): every pronoun a source may be. */
  sourcePronouns: ReadonlyMap<string, 'm' | 'f' | 'p'>;
  relatives: ReadonlySet<string>;
  clitics: ReadonlySet<string>;
  tagPronouns: ReadonlySet<string>;
  impersonalClitics: ReadonlySet<string>;
  pronominalVerbs: ReadonlySet<string>;
  /** The reflexive pronouns before which a verb reports nothing, by its infinitive: destacar → {se}. */
  reflexiveSenses: ReadonlyMap<string, ReadonlySet<string>>;
  determiners: ReadonlySet<string>;
  indefinites: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  anonymity: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  capitalizedOrganizations: ReadonlySet<string>;
  /** The organisations named in several words: "Médicos Sin Fronteras", "Ärzte ohne Grenzen". */
  organizationNames: Phrases;
  /** The organisation words by their last letters, to tell those a compound ends with. */
  organizationsByEnding: ReadonlyMap<string, readonly string[]>;
  /** The roles by their last letters, to tell a compound that names one: "Bundesfamilienministerin". */
  rolesByEnding: ReadonlyMap<string, readonly string[]>;
  /** The bodies' nouns by their last letters, to tell a compound of one: "Bundesregierung". */
  bodyNounsByEnding: ReadonlyMap<string, readonly string[]>;
  bodyNouns: ReadonlySet<string>;
  /** What each general body noun takes up (see `PackData.bodySorts`). */
  bodySorts: ReadonlyMap<string, readonly string[]>;
  places: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  outlets: Phrases;
  /**
   * The hashes (`hashWord`) of the outlets' second words ("monde" of "Le Monde"): after an
   * article, plain or fused ("du"), a word with none of them goes on with no outlet's name.
   */
  outletSecondWords: ReadonlySet<number>;
  /** The first words of outlets that write their name in lower case: "g1", "franceinfo", "heise". */
  lowerCaseOutlets: ReadonlySet<string>;
  /**
   * The outlets whose name opens on an article a fused or inflected form stands for, by that form:
   * "du" → the rest of "Le Monde", "Le Figaro" after their article, each rest with its article.
   */
  fusedOutlets: ReadonlyMap<string, FusedOutlets>;
  mediaNouns: ReadonlySet<string>;
  documents: Phrases;
  nameParticles: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  /** Whether a man or a woman bears a given name, by the name: "angela" → "f". */
  nameGenders: ReadonlyMap<string, Gender>;
  /** Whether a word before a name makes it a man's or a woman's: "frau", "la", "ministra". */
  genderWords: ReadonlyMap<string, Gender>;
}

/** Whom a name or a pronoun stands for: a man or a woman. */
export type Gender = 'm' | 'f';

/** A pack's words as compiled from its lexicon, before the lookups made from them. */
type PackWords = Omit<Pack, 'wordClasses'>;

/**
 * A phrase's words as the tokenizer splits them ("d'après" → "d'", "après"), lower case. A phrase
 * that ends on an elided word ("on dit qu'") keeps its apostrophe on it, as the word before a vowel
 * in a text is split ("qu'il" → "qu'", "il").
 */
export function phraseWords(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const words: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const type = tokens.type[i];
    if (type === TokenType.Break) continue;
    const elision =
      i === tokens.count - 1 &&
      type === TokenType.SingleQuote &&
      tokens.type[i - 1] === TokenType.Word &&
      tokens.start[i] === tokens.end[i - 1];
    if (elision) words.push(`${words.pop()}'`);
    else words.push(lowerAt(tokens, i));
  }
  return words;
}

export function phrases(list: readonly string[]): Phrases {
  const table = new Map<string, string[][]>();
  for (const phrase of list) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (!first) continue;
    const entry = table.get(first) ?? [];
    entry.push(words);
    table.set(first, entry);
  }
  for (const entry of table.values()) entry.sort((a, b) => b.length - a.length);
  return table;
}

/** The hashes (`hashWord`) of the second words of a table's phrases. */
function secondWords(table: Phrases): Set<number> {
  const hashes = new Set<number>();
  for (const list of table.values()) {
    for (const words of list) if (words[1] !== undefined) hashes.add(hashWord(words[1]));
  }
  return hashes;
}

const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

// The endings that make a title's or role's feminine from its masculine: "Chef" → "Chefin",
// "senador" → "senadora", "ministro" → "ministra", "presidente" → "presidenta".
const FEMININES: readonly { masculine: string; feminine: string }[] = [
  { masculine: '', feminine: 'in' },
  { masculine: '', feminine: 'a' },
  { masculine: 'o', feminine: 'a' },
  { masculine: 'e', feminine: 'a' },
];

/** Nouns of people with the forms their grammar gives them in other cases (German "Ministers"). */
function withCases(nouns: ReadonlySet<string>, grammar: Grammar): ReadonlySet<string> {
  const cases = grammar.nounCases;
  if (!cases) return nouns;
  return new Set(
    [...nouns].flatMap((noun) => (noun.includes(' ') ? [noun] : [noun, ...cases(noun)])),
  );
}

/** The pack's gendered words before a name, and every title and role that pairs with its feminine. */
function genderWords(data: PackData): Map<string, Gender> {
  const found = new Map<string, Gender>(Object.entries(data.genderWords ?? {}));
  const described = lower([...data.titles, ...data.roles]);
  for (const word of described) {
    for (const { masculine, feminine } of FEMININES) {
      if (!word.endsWith(feminine)) continue;
      const stem = word.slice(0, word.length - feminine.length);
      if (!described.has(stem + masculine)) continue;
      found.set(word, 'f');
      found.set(stem + masculine, 'm');
    }
  }
  return found;
}

/** A compound's parts are words of their own: "Bundes|amt"; "J|uni" is no university. */
export const SHORTEST_COMPOUND_PART = 3;

/** Words of at least a compound part's length, by their last `SHORTEST_COMPOUND_PART` letters. */
/** The phrases, and each that ends on a preposition again with each of its fused forms. */
function withPrepositionForms(
  list: readonly string[],
  forms: Readonly<Record<string, string[]>> = {},
): string[] {
  const all = [...list];
  for (const phrase of list) {
    const space = phrase.lastIndexOf(' ');
    const fused = forms[phrase.slice(space + 1)] ?? [];
    for (const form of fused) all.push(`${phrase.slice(0, space + 1)}${form}`);
  }
  return all;
}

/**
 * Whether `word` is a compound that ends with one of the words of a table made by `byEnding`,
 * with a part of its own before it: "Bundes|amt", "Bundesfamilien|ministerin".
 */
export function compoundOf(
  byEnding: ReadonlyMap<string, readonly string[]>,
  word: string,
): boolean {
  for (const part of byEnding.get(word.slice(-SHORTEST_COMPOUND_PART)) ?? []) {
    if (part.length <= word.length - SHORTEST_COMPOUND_PART && word.endsWith(part)) return true;
  }
  return false;
}

function byEnding(words: Iterable<string>): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < SHORTEST_COMPOUND_PART) continue;
    const ending = word.slice(-SHORTEST_COMPOUND_PART);
    table.set(ending, [...(table.get(ending) ?? []), word]);
  }
  return table;
}

/** An outlet's name after its article, by the fused or inflected form that stands for it. */
export interface FusedOutlets {
  /** The words of each name after its article: "monde", "figaro". */
  rest: Phrases;
  /** The article each rest opens on, by the rest's words joined with a space: "monde" → "le". */
  article: ReadonlyMap<string, string>;
}

function fusedOutlets(
  forms: Record<string, string[]>,
  outlets: readonly string[],
): Map<string, FusedOutlets> {
  const byArticle = new Map<string, string[][]>();
  for (const outlet of outlets) {
    const [article, ...rest] = phraseWords(outlet);
    if (article && rest.length > 0)
      byArticle.set(article, [...(byArticle.get(article) ?? []), rest]);
  }
  const table = new Map<string, FusedOutlets>();
  for (const [form, articles] of Object.entries(forms)) {
    const rests: string[] = [];
    const article = new Map<string, string>();
    for (const a of articles.map((w) => w.toLowerCase())) {
      for (const rest of byArticle.get(a) ?? []) {
        const key = rest.join(' ');
        if (article.has(key)) continue;
        article.set(key, a);
        rests.push(key);
      }
    }
    table.set(form.toLowerCase(), { rest: phrases(rests), article });
  }
  return table;
}

/** "dire: dit disent | dit dite | disant" or "déclarer": one verb's infinitive and forms. */
function verbLine(
  line: string,
  grammar: Grammar,
): { infinitive: string; particle: string | null; forms: VerbForms } {
  const [head = '', listed] = line.split(':');
  // "mit+teilen": the particle before the "+" and the verb it stands apart from.
  const plus = head.indexOf('+');
  const particle = plus > 0 ? head.slice(0, plus).trim() : null;
  const infinitive = head.replace('+', '').trim();
  const stem = plus > 0 ? head.slice(plus + 1).trim() : infinitive;
  if (listed === undefined) return { infinitive, particle, forms: grammar.inflect(stem) };
  const [finite = '', participles = '', gerunds = ''] = listed.split('|');
  const words = (part: string): string[] => part.split(/\s+/).filter(Boolean);
  const forms = { finite: words(finite), participles: words(participles), gerunds: words(gerunds) };
  return { infinitive, particle, forms };
}

/** Every spelling of one verb of the lexicon. */
function verbSpellings(line: string, grammar: Grammar, into: Map<string, VerbSpelling>): void {
  const { infinitive, particle, forms } = verbLine(line, grammar);
  const add = (spelling: string, use: VerbUse, withParticle: string | null): void => {
    const known = into.get(spelling);
    const reading = { lemma: infinitive, use, particle: withParticle };
    // A spelling that is both (French "dit": present and participle) keeps its finite use.
    if (!known || (known.use !== VerbUse.Finite && use === VerbUse.Finite)) {
      into.set(spelling, reading);
    } else if (known.use === VerbUse.Finite && use === VerbUse.Participle) {
      if (known.lemma === infinitive) known.alsoParticiple = true;
    } else if (known.use === use && known.particle !== withParticle && known.lemma !== infinitive) {
      known.others = [...(known.others ?? []), reading];
    }
  };
  for (const form of forms.finite) add(form, VerbUse.Finite, particle);
  // At the end of a subordinate clause the particle is written on the verb: "wie sie mitteilte".
  if (particle) for (const form of forms.finite) add(particle + form, VerbUse.Finite, null);
  // A separable verb's participle and infinitive are written whole: "mitgeteilt", "mitteilen".
  for (const form of forms.participles)
    add(particle ? particle + form : form, VerbUse.Participle, null);
  for (const form of forms.gerunds) add(form, VerbUse.Gerund, null);
  add(infinitive, VerbUse.Infinitive, null);
}

/**
 * The impersonal reports the grammar makes of the lexicon's verbs ("se precisó que", "on estime
 * que"), by the infinitive of each verb that makes any.
 */
function impersonalReports(data: PackData, grammar: Grammar): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  const make = grammar.impersonalReports;
  if (!make) return reports;
  const pronominal = new Set(data.pronominalVerbs ?? []);
  for (const line of data.verbs) {
    const { infinitive, forms } = verbLine(line, grammar);
    const made = make(infinitive, forms, pronominal.has(infinitive));
    if (made.length > 0) reports.set(infinitive, made);
  }
  return reports;
}

/** "se destacar" → destacar: {se}. */
function reflexiveSenses(lines: readonly string[]): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  for (const line of lines) {
    const [pronoun = '', verb = ''] = line.toLowerCase().split(/\s+/);
    const pronouns = table.get(verb) ?? new Set<string>();
    pronouns.add(pronoun);
    table.set(verb, pronouns);
  }
  return table;
}

/** The lists that reading names and cues asks about most, by class: among them every word a cue can start with. */
function wordClasses(pack: PackWords): WordClasses {
  return compileWordClasses([
    [WordClass.Determiner, pack.determiners],
    [WordClass.Preposition, pack.prepositions],
    [WordClass.Conjunction, pack.conjunctions],
    [WordClass.SubjectPronoun, pack.subjectPronouns.keys()],
    [WordClass.Clitic, pack.clitics],
    [WordClass.Verb, pack.verbs.keys()],
    [WordClass.Hedge, pack.hedges],
    [WordClass.Title, pack.titles],
    [WordClass.Role, pack.roles],
    [WordClass.Anonymity, pack.anonymity],
    [WordClass.Organization, pack.organizations],
    [WordClass.BodyNoun, pack.bodyNouns],
    [WordClass.MediaNoun, pack.mediaNouns],
    [WordClass.FirstName, pack.firstNames],
    [WordClass.NameParticle, pack.nameParticles],
    [WordClass.OutletStart, pack.outlets.keys()],
    [WordClass.DocumentStart, pack.documents.keys()],
    [WordClass.Viewpoint, pack.viewpoint],
    [WordClass.AccordingStart, pack.according.keys()],
    [WordClass.AccordingAfterStart, pack.accordingAfter.keys()],
    [WordClass.ReferringAccordingStart, pack.accordingToThat],
    [WordClass.ReferringAccordingStart, pack.relativeAccordings.keys()],
    [WordClass.AccordingTagStart, pack.accordingTags.keys()],
    [WordClass.ImpersonalStart, pack.impersonal.keys()],
    [WordClass.VerbPhraseStart, pack.verbPhrases.keys()],
    [WordClass.Auxiliary, pack.auxiliaries],
    [WordClass.Complementizer, pack.complementizers],
    [WordClass.Relative, pack.relatives],
    [WordClass.AsWord, pack.asWords],
    [WordClass.ClauseMark, pack.clauseMarks],
    [WordClass.LowerCaseOutlet, pack.lowerCaseOutlets],
  ]);
}

export function compilePack(data: PackData, grammar: Grammar): Pack {
  const pack = compileWords(data, grammar);
  return { ...pack, wordClasses: wordClasses(pack) };
}

function compileWords(data: PackData, grammar: Grammar): PackWords {
  const verbs = new Map<string, VerbSpelling>();
  for (const line of data.verbs) verbSpellings(line, grammar, verbs);
  const impersonal = impersonalReports(data, grammar);
  return {
    language: data.language,
    grammar,
    textLexicon: {
      abbreviations: lower(data.abbreviations),
      contractionStems: new Set(),
      ordinalNouns: lower(data.ordinalNouns ?? []),
    },
    commonWords: new Set(data.commonWords.map((w) => hashWord(w.toLowerCase()))),
    abbreviations: lower(data.abbreviations),
    verbs,
    needsClaim: lower(data.needsClaim),
    chargeVerbs: lower(data.charges?.verbs ?? []),
    chargeOpeners: lower(data.charges?.openers ?? []),
    particles: lower(data.particles ?? []),
    verbPhrases: phrases(data.verbPhrases ?? []),
    asWords: lower(data.asWords ?? []),
    backReferences: phrases(data.backReferences ?? []),
    reportsFrom: phrases(data.reportsFrom ?? []),
    whenceVerbs: new Set(data.whenceVerbs ?? []),
    writtenIn: lower(data.writtenIn ?? []),
    platforms: phrases(data.platforms ?? []),
    fusedPrepositions: lower(Object.values(data.prepositionForms ?? {}).flat()),
    tagOnly: lower(data.tagOnly ?? []),
    learnedFrom: phrases(data.learnedFrom ?? []),
    ownPossessives: lower(data.ownPossessives ?? []),
    selfWords: lower(data.selfWords ?? []),
    reportCompounds: (data.reportCompounds ?? []).map((w) => w.toLowerCase()),
    bodyJoiners: lower(data.bodyJoiners ?? []),
    outletForms: new Map(Object.entries(data.outletForms ?? {})),
    audienceArticles: lower(data.audienceArticles ?? []),
    conditionals: lower(data.conditionals ?? []),
    negations: lower(data.negations ?? []),
    auxiliaries: lower(data.auxiliaries),
    passives: lower(data.passives ?? []),
    infinitiveAuxiliaries: lower(data.infinitiveAuxiliaries ?? []),
    hedges: lower(data.hedges),
    according: gappedTable(phrases(withPrepositionForms(data.according, data.prepositionForms))),
    notSources: lower(data.notSources ?? []),
    accordingAfter: phrases(data.accordingAfter),
    accordingToThat: lower(data.accordingToThat ?? []),
    relativeAccordings: phrases(data.relativeAccordings ?? []),
    accordingTags: phrases(data.accordingTags ?? []),
    viewpoint: lower(data.viewpoint),
    impersonal: phrases([...data.impersonal, ...[...impersonal.values()].flat()]),
    impersonalVerbs: new Set(impersonal.keys()),
    expletives: lower(data.expletives ?? []),
    queConjunctions: lower(data.queConjunctions ?? []),
    complementizers: lower(data.complementizers),
    clauseMarks: lower(data.clauseMarks ?? []),
    subjectPronouns: new Map(Object.entries(data.subjectPronouns)),
    sourcePronouns: new Map(
      Object.entries({ ...data.subjectPronouns, ...(data.prepositionPronouns ?? {}) }),
    ),
    relatives: lower(data.relatives),
    clitics: lower(data.clitics),
    tagPronouns: lower(data.tagPronouns ?? []),
    impersonalClitics: lower(data.impersonalClitics ?? []),
    pronominalVerbs: lower(data.pronominalVerbs ?? []),
    reflexiveSenses: reflexiveSenses(data.reflexiveSenses ?? []),
    determiners: lower(data.determiners),
    indefinites: lower(data.indefinites ?? []),
    prepositions: lower(data.prepositions),
    agentPrepositions: lower(data.agentPrepositions ?? []),
    conjunctions: lower(data.conjunctions),
    titles: lower(data.titles),
    roles: withCases(lower(data.roles), grammar),
    anonymity: withCases(lower(data.anonymity), grammar),
    organizations: lower(data.organizations),
    capitalizedOrganizations: lower(data.capitalizedOrganizations ?? []),
    organizationNames: phrases(data.organizations.filter((name) => name.includes(' '))),
    organizationsByEnding: byEnding(lower(data.organizations)),
    rolesByEnding: byEnding(withCases(lower(data.roles), grammar)),
    bodyNounsByEnding: byEnding(lower(data.bodyNouns)),
    bodyNouns: lower(data.bodyNouns),
    bodySorts: new Map(Object.entries(data.bodySorts ?? {})),
    places: lower(data.places ?? []),
    timeWords: lower(data.timeWords ?? []),
    outlets: phrases(data.outlets),
    outletSecondWords: secondWords(phrases(data.outlets)),
    lowerCaseOutlets: lower(
      data.outlets
        .filter((name) => name.charAt(0) !== name.charAt(0).toUpperCase())
        .map((name) => name.split(/[\s.]/)[0] ?? name),
    ),
    fusedOutlets: fusedOutlets(data.articleForms ?? {}, data.outlets),
    mediaNouns: lower(data.mediaNouns),
    documents: phrases(data.documents),
    nameParticles: lower(data.nameParticles),
    firstNames: lower([
      ...data.firstNames.male,
      ...data.firstNames.female,
      ...data.firstNames.either,
    ]),
    nameGenders: new Map([
      ...data.firstNames.male.map((name) => [name.toLowerCase(), 'm'] as const),
      ...data.firstNames.female.map((name) => [name.toLowerCase(), 'f'] as const),
    ]),
    genderWords: genderWords(data),
  };
}
