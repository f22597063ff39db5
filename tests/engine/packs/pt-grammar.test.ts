import { describe, expect, it } from 'vitest';
import { VerbUse } from '../../../src/engine/packs/compile';
import { PORTUGUESE } from '../../../src/engine/packs/pt';
import { grammar } from '../../../src/engine/packs/pt/grammar';

const bare = (forms: string[]): string[] => forms.filter((f) => !f.includes('-'));

describe('Portuguese verb forms', () => {
  it('inflects a verb in -ar: present, imperfect, preterite, pluperfect, subjunctive', () => {
    const forms = grammar.inflect('afirmar');
    expect(bare(forms.finite)).toEqual([
      'afirma',
      'afirmam',
      'afirmava',
      'afirmavam',
      'afirmou',
      'afirmaram',
      'afirmara',
      'afirme',
      'afirmem',
    ]);
    expect(forms.participles).toEqual(['afirmado', 'afirmada', 'afirmados', 'afirmadas']);
    expect(forms.gerunds).toEqual(['afirmando']);
  });

  it('inflects verbs in -er and -ir', () => {
    expect(bare(grammar.inflect('defender').finite)).toEqual([
      'defende',
      'defendem',
      'defendia',
      'defendiam',
      'defendeu',
      'defenderam',
      'defendera',
      'defenda',
      'defendam',
    ]);
    const admitir = grammar.inflect('admitir');
    expect(admitir.finite).toContain('admitiu');
    expect(admitir.finite).toContain('admitiram');
    expect(admitir.participles).toEqual(['admitido', 'admitida', 'admitidos', 'admitidas']);
    expect(admitir.gerunds).toEqual(['admitindo']);
  });

  it('keeps the sound of c, ç, g and gu where the ending changes', () => {
    expect(grammar.inflect('explicar').finite).toEqual(
      expect.arrayContaining(['explicou', 'explique']),
    );
    expect(grammar.inflect('negar').finite).toEqual(expect.arrayContaining(['negou', 'negue']));
    expect(grammar.inflect('reforçar').finite).toEqual(
      expect.arrayContaining(['reforça', 'reforçou', 'reforce']),
    );
    expect(grammar.inflect('reconhecer').finite).toEqual(
      expect.arrayContaining(['reconhece', 'reconheceu', 'reconheça']),
    );
    expect(grammar.inflect('exigir').finite).toEqual(expect.arrayContaining(['exige', 'exija']));
    const distinguir = grammar.inflect('distinguir').finite;
    expect(distinguir).toEqual(expect.arrayContaining(['distingue', 'distinguiu', 'distinga']));
    expect(distinguir).not.toContain('distinguí');
  });

  it('closes the stem vowel of "-ir" verbs in the subjunctive only', () => {
    const sugerir = grammar.inflect('sugerir').finite;
    expect(sugerir).toEqual(expect.arrayContaining(['sugere', 'sugeriu', 'sugira']));
    expect(grammar.inflect('advertir').finite).toEqual(
      expect.arrayContaining(['adverte', 'advirta']),
    );
    expect(grammar.inflect('prosseguir').finite).toEqual(
      expect.arrayContaining(['prossegue', 'prosseguiu', 'prossiga']),
    );
  });

  it('writes the accents of stems ending in a vowel and the "ei" of "-ear" verbs', () => {
    const concluir = grammar.inflect('concluir');
    expect(bare(concluir.finite).slice(0, 7)).toEqual([
      'conclui',
      'concluem',
      'concluía',
      'concluíam',
      'concluiu',
      'concluíram',
      'concluíra',
    ]);
    expect(concluir.participles[0]).toBe('concluído');
    expect(grammar.inflect('nomear').finite).toEqual(expect.arrayContaining(['nomeia', 'nomeou']));
    expect(grammar.inflect('deduzir').finite[0]).toBe('deduz');
  });

  it('gives the "-screver" verbs their own participle', () => {
    expect(grammar.inflect('escrever').participles).toEqual([
      'escrito',
      'escrita',
      'escritos',
      'escritas',
    ]);
    expect(grammar.inflect('descrever').participles[0]).toBe('descrito');
  });

  it('writes object pronouns after indicative forms, and pronominal verbs both ways', () => {
    const contar = grammar.inflect('contar').finite;
    expect(contar).toEqual(expect.arrayContaining(['contou-lhe', 'contou-nos', 'contava-me']));
    expect(contar).not.toContain('conte-lhe');
    const queixar = grammar.inflect('queixar-se');
    expect(queixar.finite).toEqual(expect.arrayContaining(['queixou', 'queixou-se', 'queixam-se']));
    expect(queixar.gerunds).toEqual(['queixando', 'queixando-se']);
  });

  it('leaves out spellings that are nouns far more often than verbs', () => {
    expect(grammar.inflect('notar').finite).not.toContain('nota');
    expect(grammar.inflect('ameaçar').finite).not.toContain('ameaça');
    expect(grammar.inflect('ameaçar').finite).toContain('ameaçou');
    expect(grammar.inflect('condenar').participles).toEqual([]);
  });

  it('reads the subject from earlier sentences when it is left out', () => {
    expect(grammar.proDrop).toBe(true);
    expect(grammar.capitalizedNouns).toBe(false);
  });
});

describe('the compiled Portuguese pack', () => {
  const spellings: [string, string, VerbUse][] = [
    ['disse', 'dizer', VerbUse.Finite],
    ['diz', 'dizer', VerbUse.Finite],
    ['disseram', 'dizer', VerbUse.Finite],
    ['disse-lhe', 'dizer', VerbUse.Finite],
    ['dito', 'dizer', VerbUse.Participle],
    ['afirmou', 'afirmar', VerbUse.Finite],
    ['declarou', 'declarar', VerbUse.Finite],
    ['ponderou', 'ponderar', VerbUse.Finite],
    ['pondera', 'ponderar', VerbUse.Finite],
    ['sustentou', 'sustentar', VerbUse.Finite],
    ['complementou', 'complementar', VerbUse.Finite],
    ['reforçou', 'reforçar', VerbUse.Finite],
    ['cobra', 'cobrar', VerbUse.Finite],
    ['destacou', 'destacar', VerbUse.Finite],
    ['ressaltou', 'ressaltar', VerbUse.Finite],
    ['frisou', 'frisar', VerbUse.Finite],
    ['avaliou', 'avaliar', VerbUse.Finite],
    ['adiantou', 'adiantar', VerbUse.Finite],
    ['pediu', 'pedir', VerbUse.Finite],
    ['previu', 'prever', VerbUse.Finite],
    ['queixou-se', 'queixar-se', VerbUse.Finite],
    ['informado', 'informar', VerbUse.Participle],
    ['afirmando', 'afirmar', VerbUse.Gerund],
    ['declarar', 'declarar', VerbUse.Infinitive],
  ];

  it.each(spellings)('reads "%s" as a form of "%s"', (spelling, lemma, use) => {
    expect(PORTUGUESE.verbs.get(spelling)).toEqual({ lemma, use, particle: null });
  });

  it('has every kind of word the reader looks up', () => {
    expect(PORTUGUESE.language).toBe('pt');
    expect(PORTUGUESE.verbs.size).toBeGreaterThan(1000);
    expect(PORTUGUESE.according.get('de')?.bySecondWord.get('acordo')).toContainEqual([
      'de',
      'acordo',
      'com',
    ]);
    expect(PORTUGUESE.according.get('conforme')?.always).toContainEqual(['conforme']);
    expect(PORTUGUESE.hedges.has('teria')).toBe(true);
    expect(PORTUGUESE.viewpoint.has('para')).toBe(true);
    expect(PORTUGUESE.outlets.get('folha')).toContainEqual(['folha', 'de', 's', '.', 'paulo']);
    expect(PORTUGUESE.titles.has('sra')).toBe(true);
    expect(PORTUGUESE.roles.has('senador')).toBe(true);
    expect(PORTUGUESE.firstNames.has('joão')).toBe(true);
    expect(PORTUGUESE.firstNames.size).toBeGreaterThan(300);
  });

  it('spells roles and documents the European and the Brazilian way', () => {
    for (const role of ['diretor', 'director', 'inspetor', 'inspector']) {
      expect(PORTUGUESE.roles.has(role)).toBe(true);
    }
    expect(PORTUGUESE.documents.get('projeto')).toContainEqual(['projeto', 'de', 'lei']);
    expect(PORTUGUESE.documents.get('projecto')).toContainEqual(['projecto', 'de', 'lei']);
  });
});
