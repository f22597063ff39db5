import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../helpers';

const fr = (text: string) => read(text, { language: 'fr' });

describe('French: who says so', () => {
  it('reads a compound past with its subject before it, and the claim after "que"', () => {
    const a = byCue(
      fr('La ministre de la Santé a déclaré que les hôpitaux manquaient de lits.'),
      'a déclaré',
    );
    expect(seen(a)).toEqual([
      'a déclaré',
      'La ministre de la Santé',
      'La ministre de la Santé',
      'unnamed',
    ]);
    expect(a.content?.text).toBe('les hôpitaux manquaient de lits');
  });

  it('keeps an elided "qu’" in the claim, as it is written into the claim’s first word', () => {
    const a = byCue(fr('Marc Dubois a affirmé qu’il ne se représenterait pas.'), 'a affirmé');
    expect(a.content?.text).toBe('qu’il ne se représenterait pas');
    expect(a.name).toBe('Marc Dubois');
  });

  it('reads "selon X" before and after its claim', () => {
    const before = byCue(
      fr('Selon l’Institut national de la statistique, le chômage a baissé.'),
      'Selon',
    );
    expect(seen(before)).toEqual([
      'Selon',
      'l’Institut national de la statistique',
      'Institut national de la statistique',
      'organization',
    ]);
    const after = byCue(
      fr('Le chômage a baissé en mars, d’après l’Agence France-Presse.'),
      'd’après',
    );
    expect(after.kind).toBe('media');
    expect(after.content?.text).toBe('Le chômage a baissé en mars');
  });

  it('reads inverted speech tags, the pronoun written into the verb', () => {
    const found = fr(
      'Sophie Martin dirige la coopérative depuis dix ans. « Nous ne fermerons pas », a-t-elle promis. ' +
        '« Les prix doivent baisser », estime le directeur de la banque, Paul Girard.',
    );
    const promised = byCue(found, 'a-t-elle promis');
    expect(promised.source?.text).toBe('elle');
    expect(promised.name).toBe('Sophie Martin');
    expect(promised.content?.text).toBe('Nous ne fermerons pas');
    const thinks = byCue(found, 'estime');
    expect(thinks.name).toBe('Paul Girard');
    expect(thinks.kind).toBe('person');
  });

  it('names a person by their fullest name, and a role or pronoun by the person last named', () => {
    const found = fr(
      'Le juge Antoine Lefèvre a ouvert l’audience lundi. Lefèvre a indiqué que le procès durerait deux semaines. ' +
        'Le magistrat a ajouté que les témoins seraient entendus à huis clos. Il a précisé que la presse serait admise.',
    );
    expect(byCue(found, 'a indiqué').name).toBe('Antoine Lefèvre');
    expect(byCue(found, 'a ajouté').name).toBe('Antoine Lefèvre');
    expect(seen(byCue(found, 'a précisé'))).toEqual([
      'a précisé',
      'Il',
      'Antoine Lefèvre',
      'person',
    ]);
  });

  it('keeps an unnamed source as written', () => {
    const a = byCue(
      fr('Une source proche du dossier a confirmé que l’accord était signé.'),
      'a confirmé',
    );
    expect(seen(a)).toEqual([
      'a confirmé',
      'Une source proche du dossier',
      'Une source proche du dossier',
      'unnamed',
    ]);
  });

  it('names an acronym by the long form the article gives it', () => {
    const found = fr(
      'La Haute Autorité pour la transparence de la vie publique (HATVP) a publié son rapport. ' +
        'La HATVP a estimé que les déclarations étaient incomplètes.',
    );
    expect(byCue(found, 'a estimé').name).toBe(
      'Haute Autorité pour la transparence de la vie publique',
    );
  });

  it('reads a conditional of hearsay as a claim with no source, but not one of reported speech or a condition', () => {
    const hearsay = byCue(fr('Le président aurait demandé un nouveau rapport.'), 'aurait');
    expect(seen(hearsay)).toEqual(['aurait', null, null, 'none']);
    expect(fr('Le maire a déclaré que le vote aurait lieu lundi.').map((a) => a.cue.text)).toEqual([
      'a déclaré',
    ]);
    expect(fr('Sans cette aide, la ferme ne serait plus rentable.')).toEqual([]);
    expect(fr('Si le ministre déclare que la loi est votée, elle entrera en vigueur.')).toEqual([]);
  });

  it('reads "comme l’a souligné X" with its source after the verb', () => {
    const a = byCue(fr('Comme l’a souligné le rapporteur, le texte reste fragile.'), 'a souligné');
    expect(a.source?.text).toBe('le rapporteur');
    expect(a.content?.text).toContain('le texte reste fragile');
  });

  it('reads a gerund’s source from its clause, and a subject set off by an apposition', () => {
    const found = fr(
      'Le syndicat rejette la réforme, estimant qu’elle menace les salaires. ' +
        'Claire Morel, députée de la Gironde qui a voté contre, a annoncé qu’elle saisirait le Conseil.',
    );
    expect(byCue(found, 'estimant').source?.text).toBe('Le syndicat');
    expect(byCue(found, 'a annoncé').name).toBe('Claire Morel');
  });

  it('does not take a noun for a verb, nor a passive for a report', () => {
    expect(fr('Le juge a rendu sa décision.').map((a) => a.cue.text)).toEqual([]);
    expect(
      fr('Deux types de contrôle sont prévus par le texte : un contrôle a priori et un autre.'),
    ).toEqual([]);
  });

  it('reads a verb of more than one word', () => {
    const found = fr(
      'La direction a fait part de son inquiétude à propos des retards de livraison.',
    );
    expect(seen(byCue(found, 'a fait part'))).toEqual([
      'a fait part',
      'La direction',
      'La direction',
      'organization',
    ]);
  });

  it('reads the subject before a stressed pronoun set off by commas ("Les syndicats, eux,")', () => {
    const a = byCue(fr('Les syndicats, eux, estiment que la réforme va trop loin.'), 'estiment');
    expect(seen(a)).toEqual(['estiment', 'Les syndicats', 'Les syndicats', 'unnamed']);
    expect(a.content?.text).toBe('la réforme va trop loin');
  });

  it('reads a pronominal verb, its clitic in the cue, and its compound past with "être"', () => {
    const found = fr(
      '« Le compte n’y est pas », s’interroge la maire. ' +
        '« C’est une première victoire », s’est félicité le syndicat. ' +
        'Le président de la région, Luc Garnier, s’est dit « très inquiet ».',
    );
    expect(seen(byCue(found, 's’interroge'))).toEqual([
      's’interroge',
      'la maire',
      'la maire',
      'unnamed',
    ]);
    expect(byCue(found, 's’est félicité').content?.text).toBe('C’est une première victoire');
    expect(byCue(found, 's’est dit').name).toBe('Luc Garnier');
  });

  it('reads no report in a reflexive verb that is no speech, nor in a passive', () => {
    const none = fr(
      'Cette baisse s’explique par la météo. Elle se rappelle que son frère était pêcheur. ' +
        'La décision a été annoncée hier.',
    );
    expect(none.map((a) => a.cue.text)).toEqual([]);
  });

  it('reads verbs that report only with a claim in inverted tags ("a réagi", "juge", "a lancé")', () => {
    const found = fr(
      '« Nous ne céderons rien », a réagi la ministre. ' +
        '« C’est un recul », juge Camille Roux, économiste. ' +
        '« Au travail ! », a-t-il lancé. Il a lancé un appel aux dons.',
    );
    expect(byCue(found, 'a réagi').source?.text).toBe('la ministre');
    expect(byCue(found, 'juge').name).toBe('Camille Roux');
    expect(byCue(found, 'a-t-il lancé').content?.text).toBe('Au travail');
    expect(found).toHaveLength(3);
  });

  it('reaches the auxiliary past an aside of a few words ("a pour sa part estimé")', () => {
    const a = byCue(
      fr('Le maire, Hugo Perrin, a pour sa part estimé que le projet était trop cher.'),
      'a pour sa part estimé',
    );
    expect(a.name).toBe('Hugo Perrin');
    expect(a.content?.text).toBe('le projet était trop cher');
  });

  it('ends a speech tag’s subject before where and how it spoke ("devant les députés", "sur X")', () => {
    const found = fr(
      '« Il faut agir », a déclaré le ministre devant les députés. ' +
        '« Nous tiendrons », a écrit Julie Lenoir sur X.',
    );
    expect(byCue(found, 'a déclaré').source?.text).toBe('le ministre');
    expect(byCue(found, 'a écrit').source?.text).toBe('Julie Lenoir');
  });

  it('names an outlet after a fused article by its own name ("du Monde" is Le Monde), and ends a tag’s subject before it', () => {
    const found = fr(
      'Selon un article du Monde, la fusion est reportée. ' +
        '« Rien n’est signé », a confié le directeur au Figaro.',
    );
    const article = byCue(found, 'Selon');
    // An outlet's article is its reporting: media, as the page gold draws "an article by New York
    // magazine".
    expect([article.kind, article.name]).toEqual(['media', 'Le Monde']);
    expect(byCue(found, 'a confié').source?.text).toBe('le directeur');
  });

  it('reads "C’est ce qu’a expliqué X" and "Ainsi l’a affirmé X" as the sentence before said by X', () => {
    const found = fr(
      'La ligne rouvrira en juin. C’est ce qu’a expliqué la directrice. Les tarifs baisseront. ' +
        'Ainsi l’a affirmé le président de la région.',
    );
    expect(byCue(found, 'a expliqué').content?.text).toBe('La ligne rouvrira en juin');
    expect(byCue(found, 'a expliqué').source?.text).toBe('la directrice');
    expect(byCue(found, 'a affirmé').content?.text).toBe('Les tarifs baisseront');
  });

  it('names a body the same whatever follows it ("annonce la CGT dans un communiqué" is CGT)', () => {
    const found = fr(
      'La grève continue, annonce la CGT dans un communiqué. La CGT estime que le dialogue est rompu.',
    );
    expect(found.map((a) => a.name)).toEqual(['CGT', 'CGT']);
  });

  it('reads a long "Pour X," view, and no purpose clause as one', () => {
    const found = fr(
      'Pour l’économiste en chef de la banque, l’inflation va baisser. ' +
        'Pour lutter contre la fraude fiscale des grandes entreprises, le gouvernement prépare une loi.',
    );
    expect(found.map((a) => a.source?.text)).toEqual(['l’économiste en chef de la banque']);
  });
});

describe('what an outlet learned, as a tag', () => {
  it('credits "..., a appris Le Parisien" to the newspaper', () => {
    const a = byCue(fr('Le ministre va démissionner, a appris Le Parisien.'), 'a appris');
    expect(seen(a)).toEqual(['a appris', 'Le Parisien', 'Le Parisien', 'media']);
    expect(a.content?.text).toBe('Le ministre va démissionner');
  });

  it('rests on "de source proche du dossier", whence the outlet learned it, in one attribution', () => {
    const found = fr('Le ministre va démissionner, a appris l’AFP de source proche du dossier.');
    expect(found.map(seen)).toEqual([
      ['a appris', 'source proche du dossier', 'source proche du dossier', 'unnamed'],
    ]);
  });

  it('reads "Comme l’a appris Le Monde"', () => {
    const a = byCue(fr('Comme l’a appris Le Monde, le ministre va démissionner.'), 'a appris');
    expect(seen(a)).toEqual(['a appris', 'Le Monde', 'Le Monde', 'media']);
  });

  it('does not read what someone learned as a report', () => {
    expect(fr('Il a appris que sa mère était malade.')).toEqual([]);
  });

  it('keeps a name particle before a capital or an article: "Charles de Gaulle", "Jean Dupont de la CGT"', () => {
    expect(
      byCue(fr('« C’est inacceptable », a déclaré Charles de Gaulle.'), 'a déclaré').source?.text,
    ).toBe('Charles de Gaulle');
    expect(
      byCue(fr('« C’est inacceptable », a déclaré Jean Dupont de la CGT.'), 'a déclaré').source
        ?.text,
    ).toBe('Jean Dupont de la CGT');
  });
});

describe('an outlet’s own reporting', () => {
  it('reads "selon nos informations" as the outlet, not a document called "informations"', () => {
    const a = byCue(fr('Selon nos informations, le ministre va démissionner.'), 'Selon');
    expect(seen(a)).toEqual(['Selon', 'nos informations', 'nos informations', 'media']);
  });
});

describe('a view put to someone described by a noun no list holds', () => {
  it('reads "Pour le sociologue Jean Viard, ..."', () => {
    const [a] = fr('Pour le sociologue Jean Viard, cette crise révèle une fracture profonde.');
    expect(a ? seen(a) : null).toEqual([
      'Pour',
      'le sociologue Jean Viard',
      'Jean Viard',
      'person',
    ]);
  });

  it('reads no view in "Pour le match contre Paris, ..."', () => {
    expect(fr('Pour le match contre Paris, les billets sont épuisés.')).toEqual([]);
  });
});

describe('a report with "on" names where it came from', () => {
  it('takes the body or the circle after "chez", "dans", "du côté de"', () => {
    const seenOf = (text: string) => fr(text).map((a) => [a.name, a.kind]);
    expect(seenOf('On indique du côté de l’Élysée que le président ne parlera pas.')).toEqual([
      ['Élysée', 'organization'],
    ]);
    expect(seenOf('« Il est trop tôt », fait-on savoir chez Renault.')).toEqual([
      ['Renault', 'organization'],
    ]);
    expect(seenOf('« Rien n’est décidé », indique-t-on dans l’entourage du ministre.')).toEqual([
      ['l’entourage du ministre', 'unnamed'],
    ]);
  });

  it('rests on no one when "on" learned it and says from whom nowhere', () => {
    const [found] = fr('Le suspect a été interpellé, a-t-on appris à la mi-journée.');
    expect([found?.kind, found?.content?.text]).toEqual(['none', 'Le suspect a été interpellé']);
  });
});
