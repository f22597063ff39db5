/** What German's rules say that its lexicon cannot: how a weak reporting verb inflects. */
import type { Grammar, VerbForms } from '../pack';

// Unstressed prefixes that keep a participle from taking ge-: "erklärt", "betont", "verkündet".
// "über", "unter", "hinter" and "wider" are inseparable in the reporting verbs that carry them
// ("unterrichtet", "hinterfragt", "widerlegt"); a separable verb is written with its "+" instead.
const INSEPARABLE = [
  'hinter',
  'wider',
  'unter',
  'über',
  'miss',
  'emp',
  'ent',
  'ver',
  'zer',
  'be',
  'er',
  'ge',
];

/** The stem a weak verb's endings go on: "sagen" → "sag", "äußern" → "äußer", "handeln" → "handel". */
function stemOf(infinitive: string): string {
  if (infinitive.endsWith('en')) return infinitive.slice(0, -2);
  if (infinitive.endsWith('n')) return infinitive.slice(0, -1);
  return infinitive;
}

/**
 * A stem that takes an e before -t: "meldet", "berichtet", "rechnet", "leugnet"; not "warnt",
 * where the m or n follows l, r, a vowel or a lengthening h ("wohnt").
 */
function takesLinkingE(stem: string): boolean {
  if (/[td]$/.test(stem)) return true;
  return /(?:[^aeiouäöüylrhmn]|ch)[mn]$/.test(stem);
}

/** No ge- for an inseparable prefix or a foreign "-ieren" verb: "erklärt", "kritisiert". */
function takesGe(infinitive: string): boolean {
  if (infinitive.endsWith('ieren')) return false;
  // A prefix counts only before a stem of its own: "beten", "erben" are no be- or er- verbs.
  return !INSEPARABLE.some((p) => infinitive.startsWith(p) && infinitive.length - p.length >= 5);
}

/**
 * A weak verb's third-person forms: present singular and plural ("sagt", "sagen"), Präteritum
 * ("sagte", "sagten"), and its participle ("gesagt"). Konjunktiv I is left out: a weak verb's
 * third-person singular ("sage", "betone") is spelled as the first person of the present, which
 * German news mostly prints inside quotations ("Ich sage Ihnen ..."), so as a cue it would mostly
 * be wrong; a report of a report is caught by its auxiliary instead ("er habe gesagt").
 */
function inflect(infinitive: string): VerbForms {
  const stem = stemOf(infinitive);
  const t = takesLinkingE(stem) ? 'et' : 't';
  const te = takesLinkingE(stem) ? 'ete' : 'te';
  return {
    finite: [stem + t, infinitive, stem + te, `${stem + te}n`],
    participles: [(takesGe(infinitive) ? 'ge' : '') + stem + t],
    gerunds: [],
  };
}

// The modal of hearsay and the infinitives that make its perfect: "soll gewusst haben".
const HEARSAY_MODALS = new Set(['soll', 'sollen']);
const PERFECT_INFINITIVES = new Set(['haben', 'sein']);

/**
 * "soll" reports hearsay before a perfect infinitive ("Der Minister soll davon gewusst haben",
 * "die Daten gefälscht haben soll"); before a plain one it is a plan or a duty ("Das Gesetz soll
 * im Januar gelten"), which hides no source. The adverbs ("angeblich") always hide one.
 */
function hedgeHides(clause: readonly string[], at: number): boolean {
  if (!HEARSAY_MODALS.has(clause[at] ?? '')) return true;
  if (PERFECT_INFINITIVES.has(clause[at - 1] ?? '')) return true;
  return at < clause.length - 1 && PERFECT_INFINITIVES.has(clause[clause.length - 1] ?? '');
}

// Modals and auxiliaries that govern an infinitive: "wollte nichts sagen", "erklären muss".
const GOVERNORS = new Set(
  'kann können könne konnte konnten könnte könnten muss müssen müsse musste mussten müsste müssten will wollen wolle wollte wollten soll sollen solle sollte sollten darf dürfen dürfe durfte durften dürfte dürften möchte möchten mag mögen wird werden werde wurde würde würden lässt ließ lassen'.split(
    ' ',
  ),
);

/**
 * A verb spelled as its infinitive is one after "zu" or a modal before it in its clause
 * ("keiner könne sagen"), or before a modal that ends it ("darüber entscheiden muss"); otherwise
 * it is the plural of the present ("Die Experten sagen, ...").
 */
function infinitiveAt(clause: readonly string[], at: number): boolean {
  if (GOVERNORS.has(clause[at + 1] ?? '')) return true;
  for (let k = at - 1; k >= 0; k--) {
    const w = clause[k] ?? '';
    if (w === 'zu' && k === at - 1) return true;
    if (GOVERNORS.has(w)) return true;
  }
  return false;
}

// The endings of nouns that are no one's name: abstract nouns ("Regierung", "Politik", "Polizei")
// and plurals ("Experten", "Behörden").
const NOUN_ENDINGS = /(?:ung|heit|keit|schaft|tion|ion|ität|ismus|nis|tum|ei|ie|ik|en|ern)$/;

/** "sagte Scholz" names someone; "sagten Experten", "laut Regierung" do not. */
function mayBeName(word: string, verbBeside: string | null): boolean {
  if (NOUN_ENDINGS.test(word)) return false;
  // The plural of a verb, present or past, ends in -en: "sagen", "sagten", "erklärten".
  return verbBeside === null || !verbBeside.endsWith('en');
}

// The endings of an adjective before its noun: "neue", "neuen", "neuer", "neues", "neuem".
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

// Numbers in words, which stand before a noun as an adjective does: "der drei Organisationen".
const NUMBER_WORD =
  /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|.+zehn|.+zig|.*hundert|.*tausend)$/;

function mayQualifyNoun(word: string): boolean {
  return ADJECTIVE_ENDING.test(word) || NUMBER_WORD.test(word);
}

// Articles no subject takes: dative and accusative "dem", "den", "einem", "einen", genitive "des".
const OBJECT_ARTICLES = new Set(['dem', 'den', 'einem', 'einen', 'des', 'eines']);
// Endings of feminine nouns: before one, "der" and "einer" are dative or genitive, never a subject.
const FEMININE_ENDINGS = /(?:ung|heit|keit|schaft|ion|tät|erin|agentur)$/;

/** "Dem Spiegel sagte sie", "Der Zeitung sagte er": the phrase is the audience, not the speaker. */
function notSubject(article: string, noun: string): boolean {
  if (OBJECT_ARTICLES.has(article)) return true;
  return (article === 'der' || article === 'einer') && FEMININE_ENDINGS.test(noun);
}

/** "gab der Sprecher bekannt", "bestätigte ein Sprecher": a masculine noun's nominative. */
function onlySubject(article: string, noun: string): boolean {
  return (article === 'der' || article === 'ein') && !FEMININE_ENDINGS.test(noun);
}

/**
 * Genitive articles end in -es or -er: "des", "eines", "einer", "seines", "dieser"; "die", "eine",
 * "den", "dem" are never genitive.
 */
function genitive(article: string): boolean {
  return article.endsWith('es') || article.endsWith('er');
}

// Words in -e that are no verb in reported speech right after a subject: adverbs ("gerne",
// "heute", "alleine"), and "wurde", the narrator's Präteritum of the passive.
const NOT_VERBS_IN_E = new Set([
  'wurde',
  'gerne',
  'heute',
  'alleine',
  'lange',
  'gerade',
  'ohne',
  'bitte',
  'nahe',
  'ebenfalls',
]);

/**
 * "prüfe", "plane", "unterscheide": the third person of Konjunktiv I ends in -e after a consonant;
 * not in -te, which is mostly the Präteritum ("plante", "heimsuchte": "trete" is a clause mark), nor in
 * -nde, mostly a participle before its noun ("unter der Armutsgrenze lebende Menschen").
 */
function reportedMood(word: string): boolean {
  return (
    word.length >= 4 &&
    /[^aeiouäöüyt]e$/.test(word) &&
    !word.endsWith('nde') &&
    !NOT_VERBS_IN_E.has(word)
  );
}

// Masculine nouns that take -en in every case but the nominative: "des Präsidenten", "dem Kandidaten".
const WEAK_NOUN = /(?:ent|ant|at|ist)$/;

/**
 * A person's noun in the genitive, dative or accusative: "Ministers", "Gouverneurs", "Chefs";
 * "Präsidenten", "Journalisten"; "Vorsitzenden", "Abgeordneten".
 */
function nounCases(noun: string): string[] {
  // Feminines in -in, plurals in -en and -nen, and nouns already in -s keep their form.
  if (/(?:in|en|s)$/.test(noun)) return [];
  if (noun.endsWith('e')) return [`${noun}n`];
  return WEAK_NOUN.test(noun) ? [`${noun}en`] : [`${noun}s`];
}

export const grammar: Grammar = {
  mayBeName,
  mayQualifyNoun,
  timePrepositions: new Set(['am', 'an', 'im', 'in', 'vom', 'seit']),
  inflect,
  hedgeHides,
  infinitiveAt,
  notSubject,
  onlySubject,
  genitive,
  reportedMood: { ending: 'e', is: reportedMood },
  verbSecond: true,
  compounds: true,
  proDrop: false,
  capitalizedNouns: true,
  genitiveS: true,
  nounCases,
};
