import { describe, expect, it } from 'vitest';
import { cueSourceClaim, readOne } from '../helpers';

describe('a claim that the same speaker’s next report ends', () => {
  it('ends at the comma before that report, in every pack language', () => {
    expect(
      cueSourceClaim(
        'Der Minister sagte, die Lage sei ernst, und betonte, man müsse handeln.',
        'de',
      ),
    ).toEqual([
      ['sagte', 'Der Minister', 'die Lage sei ernst'],
      ['betonte', 'Der Minister', 'man müsse handeln'],
    ]);
    expect(
      cueSourceClaim(
        'El ministro dijo que no renunciará, y agregó que el gobierno seguirá adelante.',
        'es',
      )[0],
    ).toEqual(['dijo', 'El ministro', 'no renunciará']);
    expect(
      cueSourceClaim(
        'Le ministre a affirmé qu’il ne démissionnerait pas, et a ajouté que le gouvernement poursuivrait.',
        'fr',
      )[0]?.[2],
    ).toBe('qu’il ne démissionnerait pas');
  });

  it('takes in a report of someone else inside the claim', () => {
    expect(
      cueSourceClaim(
        'Der Minister sagte, die Regierung habe erklärt, dass sie handeln werde.',
        'de',
      )[0],
    ).toEqual(['sagte', 'Der Minister', 'die Regierung habe erklärt, dass sie handeln werde']);
  });
});

describe('a claim before the same speaker’s next verb after a conjunction', () => {
  it('ends before the conjunction, with no comma', () => {
    const pt = 'O ministro afirmou que não vai renunciar e acrescentou que o governo está unido.';
    expect(readOne('pt', pt, 'afirmou').claim).toBe('não vai renunciar');
    const fr =
      'Le ministre a affirmé qu’il ne démissionnerait pas et a ajouté que le gouvernement était uni.';
    expect(readOne('fr', fr, 'a affirmé').claim).toBe('qu’il ne démissionnerait pas');
    const es = 'El dirigente señaló que el conflicto está cerca y luego cuestionó el acuerdo.';
    expect(readOne('es', es, 'señaló').claim).toBe('el conflicto está cerca');
  });

  it('goes on over a verb of another number, whose subject is inside the claim', () => {
    const pt =
      'O ministro disse que o presidente e o vice discordaram e anunciaram que vão conversar.';
    expect(readOne('pt', pt, 'disse').claim).toBe(
      'o presidente e o vice discordaram e anunciaram que vão conversar',
    );
  });
});

describe('a claim before a tag that claims its report', () => {
  it('ends before the tag’s comma', () => {
    const fr =
      'La ministre a assuré que l’hôpital public « ne sera pas sacrifié », selon un communiqué.';
    expect(readOne('fr', fr, 'a assuré').claim).toBe('l’hôpital public « ne sera pas sacrifié »');
    const tag =
      'Le président a annoncé mardi qu’il dissoudrait l’Assemblée, a-t-on appris de source proche de l’Élysée.';
    expect(readOne('fr', tag, 'a annoncé').claim).toBe('qu’il dissoudrait l’Assemblée');
    const es = 'El ministro dijo que el presidente viajará, según fuentes oficiales.';
    expect(readOne('es', es, 'dijo').claim).toBe('el presidente viajará');
  });
});

describe('a claim before another speaker’s report joined by a conjunction', () => {
  it('ends at the comma before the conjunction', () => {
    const es =
      'El Ejecutivo aseguró que no habrá recortes, aunque la oposición denunció que el presupuesto esconde un ajuste.';
    expect(readOne('es', es, 'aseguró').claim).toBe('no habrá recortes');
    const pt =
      'O governo afirmou que a obra está atrasada, mas o ministro garantiu que será entregue.';
    expect(readOne('pt', pt, 'afirmou').claim).toBe('a obra está atrasada');
  });

  it('ends at the comma before a conjunction that takes its own "que"', () => {
    const fr =
      'La ministre a martelé que « rien n’est décidé », tandis que le rapporteur du texte a assuré que le vote aurait lieu.';
    expect(readOne('fr', fr, 'a martelé').claim).toBe('« rien n’est décidé »');
  });

  it('goes on over a report its own "que" opens', () => {
    // Near miss: "y que el FMI confirmó" is still what the minister said.
    const es = 'El ministro dijo que el país crece, y que el FMI confirmó que la deuda baja.';
    expect(readOne('es', es, 'dijo').claim).toBe(
      'el país crece, y que el FMI confirmó que la deuda baja',
    );
  });
});
