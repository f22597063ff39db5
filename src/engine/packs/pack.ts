/**
 * A language pack: what the engine needs to know of one language (French, Spanish, German,
 * Portuguese) to read attributions in it. Its words are data (`lexicon.json`, the shape
 * `PackData`); what data cannot say — how the language inflects its verbs, where its speech tags put
 * the subject — is its small grammar module (`Grammar`). The stages in `../reader/` read every pack
 * alike, so a new language is a new pack, not new branches in the stages.
 */
import type { LanguageCode } from '../types';

/** The shape of a pack's `lexicon.json`. Every word is lower case unless said otherwise. */
export interface PackData {
  language: LanguageCode;
  about: string;
  /**
   * About sixty of the language's commonest words that are not also common in the other
   * languages the engine reads ("le", "und", "não"), to tell a text's language.
   */
  commonWords: string[];
  /** Words written with a period that does not end a sentence: "m", "mme", "dr", "sr", "bzw". */
  abbreviations: string[];
  /**
   * Nouns after which a number with a period is an ordinal, not a sentence's end: German "am 26.
   * Februar", "im 19. Jahrhundert", "in der 90. Minute".
   */
  ordinalNouns?: string[];
  /**
   * Reporting verbs. A line is a regular verb's infinitive ("déclarer"), its forms made by the
   * grammar's `inflect`, or an irregular verb's infinitive then its forms:
   * "dire: dit disent disait disaient dirent | dit dite dits dites | disant"
   * — finite third-person forms (present, imperfect, simple past), then past participles, then
   * gerunds. German separable verbs are written with a "+" after the particle: "mit+teilen".
   */
  verbs: string[];
  /**
   * Separable particles: a clause closed by one is a separable verb's, not the plain verb's ("riefen
   * den Notstand aus" is no "rufen"). German "an", "auf", "aus", "ein", "mit", "vor", "zu".
   */
  particles?: string[];
  /** Reporting verbs of more than one word, read as one verb: "fait part", "met en garde". */
  verbPhrases?: string[];
  /**
   * Verbs of learning that report only as a tag after what was said or in an "as" clause, the
   * outlet that learned it their subject: "..., a appris Le Parisien", "wie der Spiegel erfuhr",
   * "..., apurou a Folha", "..., supo LA NACION"; "il a appris que ..." is what he learned.
   */
  tagOnly?: string[];
  /**
   * What opens whence a verb of learning's subject learned it, after the tag: "..., a-t-on appris
   * auprès du parquet", "..., a appris l'AFP de source judiciaire", "..., supo LA NACION de
   * fuentes oficiales". A phrase that ends on an anonymity noun ("de source") keeps the noun in
   * the source.
   */
  learnedFrom?: string[];
  /** Verbs that report only with a claim in view ("prévoit que", not "prévoit une hausse"). */
  needsClaim: string[];
  /**
   * Verbs whose claim may be the charge after the one charged, and the words that open it: "accuse
   * l'armée d'avoir visé des civils", "acusou o exército de atacar civis" (not "accuse une baisse
   * de 2 %"): a claim in view for a verb that needs one.
   */
  charges?: { verbs: string[]; openers: string[] };
  /** Finite forms of the auxiliaries of compound tenses: "a", "ont", "avait"; "hat", "ist". */
  auxiliaries: string[];
  /**
   * The auxiliaries among them that make a participle passive ("sont prévus", "fue anunciado",
   * "wurde gesagt"): its subject is what was said, not who said it.
   */
  passives?: string[];
  /**
   * The infinitives of the auxiliaries, which open a claim of a verb that needs one: "a annoncé
   * avoir livré 766 avions", "aseguró haber cumplido", "afirmou ter cumprido".
   */
  infinitiveAuxiliaries?: string[];
  /**
   * Words that open a clause of its own with "que": French "tandis que", "alors que", Spanish
   * "mientras que", Portuguese "ainda que". Another speaker's report after one is no part of the
   * claim before ("a martelé que rien n'est décidé, tandis que le rapporteur a assuré que …").
   */
  queConjunctions?: string[];
  /**
   * Subjects that stand for no one, before a passive that reports with no source: French "il" of
   * "Il a été annoncé que" (Spanish and Portuguese leave it out: "Fue anunciado que").
   */
  expletives?: string[];
  /**
   * Hedges that hide the source: conditional auxiliaries ("aurait", "habría", "teria"), modal
   * hearsay ("soll", "sollen") and adverbs ("apparemment", "supuestamente", "angeblich").
   */
  hedges: string[];
  /** "According to" phrases before their source: "selon", "d'après", "de acuerdo con", "laut". */
  according: string[];
  /**
   * Nouns after an "according to" that name a rule or a case, not a source: "según la ley",
   * "según el caso", "selon les règles".
   */
  notSources?: string[];
  /** The same after their source: "X zufolge". */
  accordingAfter: string[];
  /**
   * Words that say "according to that", standing for the source of what the sentence before told:
   * German "Demnach", "Demzufolge" ("Die FIFA gab die Vergabe bekannt. Demnach wird …").
   */
  accordingToThat?: string[];
  /**
   * Phrases that open a relative clause after a comma, "according to which", its source the noun
   * before the comma: German "wonach", "denen zufolge" ("Berichte, wonach …"), French "selon
   * lequel", Spanish "según el cual", Portuguese "segundo o qual".
   */
  relativeAccordings?: string[];
  /**
   * "According to" phrases that stand only as a tag after what was said, their source after them:
   * German "„...“, so der Minister". Elsewhere the word is no cue ("so schnell", "So ein Fehler").
   */
  accordingTags?: string[];
  /** Sentence-opening "for X, ..." that attributes a view: "pour", "para", "für". */
  viewpoint: string[];
  /** Impersonal reports with no source: "heißt es", "on dit que", "se dice", "diz-se". */
  impersonal: string[];
  /** Words that open a reported clause after its verb: "que", "dass", "ob", "si", "se". */
  complementizers: string[];
  /**
   * Words that make a clause after a comma a verb's claim: German Konjunktiv I "sei", "habe" ("Er
   * sagte, die Lage sei ernst") and the "zu" of an infinitive ("riet ihr, die Polizei zu rufen").
   */
  clauseMarks?: string[];
  /** "comme l'a souligné X", "como señaló X", "wie X berichtete": a report set beside a claim. */
  asWords?: string[];
  /**
   * Words that open a sentence and stand for what the sentence before said, its verb's subject
   * after the verb: "así" ("Así lo explicó el ministro"), "foi o que" ("Foi o que disse o
   * ministro"), "c'est ce qu'" ("C'est ce qu'a expliqué la ministre").
   */
  backReferences?: string[];
  /**
   * Words that bring the body a report came from when the report has no subject: Spanish "desde"
   * ("indicaron desde el Ministerio", "Desde el Gobierno aseguraron"), German "aus" ("hieß es aus
   * dem Ministerium"), French "du côté de" ("on indique du côté de l'Élysée").
   */
  reportsFrom?: string[];
  /**
   * Verbs whose source is what the claim comes from, brought by a word of `reportsFrom`, their
   * subject the claim: German "hervorgehen" ("Das geht aus einem Bericht des Konzerns hervor",
   * "Wie aus Zahlen des Bundesamts hervorgeht").
   */
  whenceVerbs?: string[];
  /**
   * Prepositions that bring the document a report with no subject is written in: German "in"
   * ("In dem Bericht heißt es"), Spanish "en" ("En el informe se afirma que").
   */
  writtenIn?: string[];
  /**
   * The forms a preposition takes fused with an article, by the preposition: "de" → "del" (es),
   * "du", "des" (fr), "do", "da", "dos", "das" (pt). A phrase that ends on the preposition ends on
   * them too: "a juicio de" reads "a juicio del ministro", "na avaliação de" "na avaliação da".
   */
  prepositionForms?: Record<string, string[]>;
  /**
   * Where things are posted, as written after a preposition: "X", "Instagram", "réseaux sociaux",
   * "redes sociales" ("a écrit sur X la députée"): where it was said, not who said it.
   */
  platforms?: string[];
  /** Words that make what follows a condition, not a report: "si", "wenn", "caso". */
  conditionals?: string[];
  /** Negations: "ne ... pas" before a conditional makes it no hedge ("ne serait pas"). */
  negations?: string[];
  /** Subject pronouns and the gender or number each stands for. */
  subjectPronouns: Record<string, 'm' | 'f' | 'p'>;
  /**
   * Pronouns that stand for a person after a preposition, where they are no subject pronoun:
   * "lui" of "selon lui", "ihm" of "ihm zufolge". The gender or number each stands for.
   */
  prepositionPronouns?: Record<string, 'm' | 'f' | 'p'>;
  /**
   * Object pronouns that stand between what was said and its tag's verb: "lui" of "», lui a
   * répondu le ministre", "le" of "», le dijo el ministro".
   */
  tagPronouns?: string[];
  /** Relative pronouns that stand for the noun phrase before them: "qui", "quien", "der". */
  relatives: string[];
  /** Little words that stand between a subject and its verb: negation, clitics, common adverbs. */
  clitics: string[];
  /**
   * Clitics that make the verb right after them impersonal or passive ("se dijo", "se publicaron
   * extractos"): such a verb reports only in an `impersonal` phrase ("se dice que").
   */
  impersonalClitics?: string[];
  /**
   * A reflexive pronoun and a verb that together report nothing, written "pronoun infinitive":
   * "se destacar" ("ele se destaca": he stands out), "se lembrar" (he remembers).
   */
  reflexiveSenses?: string[];
  /** Verbs always written with a reflexive clitic ("se quejó"), which leaves them their subject. */
  pronominalVerbs?: string[];
  /** Articles, demonstratives and possessives that open a noun phrase. */
  determiners: string[];
  /** The indefinite ones among them: "un", "une", "des", "una", "um", "ein", "eine". */
  indefinites?: string[];
  prepositions: string[];
  /** The prepositions that bring a passive's agent: "par", "por", "pelo", "von". */
  agentPrepositions?: string[];
  /** Words that join clauses: "et", "mais", "y", "und", "aber", "e", "mas". */
  conjunctions: string[];
  /**
   * Words before a name that tell whether a man or a woman bears it: titles ("frau", "mme",
   * "sra") and articles ("la ministre", "el portavoz", "a senadora"). A title or role whose
   * feminine is the word and an ending ("Chef", "Chefin"; "ministro", "ministra") tells it by
   * itself, without being listed here.
   */
  genderWords?: Record<string, 'm' | 'f'>;
  /** Titles dropped from before a name: "m", "mme", "herr", "frau", "dr", "sr", "sra". */
  titles: string[];
  /**
   * Nouns for a person's role ("ministre", "juge", "senador", "Trainer"): said alone with an
   * article, they stand for the person of that role named before.
   */
  roles: string[];
  /** Nouns of sources kept unnamed: "source", "porte-parole", "fuente", "Sprecher", "fonte". */
  anonymity: string[];
  /** Words that make a name an organisation's: "commission", "ministerio", "Regierung". */
  organizations: string[];
  /**
   * Companies whose name is also a plain word of the language ("Vale", "Orange"), kept out of
   * `organizations` so that the word stays plain: one capitalised and named alone as a speaker
   * is the company ("Orange a annoncé", "Vale anunció").
   */
  capitalizedOrganizations?: string[];
  /**
   * Countries and capitals, lower case, each as its words are written ("buenos aires"): one that
   * speaks stands for its government ("Moscou a démenti", "Washington warnte").
   */
  places?: string[];
  /**
   * Words of when, lower case ("mardi", "ayer", "ontem", "semaine"): after a speech tag's subject
   * they end it ("a déclaré Macron mardi soir", "aseguró Sánchez este martes").
   */
  timeWords?: string[];
  /** Nouns that stand for the company or body named before: "l'entreprise", "la compañía". */
  bodyNouns: string[];
  /**
   * Where nouns compound, what a general body noun takes up besides its own compounds: "der
   * Konzern" the "Deutsche Bahn", "die Behörde" the "Staatsanwaltschaft Köln", as bodies' nouns of
   * its sort, or compounds of them ("Bundesnetzagentur"). Other bodies' nouns are told apart ("das
   * Gericht" is no "Bundesregierung").
   */
  bodySorts?: Record<string, string[]>;
  /** News outlets and agencies, as written (case kept): "Le Monde", "AFP", "Folha". */
  outlets: string[];
  /**
   * Words that stand for an article an outlet's name opens on, fused with a preposition or in
   * another case, and the articles they stand for: "du" → ["le"] ("un article du Monde" names Le
   * Monde), "do" → ["o"] (O Globo), "dem" → ["der"] (Der Spiegel).
   */
  articleForms?: Record<string, string[]>;
  /**
   * Articles that after a speaker open whom it was said to, with no preposition: German "dem",
   * "einem", "den" ("sagte der Kanzler dem Sender", "sagte die Ministerin den Journalisten").
   */
  audienceArticles?: string[];
  /**
   * First-person possessives, by which an outlet names its own reporting: "selon nos
   * informations", "nach unseren Informationen", "según nuestras informaciones".
   */
  ownPossessives?: string[];
  /**
   * Words by which a clause's subject cites itself: "eigenen" of "Der Konzern beschäftigt nach
   * eigenen Angaben 5000 Menschen", "propias" of "según sus propias cifras". The phrase's
   * speaker is that subject.
   */
  selfWords?: string[];
  /**
   * Where nouns compound, the nouns of what was said that a speaker's name opens: German
   * "angaben" of "Polizeiangaben", "UN-Angaben" ("laut Polizeiangaben" is the police's word).
   */
  reportCompounds?: string[];
  /**
   * Where nouns are capitalised, the prepositions a body's name goes on over to capitalised words:
   * "für" of "Bundesamt für Migration und Flüchtlinge" (not "in" of "die Polizei in Köln").
   */
  bodyJoiners?: string[];
  /**
   * Outlets' inflected spellings, kept in `outlets` to be found, and the name each stands for:
   * "Handelsblatts" → "Handelsblatt", "Süddeutschen Zeitung" → "Süddeutsche Zeitung".
   */
  outletForms?: Record<string, string>;
  /** Nouns of media: "journal", "quotidien", "diario", "Zeitung", "jornal". */
  mediaNouns: string[];
  /** Nouns of documents: "rapport", "informe", "Bericht", "relatório", "projet de loi". */
  documents: string[];
  /** Lower-case words that join the parts of a name: "de", "da", "von", "del". */
  nameParticles: string[];
  /**
   * Given names common in the language's press, to tell a person's name from other names, and
   * whether a man or a woman bears them: a pronoun stands for someone of its gender.
   */
  firstNames: { male: string[]; female: string[]; either: string[] };
}

/** A verb's written forms, as the grammar makes them from its infinitive. */
export interface VerbForms {
  /** Finite third-person forms: present, imperfect, simple past (singular and plural). */
  finite: string[];
  participles: string[];
  gerunds: string[];
}

/** What a language's rules say that its data cannot. */
export interface Grammar {
  /** The forms of a regular verb, from its infinitive (an irregular one lists its own). */
  inflect(infinitive: string): VerbForms;
  /** Subjects may be left out ("Dijo que ...", "Afirmou que ..."): the speaker is the last one. */
  proDrop: boolean;
  /** Every noun is capitalised (German): a capital alone does not make a name. */
  capitalizedNouns: boolean;
  /**
   * A name takes a bare -s in the genitive, before or after the noun it qualifies (German "nach
   * Merkels Worten", "nach Angaben Ibrahims"): the name is the word without it.
   */
  genitiveS?: boolean;
  /**
   * The forms a noun of a person (a role, a spokesman) takes in the other cases, from the form
   * the lexicon lists: German "Ministers", "Präsidenten", "Vorsitzenden" ("nach Angaben des
   * Gouverneurs Nasser Baoum"). Without it, nouns do not decline.
   */
  nounCases?(noun: string): string[];
  /**
   * The finite verb stands second and the subject may follow it ("Am Montag sagte der Minister"),
   * and a participle may stand far from its auxiliary ("hat am Montag gesagt"): German.
   */
  verbSecond?: boolean;
  /**
   * Whether a verb spelled as its infinitive is one in its clause (lower-cased words, the verb at
   * `at`): German "zu erklären", "wollte nichts sagen", where the same spelling is also the
   * plural of the present ("Die Experten sagen"). Without it, such a spelling is finite.
   */
  infinitiveAt?(clause: readonly string[], at: number): boolean;
  /**
   * Where every noun is capitalised (German): whether a capitalised word said with no article may
   * be someone's name rather than a noun, given the verb beside it (lower case, or null): a noun's
   * ending ("Regierung", "Politik") or a plural verb ("Kritiker sagen") says it is none.
   */
  mayBeName?(word: string, verbBeside: string | null): boolean;
  /**
   * Where every noun is capitalised (German): whether a lower-case word may stand inside a noun
   * phrase before its noun, as an adjective does by its ending ("neuen" of "dem neuen Bericht").
   */
  mayQualifyNoun?(word: string): boolean;
  /**
   * Where every noun is capitalised (German): the prepositions that say when something was said
   * before a noun of time ("am Montag", "im Juli"), unlike "für Donnerstag" or "bis Freitag",
   * which say when what was said happens.
   */
  timePrepositions?: ReadonlySet<string>;
  /** Nouns compound into one word: a phrase's noun also reads as a compound's head ("Polizeiangaben"). */
  compounds?: boolean;
  /**
   * Whether a hedge hides a source in its clause (lower-cased words, the hedge at `at`): German
   * "soll" does before a perfect infinitive ("soll gewusst haben"), not as a plan ("soll
   * im Januar gelten"). Without it, every hedge does.
   */
  hedgeHides?(clause: readonly string[], at: number): boolean;
  /**
   * A verb in the mood of reported speech right after its subject, of verbs too many to list as
   * clause marks: German Konjunktiv I, "der Minister trete zurück", "man prüfe den Fall". `ending`
   * is how every such verb ends, asked of the text first; `is` tells a word (lower case) with that
   * ending. Without it, only the clause marks say so.
   */
  reportedMood?: { ending: string; is(word: string): boolean };
  /**
   * Whether an article (lower case) before its noun marks a phrase that is no verb's subject:
   * German "dem", "einem", and "der" before a feminine noun ("Der Zeitung sagte er", "Dem
   * „Spiegel“ sagte die Ministerin"), whose subject then follows the verb. Without it, none does.
   */
  notSubject?(article: string, noun: string): boolean;
  /**
   * Whether an article (lower case) before a person's noun marks that phrase as a subject and
   * nothing else: German "der", "ein" before a masculine noun ("Das Ergebnis gab der Sprecher
   * bekannt": the clause opened on its object). Without it, no article does.
   */
  onlySubject?(article: string, noun: string): boolean;
  /**
   * Whether an article (lower case) right after a noun may open its genitive, which goes on the
   * phrase: German "des", "der", "einer" ("der Sprecher des Ministeriums"). Any other article
   * there opens a phrase of its own, the verb's object ("gab der Bundeswahlleiter | eine
   * Wahlbeteiligung … bekannt"). Asked only where every noun is capitalised; without it, every
   * article goes on.
   */
  genitive?(article: string): boolean;
  /**
   * Whether a finite verb form (lower case) is plural: Spanish "aseguraron", "han", Portuguese
   * "afirmaram", French "ont", "affirment". A singular verb's subject is no pair of noun phrases
   * joined by a conjunction. Without it, any verb's may be.
   */
  pluralVerb?(form: string): boolean;
  /**
   * The impersonal reports a reporting verb's third-person forms make, as phrases added to the
   * lexicon's `impersonal`: Spanish "se precisó que", Portuguese "confirmou-se que", French "on
   * estime que". `pronominal` says the lexicon writes the verb with its own reflexive pronoun
   * ("se quejó de que" has a subject left out, it is no impersonal report).
   */
  impersonalReports?(infinitive: string, forms: VerbForms, pronominal: boolean): string[];
  /**
   * A speech tag written as one word with its subject: French "dit-il", "a-t-elle": the verb and
   * the pronoun, or null when the word is no such tag.
   */
  splitInverted?(word: string): { verb: string; pronoun: string } | null;
}
