import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../helpers';

const pt = (text: string) => read(text, { language: 'pt' });

describe('Portuguese: reporting verbs', () => {
  it('reads "afirmou" and "declarou" after a quote, with the speaker after the verb', () => {
    const found = pt(
      'A prefeita Helena Duarte visitou o bairro alagado. "Ninguém ficará sem abrigo", afirmou a prefeita. "Vamos reconstruir tudo", declarou Helena Duarte.',
    );
    expect(seen(byCue(found, 'afirmou'))).toEqual([
      'afirmou',
      'a prefeita',
      'Helena Duarte',
      'person',
    ]);
    expect(byCue(found, 'afirmou').content?.text).toContain('Ninguém ficará sem abrigo');
    expect(seen(byCue(found, 'declarou'))).toEqual([
      'declarou',
      'Helena Duarte',
      'Helena Duarte',
      'person',
    ]);
  });

  it('passes over a role set off by commas to the subject it describes', () => {
    const found = pt(
      'A deputada Marta Ribeiro (PT-BA), relatora da comissão especial de Energia, que se reuniu ontem, avalia que o texto passa. "Temos votos suficientes", garantiu.',
    );
    expect(seen(byCue(found, 'avalia'))).toEqual([
      'avalia',
      'A deputada Marta Ribeiro',
      'Marta Ribeiro',
      'person',
    ]);
    expect(seen(byCue(found, 'garantiu'))).toEqual(['garantiu', null, 'Marta Ribeiro', 'person']);
  });

  it('names the speaker left out of "Afirmou que ..." from the sentence before', () => {
    const found = pt(
      'O senador Ricardo Albuquerque chegou cedo ao plenário. Afirmou que a votação será adiada para a próxima semana.',
    );
    const a = byCue(found, 'Afirmou');
    expect(seen(a)).toEqual(['Afirmou', null, 'Ricardo Albuquerque', 'person']);
    expect(a.content?.text).toContain('a votação será adiada');
  });

  it('reads the verbs of the Brazilian press: ponderou, sustentou, reforçou, complementou', () => {
    const found = pt(
      'O economista Fernando Peixoto ponderou que os juros ainda estão altos. Ele sustentou que o crédito vai encarecer. Peixoto reforçou que a indústria sente o golpe. "O varejo também perde", complementou.',
    );
    expect(seen(byCue(found, 'ponderou'))).toEqual([
      'ponderou',
      'O economista Fernando Peixoto',
      'Fernando Peixoto',
      'person',
    ]);
    expect(seen(byCue(found, 'sustentou'))).toEqual([
      'sustentou',
      'Ele',
      'Fernando Peixoto',
      'person',
    ]);
    expect(seen(byCue(found, 'reforçou'))).toEqual([
      'reforçou',
      'Peixoto',
      'Fernando Peixoto',
      'person',
    ]);
    expect(seen(byCue(found, 'complementou'))).toEqual([
      'complementou',
      null,
      'Fernando Peixoto',
      'person',
    ]);
  });

  it('reads destacou, ressaltou, frisou and avaliou', () => {
    const found = pt(
      'A diretora do hospital, Cláudia Ramos, destacou que faltam leitos. Ela ressaltou que a fila cresceu. Cláudia Ramos frisou que os médicos estão exaustos. "É uma crise sem precedentes", avaliou a diretora.',
    );
    for (const cue of ['destacou', 'ressaltou', 'frisou', 'avaliou']) {
      const a = byCue(found, cue);
      expect([a.name, a.kind]).toEqual(['Cláudia Ramos', 'person']);
    }
    expect(byCue(found, 'avaliou').content?.text).toContain('É uma crise sem precedentes');
  });

  it('reads the present of the Brazilian press: "cobra que", "pondera que"', () => {
    const found = pt(
      'O deputado Marcos Tavares cobra que o governo explique os cortes. O parlamentar pondera que a saúde não pode perder verbas.',
    );
    expect(seen(byCue(found, 'cobra'))).toEqual([
      'cobra',
      'O deputado Marcos Tavares',
      'Marcos Tavares',
      'person',
    ]);
    expect(seen(byCue(found, 'pondera'))).toEqual([
      'pondera',
      'O parlamentar',
      'Marcos Tavares',
      'person',
    ]);
    expect(byCue(found, 'pondera').content?.text).toContain('a saúde não pode perder verbas');
  });

  it('reads "disse à imprensa" with the claim after its "que"', () => {
    const found = pt(
      'Depois da reunião, o governador Paulo Siqueira disse à imprensa que o acordo está fechado.',
    );
    const a = byCue(found, 'disse');
    expect([a.name, a.kind]).toEqual(['Paulo Siqueira', 'person']);
    expect(a.content?.text).toBe('o acordo está fechado');
  });

  it('reads a pronominal verb both ways: "queixou-se" and "se queixou"', () => {
    const found = pt(
      'A treinadora Sofia Meireles queixou-se de que a arbitragem foi parcial. A jogadora Beatriz Lemos também se queixou de que o campo estava encharcado.',
    );
    expect(byCue(found, 'queixou-se').name).toBe('Sofia Meireles');
    expect(byCue(found, 'queixou').name).toBe('Beatriz Lemos');
  });
});

describe('Portuguese: "according to" and views', () => {
  it('reads "de acordo com" a document', () => {
    const found = pt(
      'De acordo com o relatório da Polícia Federal, o esquema desviou R$ 30 milhões.',
    );
    const a = byCue(found, 'De acordo com');
    expect(a.kind).toBe('document');
    expect(a.content?.text).toContain('o esquema desviou');
  });

  it('reads "Para ele, ..." as the view of the person named before', () => {
    const found = pt(
      'O cientista político Renato Viana acompanha o Congresso há vinte anos. Para ele, a base do governo está rachada.',
    );
    const a = byCue(found, 'Para');
    expect(seen(a)).toEqual(['Para', 'ele', 'Renato Viana', 'person']);
    expect(a.content?.text).toContain('a base do governo está rachada');
  });
});

describe('Portuguese: hedges and reports with no source', () => {
  it('reads "teria" as a claim whose source is hidden', () => {
    const found = pt('O ex-diretor teria recebido propina de uma empreiteira entre 2015 e 2018.');
    const a = byCue(found, 'teria');
    expect(seen(a)).toEqual(['teria', null, null, 'none']);
    expect(a.content?.text).toContain('recebido propina');
  });

  it('reads the European "alegadamente" as a hedge', () => {
    const found = pt('O autarca terá alegadamente favorecido uma empresa de um familiar.');
    expect(found.some((a) => a.kind === 'none')).toBe(true);
  });

  it('reads "Diz-se que ..." as an impersonal report', () => {
    const found = pt('Diz-se que o treinador já assinou com outro clube.');
    const a = byCue(found, 'Diz-se que');
    expect(seen(a)).toEqual(['Diz-se que', null, null, 'none']);
  });
});

describe('Portuguese: sources and their names', () => {
  it('names a person by the fullest name, through a title ("a sra. Duarte")', () => {
    const found = pt(
      'A vereadora Marta Duarte apresentou o projeto. A sra. Duarte afirmou que o texto protege os ambulantes.',
    );
    expect(byCue(found, 'afirmou').name).toBe('Marta Duarte');
  });

  it('reads an organisation and its body noun', () => {
    const found = pt(
      'A Petrobras anunciou um novo plano de investimentos. A estatal informou que vai vender duas refinarias.',
    );
    expect(seen(byCue(found, 'anunciou'))).toEqual([
      'anunciou',
      'A Petrobras',
      'Petrobras',
      'organization',
    ]);
    expect(seen(byCue(found, 'informou'))).toEqual([
      'informou',
      'A estatal',
      'Petrobras',
      'organization',
    ]);
  });

  it('reads unnamed sources: "analistas", "um porta-voz"', () => {
    const found = pt(
      'Analistas avaliam que o dólar deve subir. Um porta-voz do ministério negou que haja cortes.',
    );
    expect(byCue(found, 'avaliam').kind).toBe('unnamed');
    expect(byCue(found, 'negou').kind).toBe('unnamed');
  });

  it('reads a news agency as media', () => {
    const found = pt('A agência Reuters informou que as negociações foram suspensas.');
    expect(byCue(found, 'informou').kind).toBe('media');
  });

  it('reads European spelling as well as Brazilian ("director", "facto")', () => {
    const found = pt(
      'O director do museu, Rui Carvalho, garantiu que o quadro é de facto autêntico. O diretor do arquivo, Tiago Lins, explicou que o documento é de fato antigo.',
    );
    expect(byCue(found, 'garantiu').name).toBe('Rui Carvalho');
    expect(byCue(found, 'explicou').name).toBe('Tiago Lins');
  });
});

describe('Portuguese: whose words a sentence gives', () => {
  it('reads the subject before a clause set off by commas', () => {
    const found = pt(
      'Aliados do governador, que pediram para não ser identificados, admitem que a aliança está em risco.',
    );
    expect(seen(byCue(found, 'admitem'))).toEqual([
      'admitem',
      'Aliados do governador',
      'Aliados do governador',
      'unnamed',
    ]);
  });

  it('names "o senador do partido" by the senator named before, not by the party', () => {
    const found = pt(
      'O senador Otávio Brandão (PSDB-SP) votou contra a proposta. O senador do PSDB afirmou que o texto é inconstitucional.',
    );
    expect(seen(byCue(found, 'afirmou'))).toEqual([
      'afirmou',
      'O senador do PSDB',
      'Otávio Brandão',
      'person',
    ]);
  });

  it('gives a quote with no named speaker to the one talking, not to the one talked about', () => {
    const found = pt(
      'O deputado Caio Prates se reuniu com a ministra Joana Reis nesta terça. "Saí da reunião sem resposta nenhuma", disse.',
    );
    expect(seen(byCue(found, 'disse'))).toEqual(['disse', null, 'Caio Prates', 'person']);
  });

  it('reads a coordinated verb with the subject of the first', () => {
    const found = pt(
      'A governadora Teresa Lacerda visitou a obra e garantiu que a ponte fica pronta em maio.',
    );
    expect(byCue(found, 'garantiu').name).toBe('Teresa Lacerda');
  });
});

describe('Portuguese: what is no report', () => {
  it('does not read "foi condenado" or "está previsto" as reports', () => {
    const found = pt(
      'O ex-governador foi condenado a doze anos de prisão. O julgamento está previsto para março.',
    );
    expect(found).toEqual([]);
  });

  it('does not read a verb with its reflexive pronoun as a report: "se destaca", "se lembra"', () => {
    const found = pt(
      'No elenco, o meia Rafael Costa se destaca pela velocidade. O técnico se lembra bem daquela final. O técnico destacou que o time evoluiu.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['destacou']);
  });

  it('reads no claim in an opening adverbial: "Para isso, critica determinadas pautas"', () => {
    const found = pt(
      'O governador quer a reeleição. Para isso, critica determinadas pautas da oposição e evita o tema. Em 2019, afirmou que não seria candidato.',
    );
    expect(found.map((a) => [a.cue.text, a.content?.text])).toEqual([
      ['afirmou', 'não seria candidato'],
    ]);
  });
});

describe('Portuguese: the language is told from the text', () => {
  it('reads a Portuguese article without being told its language', () => {
    const text =
      'O presidente do Banco Central, Gabriel Nogueira, disse nesta terça-feira que a instituição não vai hesitar em subir os juros se a inflação não ceder. ' +
      'Segundo ele, os dados de maio mostram uma economia ainda aquecida, com o desemprego em queda e o consumo das famílias em alta. ' +
      'Analistas do mercado financeiro avaliam que a próxima reunião do Copom deve manter a taxa, mas não descartam uma nova alta até o fim do ano.';
    const found = read(text);
    expect(byCue(found, 'disse').name).toBe('Gabriel Nogueira');
  });
});

it('keeps the count of a tidy paragraph', () => {
  const found = pt(
    'A ministra da Saúde, Luana Moreira, afirmou que a vacina chega aos postos em junho. Ela explicou que a prioridade são os idosos.',
  );
  expect(found.map((a) => [a.cue.text, a.name])).toEqual([
    ['afirmou', 'Luana Moreira'],
    ['explicou', 'Luana Moreira'],
  ]);
});

it('reads a body that speaks through a statement', () => {
  const found = pt('Em nota, o Itamaraty informou que dois brasileiros foram presos em Caracas.');
  const a = byCue(found, 'informou');
  expect([a.kind, a.name]).toEqual(['organization', 'Itamaraty']);
  expect(a.content?.text).toContain('dois brasileiros foram presos');
});

describe('Portuguese: sources after "segundo" and views', () => {
  it('reads a passive with its agent: "foi informado por"', () => {
    const found = pt(
      'O ministro foi informado por assessores de que o contrato tinha sido cancelado.',
    );
    const a = found.find((x) => x.cue.text.startsWith('informado'));
    expect(a && seen(a)).toEqual(['informado por', 'assessores', 'assessores', 'unnamed']);
  });

  it('reads "Segundo a Folha": the outlet after "a" is the source, not whom it was told to', () => {
    const found = pt(
      'Segundo a Folha, o ministro da Fazenda pediu mais prazo ao Congresso. Segundo a rádio Bandeirantes, a votação fica para março.',
    );
    expect(found.map(seen)).toEqual([
      ['Segundo', 'a Folha', 'Folha', 'media'],
      ['Segundo', 'a rádio Bandeirantes', 'Bandeirantes', 'media'],
    ]);
    expect(found[0]?.content?.text).toBe('o ministro da Fazenda pediu mais prazo ao Congresso');
  });

  it('keeps a percent sign at the end of a claim', () => {
    const found = pt('Segundo o IBGE, a inflação fechou o ano em 4,5%.');
    expect(found[0]?.content?.text).toBe('a inflação fechou o ano em 4,5%');
  });

  it('reads "segundo fontes" as unnamed sources', () => {
    const found = pt(
      'Segundo fontes do Palácio do Planalto, a reforma ministerial sai na segunda-feira.',
    );
    const a = byCue(found, 'Segundo');
    expect(a.kind).toBe('unnamed');
    expect(a.source?.text).toContain('fontes');
  });

  it('leaves a "para" that opens no view alone', () => {
    const found = pt(
      'Para isso, o município contratou mais professores. Para o ano que vem, não há verba.',
    );
    expect(found.filter((a) => a.cue.text === 'Para')).toEqual([]);
  });

  it('reads "segundo" and "conforme" only before a source', () => {
    const found = pt(
      'Pelo segundo ano seguido, a safra bateu recorde. A colheita terminou conforme o previsto. Segundo apurou a reportagem, o ministro vai deixar o cargo.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['Segundo apurou']);
  });

  it('names an outlet after a fused article by its own name ("do Globo" is O Globo), with a capital', () => {
    const found = pt(
      'Segundo reportagem do Globo, a obra vai atrasar. De acordo com o Globo, a licitação foi anulada.',
    );
    expect(byCue(found, 'Segundo').name).toBe('O Globo');
    expect(byCue(found, 'De acordo com').name).toBe('O Globo');
  });

  it('reads an outlet that writes its name in lower case ("o g1") as a source', () => {
    const a = byCue(pt('Segundo apurou o g1, a prefeitura vai adiar o leilão.'), 'Segundo apurou');
    expect([a.kind, a.name, a.content?.text]).toEqual([
      'media',
      'g1',
      'a prefeitura vai adiar o leilão',
    ]);
  });

  it('names a body opening a sentence without its article ("A Polícia Federal" is Polícia Federal)', () => {
    const a = byCue(pt('A Polícia Federal informou que a investigação continua.'), 'informou');
    expect([a.kind, a.name]).toEqual(['organization', 'Polícia Federal']);
  });

  it('reads "Foi o que disse X": the source after the verb, the claim the sentence before', () => {
    const a = byCue(
      pt('A ponte será reaberta em maio. Foi o que disse o prefeito nesta segunda-feira.'),
      'disse',
    );
    expect(a.source?.text).toBe('o prefeito');
    expect(a.content?.text).toBe('A ponte será reaberta em maio');
  });

  it('reads a view put to a compound role ("Para o economista-chefe do banco,")', () => {
    const a = byCue(pt('Para o economista-chefe do banco, a inflação deve cair.'), 'Para');
    expect([a.source?.text, a.content?.text]).toEqual([
      'o economista-chefe do banco',
      'a inflação deve cair',
    ]);
  });
});

describe('what an outlet found out, as a tag', () => {
  it('credits "..., apurou a Folha" to the newspaper', () => {
    const a = byCue(pt('O ministro vai renunciar ao cargo, apurou a Folha.'), 'apurou');
    expect(seen(a)).toEqual(['apurou', 'a Folha', 'Folha', 'media']);
    expect(a.content?.text).toBe('O ministro vai renunciar ao cargo');
  });

  it('does not read what the police found out as a report', () => {
    expect(pt('A polícia apurou que o carro era roubado.')).toEqual([]);
  });
});
