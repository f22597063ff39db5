import { describe, expect, it } from 'vitest';
import { VerbUse } from '../../../src/engine/packs/compile';
import { SPANISH } from '../../../src/engine/packs/es';
import { inflect } from '../../../src/engine/packs/es/grammar';

describe('Spanish verb forms', () => {
  it('writes a regular -ar verb in the third person, its participles in four agreements and its gerund', () => {
    expect(inflect('afirmar')).toEqual({
      finite: ['afirma', 'afirman', 'afirmaba', 'afirmaban', 'afirmó', 'afirmaron'],
      participles: ['afirmado', 'afirmada', 'afirmados', 'afirmadas'],
      gerunds: ['afirmando'],
    });
  });

  it('writes regular -er and -ir verbs alike', () => {
    expect(inflect('responder').finite).toEqual([
      'responde',
      'responden',
      'respondía',
      'respondían',
      'respondió',
      'respondieron',
    ]);
    expect(inflect('añadir')).toEqual({
      finite: ['añade', 'añaden', 'añadía', 'añadían', 'añadió', 'añadieron'],
      participles: ['añadido', 'añadida', 'añadidos', 'añadidas'],
      gerunds: ['añadiendo'],
    });
  });

  it('writes y for an unstressed i between vowels and í for a stressed one', () => {
    expect(inflect('concluir').finite).toContain('concluyó');
    expect(inflect('concluir').finite).toContain('concluye');
    expect(inflect('concluir').gerunds).toEqual(['concluyendo']);
    expect(inflect('argüir').finite).toEqual([
      'arguye',
      'arguyen',
      'argüía',
      'argüían',
      'arguyó',
      'arguyeron',
    ]);
    expect(inflect('creer').finite).toContain('creyó');
    expect(inflect('leer').participles).toEqual(['leído', 'leída', 'leídos', 'leídas']);
    expect(inflect('leer').gerunds).toEqual(['leyendo']);
  });

  it('keeps the silent u of -guir and drops the ending i after ñ; -ducir says "-dujo"', () => {
    expect(inflect('distinguir').finite).toContain('distinguió');
    expect(inflect('gruñir').finite).toContain('gruñó');
    expect(inflect('traducir').finite).toContain('tradujo');
    expect(inflect('traducir').finite).toContain('tradujeron');
  });
});

describe('the Spanish pack', () => {
  const spellings: [string, string, VerbUse][] = [
    ['dijo', 'decir', VerbUse.Finite],
    ['dijeron', 'decir', VerbUse.Finite],
    ['dicho', 'decir', VerbUse.Participle],
    ['diciendo', 'decir', VerbUse.Gerund],
    ['afirmó', 'afirmar', VerbUse.Finite],
    ['señaló', 'señalar', VerbUse.Finite],
    ['aseguraba', 'asegurar', VerbUse.Finite],
    ['explicaron', 'explicar', VerbUse.Finite],
    ['agregó', 'agregar', VerbUse.Finite],
    ['añadió', 'añadir', VerbUse.Finite],
    ['puntualizó', 'puntualizar', VerbUse.Finite],
    ['trasmitió', 'trasmitir', VerbUse.Finite],
    ['transmite', 'transmitir', VerbUse.Finite],
    ['sostuvo', 'sostener', VerbUse.Finite],
    ['advirtió', 'advertir', VerbUse.Finite],
    ['manifestó', 'manifestar', VerbUse.Finite],
    ['reconoció', 'reconocer', VerbUse.Finite],
    ['concluyó', 'concluir', VerbUse.Finite],
    ['propuso', 'proponer', VerbUse.Finite],
    ['descripta', 'describir', VerbUse.Participle],
    ['escritas', 'escribir', VerbUse.Participle],
    ['desmintiendo', 'desmentir', VerbUse.Gerund],
    ['declarar', 'declarar', VerbUse.Infinitive],
  ];

  it.each(spellings)('reads "%s" as a form of "%s"', (spelling, lemma, use) => {
    expect(SPANISH.verbs.get(spelling)).toEqual({ lemma, use, particle: null });
  });

  it('lists more than 120 reporting verbs', () => {
    const lemmas = new Set([...SPANISH.verbs.values()].map((v) => v.lemma));
    expect(lemmas.size).toBeGreaterThan(120);
  });

  it('reads its "according to" phrases as the tokenizer splits them, longest first', () => {
    const de = SPANISH.according.get('de');
    expect(de?.bySecondWord.get('acuerdo')?.[0]).toEqual(['de', 'acuerdo', 'con']);
    expect(SPANISH.according.get('a')?.bySecondWord.get('juicio')).toContainEqual([
      'a',
      'juicio',
      'de',
    ]);
    expect(SPANISH.according.get('según')?.always).toContainEqual(['según']);
    expect(SPANISH.according.get('según')?.bySecondWord.get('dijeron')).toContainEqual([
      'según',
      'dijeron',
    ]);
  });

  it('hedges with the conditional and lets a subject be dropped', () => {
    expect(SPANISH.hedges.has('habría')).toBe(true);
    expect(SPANISH.grammar.proDrop).toBe(true);
    expect(SPANISH.titles.has('sra')).toBe(true);
  });

  it('every verb it needs a claim for is one of its verbs', () => {
    const lemmas = new Set([...SPANISH.verbs.values()].map((v) => v.lemma));
    expect([...SPANISH.needsClaim].filter((verb) => !lemmas.has(verb))).toEqual([]);
  });
});
