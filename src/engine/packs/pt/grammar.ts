/**
 * What Portuguese grammar says that the pack's word lists cannot: how a regular reporting verb is
 * written in the third person. Its endings are spelled alike in Brazil and Portugal; where the
 * two spell a stem apart ("projetar", "projectar"), the lexicon lists both.
 */
import type { Grammar, VerbForms } from '../pack';

// "-iar" verbs that take an "e" before the stressed ending like "-ear" ones ("medeia", "odeia").
const EAR_LIKE = new Set(['mediar', 'intermediar', 'ansiar', 'remediar', 'incendiar', 'odiar']);

// Spellings of regular reporting verbs that are far more often something else in an article: a
// common noun or adjective ("em nota", "a fala do ministro", "a ameaça", "política externa",
// "adiante") or a participle of another sense ("condenado a dez anos", "indicado ao STF",
// "previsto para terça", "considerado o maior"); "foi questionado se" asks, it reports nothing.
const NOT_VERBS = new Set(
  `nota fala queixa destaque informe note cobre cobrem comunicado comunicados testemunha garantia
  censura ameaça posta poste emenda completa complete pergunta aposta suspeita recorde tema remate
  detalhe realce ressalva alfinete adiante externa expressa descarte
  condenado condenada condenados condenadas indicado indicada indicados indicadas previsto prevista
  previstos previstas considerado considerada considerados consideradas reconhecido reconhecida
  reconhecidos reconhecidas julgado julgada julgados julgadas questionado questionada questionados
  questionadas perguntado perguntada perguntados perguntadas`.split(/\s+/),
);

// Unstressed pronouns written after a finite verb with a hyphen (European usage, and formal
// Brazilian): "disse-lhe", "contou-nos". "-se" is left out: "afirmou-se que" is impersonal.
const ENCLITICS = ['lhe', 'lhes', 'me', 'nos'];

// `regularForms` lists the indicative forms first (present, imperfect, preterite, pluperfect),
// then the present subjunctive, which follows "que" and so takes its pronoun before it.
const INDICATIVE_FORMS = 7;

/** The present subjunctive's stem ending, with the spelling that keeps the consonant's sound. */
function subjunctiveStem(stem: string, ending: 'ar' | 'er' | 'ir'): string {
  if (ending === 'ar') {
    // explicar → explique, negar → negue, reforçar → reforce: "c", "g", "ç" before "e".
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}qu`;
    if (stem.endsWith('g')) return `${stem.slice(0, -1)}gu`;
    if (stem.endsWith('ç')) return `${stem.slice(0, -1)}c`;
    return stem;
  }
  // reconhecer → reconheça, proteger/exigir → proteja/exija, distinguir → distinga: before "a".
  if (ending === 'ir' && stem.endsWith('a')) return `${stem}i`; // atrair → atraia
  if (ending === 'ir' && stem.endsWith('gu')) return closedE(stem.slice(0, -1));
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç`;
  if (stem.endsWith('g')) return `${stem.slice(0, -1)}j`;
  return ending === 'ir' ? closedE(stem) : stem;
}

/** sugerir → sugira, advertir → advirta, prosseguir → prossiga: an "-ir" stem's last "e" closes. */
function closedE(stem: string): string {
  const e = stem.lastIndexOf('e');
  if (e < 0 || /[aeiouáéíóú]/.test(stem.slice(e + 1))) return stem;
  return `${stem.slice(0, e)}i${stem.slice(e + 1)}`;
}

/** The third-person forms of a regular verb ("afirmar", "defender", "admitir", "concluir"). */
function regularForms(infinitive: string): VerbForms {
  const ending = infinitive.slice(-2) as 'ar' | 'er' | 'ir';
  const stem = infinitive.slice(0, -2);
  if (ending === 'ar') {
    // nomear → nomeia; the few "-iar" verbs that follow it: mediar → medeia.
    const ei = infinitive.endsWith('ear') || EAR_LIKE.has(infinitive);
    const stressed = ei ? `${stem.slice(0, -1)}ei` : stem;
    const sub = subjunctiveStem(stem, 'ar');
    return {
      finite: [
        `${stressed}a`,
        `${stressed}am`,
        `${stem}ava`,
        `${stem}avam`,
        `${stem}ou`,
        `${stem}aram`,
        `${stem}ara`,
        ei ? `${stressed}e` : `${sub}e`,
        ei ? `${stressed}em` : `${sub}em`,
      ],
      participles: [`${stem}ado`, `${stem}ada`, `${stem}ados`, `${stem}adas`],
      gerunds: [`${stem}ando`],
    };
  }
  // A stem ending in a vowel ("conclu-ir", "atra-ir") takes accents where the ending is stressed
  // apart from it: conclui, concluía, concluíram, concluído.
  // A "u" after "g" or "q" is silent ("distinguir", "prosseguir") and no vowel of its own.
  const vowelStem = /[aeiou]$/.test(stem) && !/[gq]u$/.test(stem);
  const i = vowelStem ? 'í' : 'i';
  const sub = subjunctiveStem(stem, ending);
  const theme = ending === 'er' ? 'e' : 'i';
  // The present: defende, admite, conclui; "-uzir" drops its "e": traduz, deduz.
  const present3 = vowelStem ? `${stem}i` : infinitive.endsWith('uzir') ? stem : `${stem}e`;
  const preterite = ending === 'er' ? `${stem}eu` : `${stem}iu`;
  const pastPlural = ending === 'er' ? `${stem}eram` : `${stem}${i}ram`;
  const pluperfect = ending === 'er' ? `${stem}era` : `${stem}${i}ra`;
  const participle = `${stem}${i}d`;
  // The "-screver" family has its own participle: escrito, descrito, prescrito.
  const participleStem = infinitive.endsWith('screver') ? `${stem.slice(0, -2)}it` : participle;
  return {
    finite: [
      present3,
      `${stem}em`,
      `${stem}${i}a`,
      `${stem}${i}am`,
      preterite,
      pastPlural,
      pluperfect,
      `${sub}a`,
      `${sub}am`,
    ],
    participles: ['o', 'a', 'os', 'as'].map((end) => `${participleStem}${end}`),
    gerunds: [`${stem}${theme}ndo`],
  };
}

const notNoun = (form: string): boolean => !NOT_VERBS.has(form);

/**
 * A reporting verb's forms. Its indicative forms also count with an object pronoun after them,
 * as Portugal writes them ("disse-lhe", "contou-nos"); a pronominal verb ("queixar-se") counts
 * with its own pronoun after it ("queixou-se") or, as Brazil writes it, alone ("se queixou").
 */
function inflect(infinitive: string): VerbForms {
  const word = infinitive.toLowerCase();
  const pronominal = word.endsWith('-se');
  const forms = regularForms(pronominal ? word.slice(0, -3) : word);
  const indicative = forms.finite.slice(0, INDICATIVE_FORMS);
  const joined = pronominal
    ? indicative.map((form) => `${form}-se`)
    : indicative.flatMap((form) => ENCLITICS.map((clitic) => `${form}-${clitic}`));
  return {
    finite: [...forms.finite, ...joined].filter(notNoun),
    participles: forms.participles.filter(notNoun),
    gerunds: pronominal
      ? [...forms.gerunds, ...forms.gerunds.map((g) => `${g}-se`)]
      : forms.gerunds,
  };
}

// Verbs whose "-se que" is a view held, a thing asked, decided or promised ("considera-se que",
// "pede-se que", "decidiu-se que"): no report.
const NOT_REPORTED = new Set(
  `considerar opinar avaliar ponderar entender julgar pensar achar temer duvidar apostar decidir
  completar complementar adicionar cobrar exigir solicitar apelar reivindicar sugerir recomendar
  aconselhar pedir requerer prometer garantir descartar minimizar concordar discordar prever
  projetar projectar lamentar`.split(/\s+/),
);

/**
 * "confirmou-se que", "destaca-se que": a reporting verb's singular indicative forms (a plural one
 * ends in m) with "-se" after them report with no one named. A verb written with its own "-se"
 * ("queixar-se") has a subject left out, and none.
 */
function impersonalReports(infinitive: string, forms: VerbForms): string[] {
  if (infinitive.endsWith('-se') || NOT_REPORTED.has(infinitive)) return [];
  return forms.finite
    .slice(0, INDICATIVE_FORMS)
    .filter((form) => !form.endsWith('m') && !form.includes('-'))
    .map((form) => `${form}-se que`);
}

export const grammar: Grammar = {
  inflect,
  // "afirmaram", "dizem", "têm": a plural third person ends in m ("tem", singular, is read as one).
  pluralVerb: (form) => form.endsWith('m'),
  impersonalReports,
  proDrop: true,
  capitalizedNouns: false,
};
