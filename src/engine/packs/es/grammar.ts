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

export const grammar: Grammar = {
  inflect,
  // "Dijo que ...", "Aseguró que ...": the subject is the speaker met last.
  proDrop: true,
  capitalizedNouns: false,
};
