import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/engine/types';
import { byCue, read, seen } from '../helpers';

/** The attributions a Spanish text yields. */
const leer = (text: string): Attribution[] => read(text, { language: 'es' });

/** The one attribution with this cue: what a reader sees of it, and its claim. */
function one(text: string, cue: string): [ReturnType<typeof seen>, string] {
  const found = byCue(leer(text), cue);
  return [seen(found), found.content?.text ?? ''];
}

describe('Spanish reporting verbs', () => {
  it('reads "dijo" with its subject, the role set off from the name by commas', () => {
    const [shown, claim] = one(
      'El ministro de Economía, Ramiro Etchegaray, dijo que la inflación bajará en marzo.',
      'dijo',
    );
    expect(shown).toEqual([
      'dijo',
      'El ministro de Economía, Ramiro Etchegaray',
      'Ramiro Etchegaray',
      'person',
    ]);
    expect(claim).toBe('la inflación bajará en marzo');
  });

  it('reads "afirmó" after a role written before the name', () => {
    const [shown, claim] = one(
      'La alcaldesa Lucía Ferreyra afirmó que el presupuesto alcanza para todo el año.',
      'afirmó',
    );
    expect(shown).toEqual(['afirmó', 'La alcaldesa Lucía Ferreyra', 'Lucía Ferreyra', 'person']);
    expect(claim).toContain('el presupuesto alcanza');
  });

  it('reads "explicó" after a role and a name', () => {
    expect(
      one(
        'El fiscal Andrés Molina explicó que la causa seguirá abierta hasta fin de mes.',
        'explicó',
      ),
    ).toEqual([
      ['explicó', 'El fiscal Andrés Molina', 'Andrés Molina', 'person'],
      'la causa seguirá abierta hasta fin de mes',
    ]);
  });

  it('reads "declaró" and drops the title "Sra." from the name', () => {
    expect(
      seen(
        byCue(
          leer('La Sra. Beatriz Olmedo declaró que nunca recibió el dinero del contrato.'),
          'declaró',
        ),
      ),
    ).toEqual(['declaró', 'Beatriz Olmedo', 'Beatriz Olmedo', 'person']);
  });

  it('reads a body as an organisation ("El Ministerio de Educación informó")', () => {
    expect(
      one(
        'El Ministerio de Educación informó que las clases empezarán el primero de marzo.',
        'informó',
      ),
    ).toEqual([
      ['informó', 'El Ministerio de Educación', 'Ministerio de Educación', 'organization'],
      'las clases empezarán el primero de marzo',
    ]);
  });

  it('reads "denunció" after an opening phrase about the statement', () => {
    expect(
      seen(
        byCue(
          leer(
            'En un comunicado, la Federación de Comercio denunció que las ventas cayeron un 20 % en enero.',
          ),
          'denunció',
        ),
      ),
    ).toEqual(['denunció', 'la Federación de Comercio', 'Federación de Comercio', 'organization']);
  });

  it('reads a document that reveals something as a document', () => {
    expect(
      one(
        'El informe de la auditoría reveló que faltan tres millones de pesos en la tesorería municipal.',
        'reveló',
      ),
    ).toEqual([
      ['reveló', 'El informe de la auditoría', 'El informe de la auditoría', 'document'],
      'faltan tres millones de pesos en la tesorería municipal',
    ]);
  });

  it('reads both verbs of one subject: "aseguró que ... y agregó que ..."', () => {
    const found = leer(
      'La presidenta del Banco Central, Ana Lucía Pereyra, aseguró que el dólar no subirá y agregó que las reservas alcanzan.',
    );
    expect(found.map((a) => [a.cue.text, a.name, a.kind])).toEqual([
      ['aseguró', 'Ana Lucía Pereyra', 'person'],
      ['agregó', 'Ana Lucía Pereyra', 'person'],
    ]);
    expect(byCue(found, 'agregó').content?.text).toBe('las reservas alcanzan');
  });
});

describe('Latin American and Peninsular usage', () => {
  it('reads Latin American "trasmitió" past whom it was told to', () => {
    expect(
      one(
        'La empresa Aguas del Sur trasmitió a sus clientes que el servicio se normalizará el jueves.',
        'trasmitió',
      ),
    ).toEqual([
      ['trasmitió', 'La empresa Aguas del Sur', 'Aguas del Sur', 'organization'],
      'el servicio se normalizará el jueves',
    ]);
  });

  it('reads "transmitió" as well', () => {
    expect(
      seen(
        byCue(
          leer(
            'El Sindicato de Maestros transmitió al Ministerio de Educación que mantendrá la huelga.',
          ),
          'transmitió',
        ),
      ),
    ).toEqual(['transmitió', 'El Sindicato de Maestros', 'Sindicato de Maestros', 'organization']);
  });

  it('reads "agregó" with a role that stands for the minister named before', () => {
    expect(
      one(
        'El ministro de Salud, Pablo Gutiérrez, visitó el hospital de Rivera. El ministro agregó que habrá más médicos en verano.',
        'agregó',
      ),
    ).toEqual([
      ['agregó', 'El ministro', 'Pablo Gutiérrez', 'person'],
      'habrá más médicos en verano',
    ]);
  });

  it('reads Peninsular "añadió" from an unnamed spokeswoman', () => {
    expect(
      one('La portavoz del Gobierno añadió que el decreto se aprobará el martes.', 'añadió'),
    ).toEqual([
      ['añadió', 'La portavoz del Gobierno', 'La portavoz del Gobierno', 'unnamed'],
      'el decreto se aprobará el martes',
    ]);
  });

  it('reads "puntualizó" with a role for the judge named before', () => {
    expect(
      seen(
        byCue(
          leer(
            'La jueza Carmen Olivera rechazó el pedido de la defensa. La magistrada puntualizó que la sentencia no es firme.',
          ),
          'puntualizó',
        ),
      ),
    ).toEqual(['puntualizó', 'La magistrada', 'Carmen Olivera', 'person']);
  });

  it('reads "la compañía" as the company named before, not a place', () => {
    expect(
      seen(
        byCue(
          leer(
            'La empresa Montenegro Logística anunció despidos en su planta de Salto. La compañía informó que la medida afectará a 80 trabajadores.',
          ),
          'informó',
        ),
      ),
    ).toEqual(['informó', 'La compañía', 'Montenegro Logística', 'organization']);
  });
});

describe('dropped subjects and pronouns', () => {
  it('credits "Señaló que ..." to the person of the sentence before', () => {
    expect(
      one(
        'La directora del hospital, Marta Quiroga, recorrió ayer la guardia con los médicos. Señaló que faltan camas para los pacientes.',
        'Señaló',
      ),
    ).toEqual([['Señaló', null, 'Marta Quiroga', 'person'], 'faltan camas para los pacientes']);
  });

  it('credits "Dijo que ..." to the coach who spoke to the press', () => {
    expect(
      seen(
        byCue(
          leer(
            'El director técnico, Hernán Ocampo, habló con la prensa después del partido. Dijo que el equipo jugó su mejor partido del año.',
          ),
          'Dijo',
        ),
      ),
    ).toEqual(['Dijo', null, 'Hernán Ocampo', 'person']);
  });

  it('reads "Él" as the man named before', () => {
    expect(
      seen(
        byCue(
          leer(
            'Carlos Benítez llegó tarde a la reunión del directorio. Él explicó que el tráfico en la avenida era terrible.',
          ),
          'explicó',
        ),
      ),
    ).toEqual(['explicó', 'Él', 'Carlos Benítez', 'person']);
  });
});

describe('"según", "de acuerdo con", "a juicio de"', () => {
  it('reads "según" after the claim, with a role and a name', () => {
    expect(
      one(
        'La cosecha será récord este año, según el presidente de la Federación Agraria, Esteban Villalba.',
        'según',
      ),
    ).toEqual([
      [
        'según',
        'el presidente de la Federación Agraria, Esteban Villalba',
        'Esteban Villalba',
        'person',
      ],
      'La cosecha será récord este año',
    ]);
  });

  it('reads "Según" a report as a document named by the body that wrote it', () => {
    const [shown, claim] = one(
      'Según un informe del Banco Central, la deuda privada creció un 12 % en el último trimestre.',
      'Según',
    );
    expect(shown).toEqual(['Según', 'un informe del Banco Central', 'Banco Central', 'document']);
    expect(claim).toContain('la deuda privada creció');
  });

  it('reads "Según" a news agency as the outlet', () => {
    expect(
      seen(
        byCue(
          leer('Según la agencia EFE, el avión aterrizó sin problemas en el aeropuerto de Lima.'),
          'Según',
        ),
      ),
    ).toEqual(['Según', 'la agencia EFE', 'EFE', 'media']);
  });

  it('reads "según dijeron" with its unnamed sources after the verb', () => {
    expect(
      one(
        'El acuerdo comercial se firmará el viernes, según dijeron dos diplomáticos europeos.',
        'según dijeron',
      ),
    ).toEqual([
      ['según dijeron', 'dos diplomáticos europeos', 'dos diplomáticos europeos', 'unnamed'],
      'El acuerdo comercial se firmará el viernes',
    ]);
  });

  it('reads "según dijeron" past the outlet they told, to the sources after it', () => {
    expect(
      one(
        'La empresa cerró la planta de Salto, según dijeron a El País dos fuentes del ministerio.',
        'según dijeron',
      ),
    ).toEqual([
      ['según dijeron', 'dos fuentes del ministerio', 'dos fuentes del ministerio', 'unnamed'],
      'La empresa cerró la planta de Salto',
    ]);
  });

  it('reads "De acuerdo con" unnamed police sources', () => {
    expect(
      one(
        'De acuerdo con fuentes policiales, el sospechoso fue detenido cerca de la frontera.',
        'De acuerdo con',
      ),
    ).toEqual([
      ['De acuerdo con', 'fuentes policiales', 'fuentes policiales', 'unnamed'],
      'el sospechoso fue detenido cerca de la frontera',
    ]);
  });

  it('reads "A juicio de" an economist', () => {
    expect(
      one(
        'A juicio de la economista Verónica Salas, el plan no alcanza para frenar la suba de precios.',
        'A juicio de',
      ),
    ).toEqual([
      ['A juicio de', 'la economista Verónica Salas', 'Verónica Salas', 'person'],
      'el plan no alcanza para frenar la suba de precios',
    ]);
  });

  it('reads no source in "según" a rule or a case', () => {
    expect(leer('Los precios variarán según la zona y la temporada.')).toEqual([]);
  });
});

describe('hedges and impersonal reports name no one', () => {
  it('reads the conditional "habría" as a claim with no source', () => {
    const [shown, claim] = one(
      'El presidente habría pedido la renuncia de su jefe de gabinete antes del viaje.',
      'habría',
    );
    expect(shown).toEqual(['habría', null, null, 'none']);
    expect(claim).toContain('pedido la renuncia de su jefe de gabinete');
  });

  it('reads "habrían" and "supuestamente" alike', () => {
    expect(
      seen(byCue(leer('Los detenidos habrían confesado el robo ante la policía.'), 'habrían')),
    ).toEqual(['habrían', null, null, 'none']);
    expect(
      seen(
        byCue(
          leer('El exdirector supuestamente recibió fondos de una empresa constructora.'),
          'supuestamente',
        ),
      ),
    ).toEqual(['supuestamente', null, null, 'none']);
  });

  it('reads "Trascendió que" as a report with no source', () => {
    expect(one('Trascendió que el técnico dejará el club a fin de año.', 'Trascendió que')).toEqual(
      [['Trascendió que', null, null, 'none'], 'el técnico dejará el club a fin de año'],
    );
  });

  it('reads nothing in "como ya se dijo", which refers back to the story itself', () => {
    expect(leer('Como ya se dijo, el plazo para presentar las ofertas vence el lunes.')).toEqual(
      [],
    );
  });
});

describe('quote marks and dialogue', () => {
  it('reads «comillas» before an inverted speech tag', () => {
    expect(
      one(
        '«No habrá aumento de tarifas este invierno», aseguró el gerente de la cooperativa, Tomás Ibarra.',
        'aseguró',
      ),
    ).toEqual([
      ['aseguró', 'el gerente de la cooperativa, Tomás Ibarra', 'Tomás Ibarra', 'person'],
      'No habrá aumento de tarifas este invierno',
    ]);
  });

  it('reads straight quotes before "afirmó la senadora"', () => {
    expect(
      one('"Es un día histórico para el país", afirmó la senadora Gabriela Ríos.', 'afirmó'),
    ).toEqual([
      ['afirmó', 'la senadora Gabriela Ríos', 'Gabriela Ríos', 'person'],
      'Es un día histórico para el país',
    ]);
  });

  it('reads a dialogue line between dashes, and no cue inside what was said', () => {
    const found = leer('—Nadie nos avisó de la crecida del río —dijo la vecina Rosa Medina—.');
    expect(found.map(seen)).toEqual([['dijo', 'la vecina Rosa Medina', 'Rosa Medina', 'person']]);
    expect(found[0]?.content?.text).toBe('Nadie nos avisó de la crecida del río');
  });
});

describe('unnamed sources', () => {
  it('reads "Fuentes del ministerio" told a newspaper', () => {
    expect(
      one(
        'Fuentes del ministerio dijeron a este diario que la medida se anunciará la próxima semana.',
        'dijeron',
      ),
    ).toEqual([
      ['dijeron', 'Fuentes del ministerio', 'Fuentes del ministerio', 'unnamed'],
      'la medida se anunciará la próxima semana',
    ]);
  });

  it('names "las fuentes" as the sources the story described before', () => {
    const found = leer(
      'Las fuentes consultadas por este diario confirmaron que el acuerdo está cerca. Las fuentes añadieron que falta la firma del presidente.',
    );
    expect(seen(byCue(found, 'añadieron'))).toEqual([
      'añadieron',
      'Las fuentes',
      'Las fuentes consultadas por este diario',
      'unnamed',
    ]);
  });
});

describe('subjects a Spanish sentence sets apart', () => {
  it('reads the subject before an aside ("Los productores, por su parte, reclamaron")', () => {
    expect(
      seen(
        byCue(
          leer('Los productores, por su parte, reclamaron que baje el precio del combustible.'),
          'reclamaron',
        ),
      ),
    ).toEqual(['reclamaron', 'Los productores', 'Los productores', 'unnamed']);
  });

  it('names a lone surname that speaks a person, and an acronym a body', () => {
    const found = leer(
      'Feijóo, por su parte, sostuvo que el plan llega tarde. CCOO advirtió que habrá huelga.',
    );
    expect(found.map(seen)).toEqual([
      ['sostuvo', 'Feijóo', 'Feijóo', 'person'],
      ['advirtió', 'CCOO', 'CCOO', 'organization'],
    ]);
  });

  it('reads the antecedent of a relative clause, past a statement the clause names', () => {
    expect(
      seen(
        byCue(
          leer(
            'La medida fue criticada por los comerciantes, que en un comunicado lamentaron no haber sido consultados.',
          ),
          'lamentaron',
        ),
      ),
    ).toEqual(['lamentaron', 'los comerciantes', 'los comerciantes', 'unnamed']);
  });

  it('reads a pronominal verb with its clitic, its subject after it', () => {
    expect(
      one('"Así no se puede trabajar", se quejó un chacarero de Santa Fe.', 'se quejó'),
    ).toEqual([
      ['se quejó', 'un chacarero de Santa Fe', 'un chacarero de Santa Fe', 'unnamed'],
      'Así no se puede trabajar',
    ]);
  });

  it('reads an outlet whose name opens on an article as the outlet', () => {
    expect(
      seen(
        byCue(
          leer('El acuerdo se cerró de madrugada, según publicó el diario El Mundo.'),
          'según publicó',
        ),
      ),
    ).toEqual(['según publicó', 'el diario El Mundo', 'El Mundo', 'media']);
  });

  it('keeps a role said with its office unnamed when the story named no one in it', () => {
    expect(
      seen(
        byCue(
          leer(
            'La senadora Gabriela Ríos votó en contra. El consejero de Territorio advirtió que no aceptará imposiciones.',
          ),
          'advirtió',
        ),
      ),
    ).toEqual(['advirtió', 'El consejero de Territorio', 'El consejero de Territorio', 'unnamed']);
  });

  it('reads no cue in a verb that a reflexive "se" makes passive', () => {
    expect(leer('Ayer se publicaron extractos del documento en varios sitios.')).toEqual([]);
  });

  it('reads what the outlet itself learned ("según pudo saber LA NACION"), and its own unnamed form', () => {
    const found = leer(
      'Según pudo saber LA NACION, el club venderá el estadio. Según pudo saber, la venta se firmará en marzo. ' +
        'El acuerdo incluye una cláusula, según ha podido confirmar este diario.',
    );
    const named = found.find((a) => a.content?.text === 'el club venderá el estadio');
    expect(named && [named.cue.text, named.kind, named.name]).toEqual([
      'Según pudo saber',
      'media',
      'LA NACION',
    ]);
    const unnamed = found.find((a) => a.content?.text === 'la venta se firmará en marzo');
    expect(unnamed && [unnamed.kind, unnamed.source]).toEqual(['none', null]);
    expect(byCue(found, 'según ha podido confirmar').source?.text).toBe('este diario');
  });

  it('reads a seat of government as an organisation and a sentence-opening "Fuentes de X" as unnamed', () => {
    const found = leer(
      'La Casa Blanca anunció que el presidente viajará a Lima. ' +
        'Fuentes de Moncloa aseguran que no habrá adelanto electoral.',
    );
    const white = byCue(found, 'anunció');
    expect([white.kind, white.name]).toEqual(['organization', 'Casa Blanca']);
    expect(byCue(found, 'aseguran').kind).toBe('unnamed');
  });

  it('reads "Así lo dijo X": the source after the verb, the claim the sentence before', () => {
    const found = leer('La planta cerrará en marzo. Así lo aseguró el sindicato metalúrgico.');
    const a = byCue(found, 'aseguró');
    expect(seen(a)).toEqual([
      'aseguró',
      'el sindicato metalúrgico',
      'el sindicato metalúrgico',
      'organization',
    ]);
    expect(a.content?.text).toBe('La planta cerrará en marzo');
  });

  it('reads a given name and a surname spelled like a body’s word as a person ("Carlos Cuerpo")', () => {
    const found = leer(
      'Carlos Cuerpo dijo que el déficit bajará. La Fundación Carlos Slim informó que donará diez millones.',
    );
    expect(byCue(found, 'dijo').kind).toBe('person');
    expect(byCue(found, 'informó').kind).toBe('organization');
  });
});

describe('reports that name where they came from, with "desde"', () => {
  it('credits "indicaron desde el Ministerio" to the ministry, the claim before the tag', () => {
    expect(
      one(
        'El decreto se firmará el lunes, indicaron desde el Ministerio de Economía.',
        'indicaron',
      ),
    ).toEqual([
      ['indicaron', 'el Ministerio de Economía', 'Ministerio de Economía', 'organization'],
      'El decreto se firmará el lunes',
    ]);
  });

  it('credits "Según informaron desde la Casa Rosada" to the Casa Rosada', () => {
    expect(
      one(
        'Según informaron desde la Casa Rosada, el presidente viajará a Chile.',
        'Según informaron',
      ),
    ).toEqual([
      ['Según informaron', 'la Casa Rosada', 'Casa Rosada', 'organization'],
      'el presidente viajará a Chile',
    ]);
  });

  it('credits "Desde la oposición advirtieron" to the opposition', () => {
    const [shown, claim] = one(
      'Sin embargo, desde la oposición advirtieron que votarán en contra del presupuesto.',
      'advirtieron',
    );
    expect(shown.slice(0, 2)).toEqual(['advirtieron', 'la oposición']);
    expect(claim).toBe('votarán en contra del presupuesto');
  });

  it('does not take a date or a time after "desde" for a source', () => {
    expect(one('Desde 2019 aseguran que el barrio está abandonado.', 'aseguran')[0]).toEqual([
      'aseguran',
      null,
      null,
      'unnamed',
    ]);
    expect(
      one('Desde hace años, los vecinos aseguran que el barrio está abandonado.', 'aseguran')[0],
    ).toEqual(['aseguran', 'los vecinos', 'los vecinos', 'unnamed']);
  });

  it('keeps the subject before the verb when "desde" only says where the speaker was', () => {
    expect(
      seen(
        byCue(
          leer('La ministra Ana Paredes aseguró desde Washington que no habrá cambios.'),
          'aseguró',
        ),
      ),
    ).toEqual(['aseguró', 'La ministra Ana Paredes', 'Ana Paredes', 'person']);
  });
});

describe('what an outlet learned, as a tag', () => {
  it('credits "..., supo LA NACION" to the newspaper', () => {
    expect(one('El ministro renunciará la semana próxima, supo LA NACION.', 'supo')).toEqual([
      ['supo', 'LA NACION', 'LA NACION', 'media'],
      'El ministro renunciará la semana próxima',
    ]);
  });

  it('does not read what someone learned as a report', () => {
    expect(leer('Ella supo que su madre estaba enferma.')).toEqual([]);
  });
});

describe('an outlet’s own reporting', () => {
  it('reads "según nuestras informaciones" as the outlet', () => {
    expect(one('Según nuestras informaciones, el ministro renunciará.', 'Según')[0]).toEqual([
      'Según',
      'nuestras informaciones',
      'nuestras informaciones',
      'media',
    ]);
  });

  it('reads "nuestro presidente" as a person described, not the outlet', () => {
    expect(one('«Nuestro país no se rinde», dijo nuestro presidente.', 'dijo')[0][3]).toBe(
      'unnamed',
    );
  });
});

describe('a view put to someone described by a noun no list holds', () => {
  it('reads "Para el politólogo Andrés Malamud, ..."', () => {
    expect(
      one('Para el politólogo Andrés Malamud, la elección fue un plebiscito.', 'Para'),
    ).toEqual([
      ['Para', 'el politólogo Andrés Malamud', 'Andrés Malamud', 'person'],
      'la elección fue un plebiscito',
    ]);
  });
});

describe('sources consulted by a medium', () => {
  it('keeps the medium after "por" in the source, not in the claim', () => {
    const [found] = leer('Según fuentes consultadas por este periódico, el acuerdo está cerca.');
    expect(found && [found.source?.text, found.kind, found.content?.text]).toEqual([
      'fuentes consultadas por este periódico',
      'unnamed',
      'el acuerdo está cerca',
    ]);
  });
});
