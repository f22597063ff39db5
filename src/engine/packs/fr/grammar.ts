/** French: verbs of the first group inflect by rule; speech tags invert ("dit-il", "a-t-elle"). */
import type { Grammar, VerbForms } from '../pack';

// "annoncer" → "annonça", "juger" → "jugea": c and g keep their sound before a and o.
function soften(stem: string, ending: string): string {
  if (!/^[aoâ]/.test(ending)) return stem + ending;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç${ending}`;
  if (stem.endsWith('g')) return `${stem}e${ending}`;
  return stem + ending;
}

// "répéter" → "répète", "appeler" → "appelle", "lever" → "lève": the stem's vowel opens before a
// mute e; a plain e before one l or t doubles it instead ("jeter" → "jette"), and one before a
// double consonant stays ("interpeller" → "interpelle").
function opened(stem: string): string {
  const match = /^(.*)([eé])([^aeiouyéèê]+)$/.exec(stem);
  if (!match) return stem;
  const [, head = '', vowel = '', tail = ''] = match;
  if (vowel === 'e' && (tail === 'l' || tail === 't')) return `${head}e${tail}${tail}`;
  if (vowel === 'e' && /^(.)\1$/.test(tail)) return stem;
  return `${head}è${tail}`;
}

function firstGroup(stem: string): VerbForms {
  const open = opened(stem);
  return {
    finite: [
      `${open}e`,
      `${open}ent`,
      soften(stem, 'ait'),
      soften(stem, 'aient'),
      soften(stem, 'a'),
      `${stem}èrent`,
    ],
    participles: [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`],
    gerunds: [soften(stem, 'ant')],
  };
}

// "avertir" → "avertit", "avertissent", "averti".
function secondGroup(stem: string): VerbForms {
  return {
    finite: [`${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issaient`, `${stem}irent`],
    participles: [`${stem}i`, `${stem}ie`, `${stem}is`, `${stem}ies`],
    gerunds: [`${stem}issant`],
  };
}

// "répondre" → "répond", "répondent", "répondit", "répondu".
function thirdGroupRe(stem: string): VerbForms {
  return {
    finite: [stem, `${stem}ent`, `${stem}ait`, `${stem}aient`, `${stem}it`, `${stem}irent`],
    participles: [`${stem}u`, `${stem}ue`, `${stem}us`, `${stem}ues`],
    gerunds: [`${stem}ant`],
  };
}

const INVERTED = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/;

// Verbs whose "on ... que" is a view held, a thing asked, decided or promised ("on considère que",
// "on demande que", "on décide que"): no report.
const NOT_REPORTED = new Set(
  `considérer juger craindre espérer douter décider demander exiger réclamer proposer suggérer
  conseiller recommander prévoir regretter déplorer saluer féliciter louer inquiéter promettre
  plaider`.split(/\s+/),
);

/**
 * "on estime que", "on affirmait que": a reporting verb's singular forms (a plural one ends in
 * "ent") after "on" report with no one named. Before a vowel the "que" is elided and written on
 * the claim's first word ("on dit qu'il"): the phrase holds it, the claim starts after it.
 */
function impersonalReports(infinitive: string, forms: VerbForms): string[] {
  if (NOT_REPORTED.has(infinitive)) return [];
  return forms.finite
    .filter((form) => !form.endsWith('ent'))
    .flatMap((form) => [`on ${form} que`, `on ${form} qu'`]);
}

export const grammar: Grammar = {
  inflect(infinitive: string): VerbForms {
    if (infinitive.endsWith('er')) return firstGroup(infinitive.slice(0, -2));
    if (infinitive.endsWith('ir')) return secondGroup(infinitive.slice(0, -2));
    if (infinitive.endsWith('re')) return thirdGroupRe(infinitive.slice(0, -2));
    return { finite: [], participles: [], gerunds: [] };
  },
  impersonalReports,
  // "affirment", "disaient", "ont", "sont": a plural third person ends in "ent" or "ont".
  pluralVerb: (form) => /(?:ent|ont)$/.test(form),
  proDrop: false,
  capitalizedNouns: false,
  splitInverted(word: string) {
    const match = INVERTED.exec(word);
    return match ? { verb: match[1] ?? '', pronoun: match[2] ?? '' } : null;
  },
};
