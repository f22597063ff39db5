import { describe, expect, it } from 'vitest';
import { cueSourceClaim, read, readOne } from '../helpers';

describe('where a claim opens after its verb', () => {
  it('passes over the document it was said in, whose noun spells a participle', () => {
    const fr =
      "Le ministère de l'Intérieur a indiqué dans un communiqué que trois personnes avaient été interpellées.";
    expect(readOne('fr', fr, 'a indiqué').claim).toBe('trois personnes avaient été interpellées');
    const es = 'La empresa explicó en un comunicado que el fallo ya está resuelto.';
    expect(readOne('es', es, 'explicó').claim).toBe('el fallo ya está resuelto');
  });

  it('leaves out when it was said, before a claim with no "que"', () => {
    const pt = 'O governo federal anunciou nesta segunda um pacote de R$ 10 bilhões.';
    expect(readOne('pt', pt, 'anunciou').claim).toBe('um pacote de R$ 10 bilhões');
    expect(
      readOne('es', 'El Gobierno anunció este lunes un plan de ayudas.', 'anunció').claim,
    ).toBe('un plan de ayudas');
  });
});

describe('a claim that opens on a perfect infinitive', () => {
  it('is read after a verb that needs a claim in view', () => {
    const fr = 'Airbus a annoncé jeudi avoir livré 766 avions en 2024.';
    expect(readOne('fr', fr, 'a annoncé').claim).toBe('avoir livré 766 avions en 2024');
    const es = 'La compañía informó haber cerrado el acuerdo con los sindicatos.';
    expect(readOne('es', es, 'informó').claim).toBe('haber cerrado el acuerdo con los sindicatos');
    expect(readOne('pt', 'A empresa informou ter fechado o acordo.', 'informou').claim).toBe(
      'ter fechado o acordo',
    );
  });

  it("is not read further on, after the verb's object", () => {
    const fr =
      'Le ministre a annoncé la suppression de 2 000 postes sans avoir consulté les syndicats.';
    expect(read(fr, { language: 'fr' })).toEqual([]);
  });
});

describe('whom it was told, in quotes', () => {
  it('stands between the verb and the claim, not in the claim', () => {
    const text = 'Merz sagte der „Bild am Sonntag“, er wolle die Steuern senken.';
    expect(readOne('de', text, 'sagte').claim).toBe('er wolle die Steuern senken');
    // After the claim, a quoted name after the verb is still whom it was told.
    const after = '„Das ist ein wichtiges Signal“, sagte Baerbock der „Süddeutschen Zeitung“.';
    expect(readOne('de', after, 'sagte').claim).toBe('Das ist ein wichtiges Signal');
  });
});

describe('an outlet whose name is a common word', () => {
  it('is cited, though "según el país" (by country) cites no one', () => {
    const cited = 'Según ha podido saber EL PAÍS, el acuerdo está cerrado.';
    expect(readOne('es', cited, 'Según ha podido saber').shown.slice(1)).toEqual([
      'EL PAÍS',
      'EL PAÍS',
      'media',
    ]);
    expect(readOne('es', 'Según El País, el acuerdo está cerrado.', 'Según').shown[3]).toBe(
      'media',
    );
    expect(read('Los precios varían según el país de origen.', { language: 'es' })).toEqual([]);
  });
});

describe('a ruling', () => {
  it('reports what a court decided that, not what someone decided to do', () => {
    const pt = 'O STF decidiu nesta quinta que a lei é inconstitucional.';
    expect(readOne('pt', pt, 'decidiu')).toEqual({
      shown: ['decidiu', 'O STF', 'STF', 'organization'],
      claim: 'a lei é inconstitucional',
    });
    const es = 'El Tribunal Supremo decidió que la norma es nula.';
    expect(readOne('es', es, 'decidió').claim).toBe('la norma es nula');
    const fr = 'Le Conseil constitutionnel a décidé que la loi était conforme.';
    expect(readOne('fr', fr, 'a décidé').claim).toBe('la loi était conforme');
    expect(read('Le maire a décidé de fermer les écoles.', { language: 'fr' })).toEqual([]);
    expect(read('El club decidió no renovar al entrenador.', { language: 'es' })).toEqual([]);
  });
});

describe('an adverb opening a sentence', () => {
  it('is no subject: the speaker is the one named before', () => {
    const es =
      'La vicepresidenta Yolanda Díaz defendió la reforma. Además, añadió que el Gobierno no dará marcha atrás.';
    expect(readOne('es', es, 'añadió').shown.slice(2)).toEqual(['Yolanda Díaz', 'person']);
  });
});

describe('a tag set inside the sentence it reports', () => {
  it('claims the whole sentence, as the English reader does', () => {
    const es = 'Esta medida, aseguró el ministro, es un error histórico.';
    expect(readOne('es', es, 'aseguró').claim).toBe(es.slice(0, -1));
    const fr = 'Pour nous, a-t-il expliqué, la sécurité reste une priorité.';
    expect(readOne('fr', fr, 'a-t-il expliqué').claim).toBe(fr.slice(0, -1));
  });

  it('ends at the tag after a clause of its own, or before where it was said', () => {
    const de = 'Sie seien außer Lebensgefahr, sagte Mark Keefe, der Sprecher der Klinik.';
    expect(readOne('de', de, 'sagte').claim).toBe('Sie seien außer Lebensgefahr');
    const fr =
      '« C’est inacceptable », a réagi le président du Sénat, Gérard Larcher, sur France Inter.';
    expect(readOne('fr', fr, 'a réagi').claim).toBe('C’est inacceptable');
  });
});

describe('a report inside another’s claim, and a report denied', () => {
  it('claims nothing before the "que" that opens the clause of a verb inside a claim', () => {
    const found = cueSourceClaim(
      'Fuentes de la investigación señalaron que el acusado confesó.',
      'es',
    );
    expect(found[0]).toEqual(['señalaron', 'Fuentes de la investigación', 'el acusado confesó']);
    expect(found[1]?.[2] ?? null).toBeNull();
  });

  it('reads no report in a negated verb with no claim in view', () => {
    expect(
      cueSourceClaim('A assessoria do Palácio do Planalto não comentou o caso.', 'pt'),
    ).toEqual([]);
    expect(cueSourceClaim('El ministerio no comentó el caso.', 'es')).toEqual([]);
    // Near miss: a negated verb with its clause still reports.
    expect(cueSourceClaim('O ministro não disse que vai renunciar.', 'pt')).toEqual([
      ['disse', 'O ministro', 'vai renunciar'],
    ]);
  });
});

describe('Portuguese "se" before an infinitive', () => {
  it('is the infinitive’s clitic, inside the claim, not "whether" opening it', () => {
    expect(
      readOne('pt', 'O senador ponderou não se tratar de uma crítica.', 'ponderou').claim,
    ).toBe('não se tratar de uma crítica');
    // Near miss: "se" before a clause is "whether".
    expect(
      readOne('pt', 'O repórter perguntou se o governo vai recorrer.', 'perguntou').claim,
    ).toBe('o governo vai recorrer');
  });
});

describe('an "according to" phrase whose verb says when', () => {
  it('reads its subject past the day', () => {
    const es =
      'La Policía ha detenido a un hombre, según ha informado este martes la Jefatura Superior de Policía.';
    expect(readOne('es', es, 'según ha informado').shown.slice(1)).toEqual([
      'la Jefatura Superior de Policía',
      'Jefatura Superior de Policía',
      'organization',
    ]);
    const pt = 'A polícia prendeu um homem, segundo informou nesta terça-feira a PSP.';
    expect(readOne('pt', pt, 'segundo informou').claim).toBe('A polícia prendeu um homem');
  });
});

describe('whom it was told, before the claim’s "que"', () => {
  it('ends at the "que", not at a comma inside the claim', () => {
    const es =
      'Fuentes policiales informaron a este diario que el detenido, de 23 años, tenía antecedentes.';
    expect(readOne('es', es, 'informaron').claim).toBe(
      'el detenido, de 23 años, tenía antecedentes',
    );
  });
});

describe('a claim after a long setting', () => {
  it('opens on its "que" past the press conference it was said at', () => {
    const es =
      'La portavoz del Gobierno, Pilar Alegría, ha señalado en la rueda de prensa posterior al Consejo de Ministros que la reforma se aprobará antes del verano.';
    expect(readOne('es', es, 'ha señalado').claim).toBe('la reforma se aprobará antes del verano');
  });
});
