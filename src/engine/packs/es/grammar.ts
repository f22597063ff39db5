/**
 * What Spanish rules say that the lexicon's data cannot: how a regular reporting verb is written in
 * the third person, and that a subject may be left out ("Dijo que ...": the speaker is the last one).
 */
import type { Grammar, VerbForms } from '../pack';

const NONE: VerbForms = { finite: [], participles: [], gerunds: [] };

/** A participle in its four agreements: "dicho", "dicha", "dichos", "dichas". */
function agreements(masculine: string): string[] {
  const stem = masculine.slice(0, -1);
  return [masculine, `${stem}a`, `${stem}os`, `${stem}as`];
}

/**
 * The third-person forms of a regular -ar, -er or -ir verb (present, imperfect and simple past,
 * singular and plural), its participles and gerund, with the spelling changes whole families
 * share: an unstressed i between vowels is written y ("leyó", "concluyendo"), a stressed one takes
 * an accent ("leído"), the i of an ending is not written after ñ or ll ("gruñó"), and a -ducir
 * verb's simple past is "-dujo" ("tradujo"). Stem-changing verbs ("advierte") are listed whole in
 * the lexicon.
 */
export function inflect(infinitive: string): VerbForms {
  const verb = infinitive.toLowerCase();
  const ending = verb.slice(-2);
  const stem = verb.slice(0, -2);
  if (ending === 'ar') {
    return {
      finite: ['a', 'an', 'aba', 'aban', 'ó', 'aron'].map((end) => stem + end),
      participles: agreements(`${stem}ado`),
      gerunds: [`${stem}ando`],
    };
  }
  // "oír", "reír" and their kin are irregular: the lexicon lists their forms.
  if (ending !== 'er' && ending !== 'ir') return NONE;
  const imperfect = [`${stem}ía`, `${stem}ían`];
  // "concluir", "argüir": the stem's u takes a y before a vowel ("concluye", "arguyó"); the u of
  // "seguir" or "distinguir" only spells the g and is no such stem.
  if (ending === 'ir' && /(?:[^gq]u|ü)$/.test(stem)) {
    const plain = stem.replace(/ü$/, 'u');
    return {
      finite: [`${plain}ye`, `${plain}yen`, ...imperfect, `${plain}yó`, `${plain}yeron`],
      participles: agreements(`${stem}ido`),
      gerunds: [`${plain}yendo`],
    };
  }
  // "leer", "creer", "proveer": after a vowel the ending's unstressed i is a y, the stressed one
  // is written í.
  if (/[aeo]$/.test(stem)) {
    return {
      finite: [`${stem}e`, `${stem}en`, ...imperfect, `${stem}yó`, `${stem}yeron`],
      participles: agreements(`${stem}ído`),
      gerunds: [`${stem}yendo`],
    };
  }
  const i = /(?:ñ|ll)$/.test(stem) ? '' : 'i';
  const past = verb.endsWith('ducir')
    ? [`${stem.slice(0, -1)}jo`, `${stem.slice(0, -1)}jeron`]
    : [`${stem}${i}ó`, `${stem}${i}eron`];
  return {
    finite: [`${stem}e`, `${stem}en`, ...imperfect, ...past],
    participles: agreements(`${stem}ido`),
    gerunds: [`${stem}${i}endo`],
  };
}

// Verbs whose "se ... que" is a view held, a thing asked, decided or promised, or no saying at all
// ("se considera que", "se pide que", "se decidió que", "a esto se suma que"): no report.
const NOT_REPORTED = new Set(
  `considerar opinar valorar juzgar entender pensar decidir sumar completar continuar agradecer
  celebrar pedir exigir reclamar solicitar instar urgir demandar proponer recomendar sugerir aceptar
  conceder deplorar condenar rechazar registrar detectar reflejar arrojar ubicar proyectar definir
  prometer garantizar jurar prever`.split(/\s+/),
);

/**
 * "se precisó que", "se destaca que", "se ha señalado que": a reporting verb's singular forms (a
 * plural one ends in n) after "se", and its participle after "se ha", report with no one named.
 * A pronominal verb's "se" is its own: "se quejó de que" has a subject left out.
 */
function impersonalReports(infinitive: string, forms: VerbForms, pronominal: boolean): string[] {
  if (pronominal || NOT_REPORTED.has(infinitive)) return [];
  const singular = forms.finite.filter((form) => !form.endsWith('n'));
  const participle = forms.participles[0];
  return [
    ...singular.map((form) => `se ${form} que`),
    ...(participle ? [`se ha ${participle} que`, `se había ${participle} que`] : []),
  ];
}

export const grammar: Grammar = {
  inflect,
  // "aseguraron", "dicen", "han": every plural third person ends in n, no singular one does.
  pluralVerb: (form) => form.endsWith('n'),
  impersonalReports,
  // "Dijo que ...", "Aseguró que ...": the subject is the speaker met last.
  proDrop: true,
  capitalizedNouns: false,
};
