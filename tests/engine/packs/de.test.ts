import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/engine/types';
import { byCue, read, seen } from '../helpers';

// Sentences written for these tests: what a reader of German news sees attributed, and to whom.
const de = (text: string): Attribution[] => read(text, { language: 'de' });
const claimOf = (a: Attribution): string | null => a.content?.text ?? null;

describe('German reporting verbs, in verb-second and verb-final order', () => {
  it('reads a speech tag after a quote, its subject after the verb', () => {
    const [a] = de(
      '„Wir haben keine Zeit zu verlieren“, sagte Umweltministerin Katrin Lehmann am Mittwoch in Hannover.',
    );
    expect(seen(a as Attribution)).toEqual([
      'sagte',
      'Umweltministerin Katrin Lehmann',
      'Katrin Lehmann',
      'person',
    ]);
    expect(claimOf(a as Attribution)).toBe('Wir haben keine Zeit zu verlieren');
  });

  it('reads reported speech in Konjunktiv I after a comma', () => {
    const a = byCue(
      de('Der Vorstandschef erklärte, das Werk in Kassel bleibe bis zum Sommer geöffnet.'),
      'erklärte',
    );
    expect(seen(a)).toEqual(['erklärte', 'Der Vorstandschef', 'Der Vorstandschef', 'unnamed']);
    expect(claimOf(a)).toBe('das Werk in Kassel bleibe bis zum Sommer geöffnet');
  });

  it('reads "betonte, dass" with a role before the name', () => {
    const a = byCue(
      de('Bürgermeisterin Anja Roth betonte, dass die Stadt keine neuen Schulden machen werde.'),
      'betonte',
    );
    expect(seen(a)).toEqual(['betonte', 'Bürgermeisterin Anja Roth', 'Anja Roth', 'person']);
    expect(claimOf(a)).toBe('die Stadt keine neuen Schulden machen werde');
  });

  it('reads a separable verb with its particle closing the clause: "teilte ... mit"', () => {
    const a = byCue(
      de('Die Deutsche Bahn teilte am Freitag mit, dass der Tunnel bis Ende Mai gesperrt bleibt.'),
      'teilte',
    );
    expect(seen(a)).toEqual(['teilte', 'Die Deutsche Bahn', 'Deutsche Bahn', 'organization']);
    expect(claimOf(a)).toBe('der Tunnel bis Ende Mai gesperrt bleibt');
  });

  it('tells "gab ... bekannt" and "gab ... an" apart by their particles', () => {
    const known = byCue(
      de('Die Staatsanwaltschaft gab am Montag bekannt, dass gegen drei Männer ermittelt wird.'),
      'gab',
    );
    expect(seen(known)).toEqual([
      'gab',
      'Die Staatsanwaltschaft',
      'Staatsanwaltschaft',
      'organization',
    ]);
    const stated = byCue(de('Die Polizei gab an, der Wagen sei gestohlen worden.'), 'gab');
    expect(claimOf(stated)).toBe('der Wagen sei gestohlen worden');
  });

  it('reads the particle after a long name with abbreviated titles: "räumte Prof. Dr. ... ein"', () => {
    const a = byCue(
      de('»Das ist ein schwerer Rückschlag«, räumte Prof. Dr. Helga Brandt ein.'),
      'räumte',
    );
    expect(seen(a)).toEqual(['räumte', 'Prof. Dr. Helga Brandt', 'Helga Brandt', 'person']);
    expect(claimOf(a)).toBe('Das ist ein schwerer Rückschlag');
  });

  it('finds the subject after a fronted time: "Am Dienstag sagte der Minister"', () => {
    const a = byCue(
      de('Am Dienstag sagte Finanzminister Tobias Kern, die Steuern würden nicht erhöht.'),
      'sagte',
    );
    expect(seen(a)).toEqual(['sagte', 'Finanzminister Tobias Kern', 'Tobias Kern', 'person']);
    expect(claimOf(a)).toBe('die Steuern würden nicht erhöht');
  });

  it('reads a perfect with its subject by the auxiliary: "hat am Donnerstag angekündigt"', () => {
    const a = byCue(
      de('Der Konzern hat am Donnerstag angekündigt, rund 2000 Stellen zu streichen.'),
      'angekündigt',
    );
    expect(seen(a)).toEqual(['angekündigt', 'Der Konzern', 'Konzern', 'organization']);
    expect(claimOf(a)).toBe('rund 2000 Stellen zu streichen');
  });

  it('reads "wie X berichtete" before the claim, and "wie X mitteilte" after it', () => {
    const before = byCue(
      de('Wie der Bayerische Rundfunk berichtete, hat der Landtag den Haushalt beschlossen.'),
      'berichtete',
    );
    expect(seen(before)).toEqual([
      'berichtete',
      'der Bayerische Rundfunk',
      'Bayerische Rundfunk',
      'media',
    ]);
    expect(claimOf(before)).toBe('hat der Landtag den Haushalt beschlossen');
    const after = byCue(
      de(
        'Der Flughafen bleibt bis Sonntag geschlossen, wie ein Sprecher der Betreibergesellschaft mitteilte.',
      ),
      'mitteilte',
    );
    expect(seen(after)).toEqual([
      'mitteilte',
      'ein Sprecher der Betreibergesellschaft',
      'ein Sprecher der Betreibergesellschaft',
      'unnamed',
    ]);
    expect(claimOf(after)).toBe('Der Flughafen bleibt bis Sonntag geschlossen');
  });

  it('resolves "er" to the person named in the sentence before', () => {
    const a = byCue(
      de(
        'Trainer Markus Weiß war nach dem Spiel enttäuscht. Er sagte, die Mannschaft sei müde gewesen.',
      ),
      'sagte',
    );
    expect(seen(a)).toEqual(['sagte', 'Er', 'Markus Weiß', 'person']);
    expect(claimOf(a)).toBe('die Mannschaft sei müde gewesen');
  });

  it('drops "Frau" from the name shown', () => {
    const a = byCue(
      de('Frau Schulz kündigte an, sie werde im Herbst nicht mehr kandidieren.'),
      'kündigte',
    );
    expect(seen(a)).toEqual(['kündigte', 'Frau Schulz', 'Schulz', 'person']);
  });

  it('reads a spokesman of a ministry as an unnamed source', () => {
    const a = byCue(
      de('Ein Sprecher des Innenministeriums sagte, man prüfe den Vorfall.'),
      'sagte',
    );
    expect(seen(a)).toEqual([
      'sagte',
      'Ein Sprecher des Innenministeriums',
      'Ein Sprecher des Innenministeriums',
      'unnamed',
    ]);
  });

  it('reads "Das sagt X" as X saying what the sentence before says', () => {
    const a = byCue(de('Die Lage ist ernst. Das sagt die Polizei seit Tagen.'), 'sagt');
    expect(seen(a)).toEqual(['sagt', 'die Polizei', 'die Polizei', 'organization']);
    expect(claimOf(a)).toBe('Die Lage ist ernst');
  });

  it('keeps a person named with a title and an institution a person', () => {
    const a = byCue(
      de('Dr. Jens Köhler von der Charité warnte, die Zahl der Fälle werde weiter steigen.'),
      'warnte',
    );
    expect([a.name, a.kind, claimOf(a)]).toEqual([
      'Jens Köhler',
      'person',
      'die Zahl der Fälle werde weiter steigen',
    ]);
  });
});

describe('German "according to" phrases', () => {
  it('reads "laut X" before its claim', () => {
    const a = byCue(de('Laut Feuerwehr brach der Brand in einer Lagerhalle aus.'), 'Laut');
    expect(seen(a)).toEqual(['Laut', 'Feuerwehr', 'Feuerwehr', 'organization']);
    expect(claimOf(a)).toBe('brach der Brand in einer Lagerhalle aus');
  });

  it('reads a study as a document after "laut"', () => {
    const a = byCue(
      de('Laut einer Studie der Universität Leipzig schlafen Jugendliche zu wenig.'),
      'Laut',
    );
    expect([a.kind, claimOf(a)]).toEqual(['document', 'schlafen Jugendliche zu wenig']);
  });

  it('reads "X zufolge" with its source before it', () => {
    const a = byCue(de('Einem Gutachten zufolge ist die Brücke nicht mehr sicher.'), 'zufolge');
    expect(seen(a)).toEqual(['zufolge', 'Einem Gutachten', 'Gutachten', 'document']);
    expect(claimOf(a)).toBe('ist die Brücke nicht mehr sicher');
  });

  it('reads "nach Angaben von X" and "nach ersten Erkenntnissen der X"', () => {
    const given = byCue(
      de('Nach Angaben von Greenpeace wurden im Fluss hohe Giftwerte gemessen.'),
      'Nach Angaben von',
    );
    expect(seen(given)).toEqual(['Nach Angaben von', 'Greenpeace', 'Greenpeace', 'organization']);
    const found = de('Nach ersten Erkenntnissen der Polizei war der Fahrer zu schnell unterwegs.');
    expect(found.map(seen)).toEqual([
      ['Nach ersten Erkenntnissen der', 'Polizei', 'Polizei', 'organization'],
    ]);
  });

  it('reads "nach Informationen des Spiegels" as a news outlet', () => {
    const [a] = de('Nach Informationen des Spiegels will die Regierung das Gesetz ändern.');
    expect([a?.kind, a && claimOf(a)]).toEqual(['media', 'will die Regierung das Gesetz ändern']);
  });

  it('reads "so X" as a tag after what X said', () => {
    const a = byCue(
      de('Die Pläne seien „nicht zu Ende gedacht“, so Gewerkschaftschef Bernd Albers.'),
      'so',
    );
    expect(seen(a)).toEqual(['so', 'Gewerkschaftschef Bernd Albers', 'Bernd Albers', 'person']);
    expect(claimOf(a)).toBe('Die Pläne seien „nicht zu Ende gedacht“');
  });

  it('reads "heißt es" as a report resting on the document it is written in', () => {
    const a = byCue(
      de('In dem Schreiben heißt es, die Zahlungen würden im Herbst eingestellt.'),
      'heißt es',
    );
    expect(seen(a)).toEqual(['heißt es', 'dem Schreiben', 'Schreiben', 'document']);
    expect(claimOf(a)).toBe('die Zahlungen würden im Herbst eingestellt');
  });
});

describe('German sources and claims around quote marks', () => {
  it('reads an outlet named in quote marks as part of its phrase', () => {
    const found = de(
      'Laut einem Bericht des „Spiegel“ wusste das Kanzleramt seit Wochen davon. Laut „Handelsblatt“ ist der Vertrag unterschrieben.',
    );
    expect(found.map(seen)).toEqual([
      ['Laut', 'einem Bericht des „Spiegel“', 'Spiegel', 'media'],
      ['Laut', '„Handelsblatt“', 'Handelsblatt', 'media'],
    ]);
    expect(found.map(claimOf)).toEqual([
      'wusste das Kanzleramt seit Wochen davon',
      'ist der Vertrag unterschrieben',
    ]);
  });

  it('reads no particle after a verb that closes its clause: "Wie ein Sprecher sagte, fallen Züge aus"', () => {
    const a = byCue(
      de('Wie ein Sprecher der Deutschen Bahn sagte, fallen zahlreiche Züge aus.'),
      'sagte',
    );
    expect(seen(a)).toEqual([
      'sagte',
      'ein Sprecher der Deutschen Bahn',
      'ein Sprecher der Deutschen Bahn',
      'unnamed',
    ]);
    expect(claimOf(a)).toBe('fallen zahlreiche Züge aus');
    // Near miss: a particle in the verb's own clause still closes it.
    expect(
      claimOf(byCue(de('Der Sprecher führte am Montag aus, die Züge seien voll.'), 'führte')),
    ).toBe('die Züge seien voll');
  });

  it('reads "warnte vor „...“": a preposition before a quote is no separable particle', () => {
    const a = byCue(
      de('Die Ökonomin Veronika Grimm warnte vor „überhasteten Kürzungen“.'),
      'warnte',
    );
    expect(seen(a)).toEqual(['warnte', 'Die Ökonomin Veronika Grimm', 'Veronika Grimm', 'person']);
    expect(claimOf(a)).toBe('überhasteten Kürzungen');
  });
});

describe('German names after the noun that describes them', () => {
  it('names a person after a word for an expert or a hyphenated role', () => {
    const found = de(
      'Die Ökonomin Veronika Grimm sagte, die Lage sei ernst. „Das trifft wieder die Falschen“, erklärte IG-Metall-Chefin Christiane Benner.',
    );
    expect(found.map(seen)).toEqual([
      ['sagte', 'Die Ökonomin Veronika Grimm', 'Veronika Grimm', 'person'],
      ['erklärte', 'IG-Metall-Chefin Christiane Benner', 'Christiane Benner', 'person'],
    ]);
  });

  it('tells a body by its compound in any case ending: "des Statistischen Bundesamtes"', () => {
    const a = byCue(
      de('Nach Angaben des Statistischen Bundesamtes stieg die Zahl der Insolvenzen.'),
      'Nach Angaben des',
    );
    expect(a.kind).toBe('organization');
  });
});

describe('whom it was said to, in the dative, is not the speaker', () => {
  it('ends the speaker before "dem Sender"', () => {
    const a = byCue(
      de('Das sei ein Fehler gewesen, sagte der Kanzler dem Sender am Dienstag.'),
      'sagte',
    );
    expect(a.source?.text).toBe('der Kanzler');
    expect(claimOf(a)).toBe('Das sei ein Fehler gewesen');
  });

  it('ends a named speaker before "der Zeitung" and before a quoted outlet', () => {
    expect(
      byCue(de('Die Gespräche seien abgebrochen worden, sagte Scholz der Zeitung.'), 'sagte').source
        ?.text,
    ).toBe('Scholz');
    expect(
      seen(byCue(de('Die Lage sei ernst, sagte Friedrich Merz der „Bild“.'), 'sagte')),
    ).toEqual(['sagte', 'Friedrich Merz', 'Friedrich Merz', 'person']);
  });

  it('starts the claim after "den Journalisten,"', () => {
    const a = byCue(
      de('Am Montag sagte die Ministerin den Journalisten, die Lage sei ernst.'),
      'sagte',
    );
    expect(a.source?.text).toBe('die Ministerin');
    expect(claimOf(a)).toBe('die Lage sei ernst');
  });

  it('keeps a genitive after a noun with its article: "der Sprecher der Zeitung"', () => {
    expect(
      byCue(de('Die Lage sei ernst, sagte der Sprecher der Zeitung.'), 'sagte').source?.text,
    ).toBe('der Sprecher der Zeitung');
    expect(
      byCue(de('Die Lage sei ernst, sagte ein Sprecher von dem Ministerium.'), 'sagte').source
        ?.text,
    ).toBe('ein Sprecher von dem Ministerium');
  });
});

describe('what an outlet learned, as a tag or a "wie" clause', () => {
  it('credits "wie der Spiegel erfuhr" to Der Spiegel', () => {
    const a = byCue(de('Der Minister will zurücktreten, wie der Spiegel erfuhr.'), 'erfuhr');
    expect(seen(a)).toEqual(['erfuhr', 'der Spiegel', 'Der Spiegel', 'media']);
    expect(claimOf(a)).toBe('Der Minister will zurücktreten');
  });

  it('credits "Wie das Handelsblatt aus Unternehmenskreisen erfuhr" to the Handelsblatt', () => {
    const a = byCue(
      de(
        'Wie das Handelsblatt aus Unternehmenskreisen erfuhr, will der Konzern 2000 Stellen streichen.',
      ),
      'erfuhr',
    );
    expect(seen(a)).toEqual(['erfuhr', 'das Handelsblatt', 'Handelsblatt', 'media']);
  });

  it('does not read what someone learned as a report', () => {
    expect(de('Er erfuhr, dass seine Mutter krank war.')).toEqual([]);
  });
});

describe('an outlet’s own reporting in German', () => {
  it('reads "Nach unseren Informationen" as the outlet', () => {
    const a = byCue(de('Nach unseren Informationen will der Minister zurücktreten.'), 'Nach');
    expect(seen(a)).toEqual(['Nach', 'unseren Informationen', 'unseren Informationen', 'media']);
  });

  it('still names the outlet of "Nach Informationen des Spiegel"', () => {
    const [a] = de('Nach Informationen des Spiegel will der Minister zurücktreten.');
    expect(a?.name).toBe('Der Spiegel');
    expect(a?.kind).toBe('media');
  });
});

describe('an "according to" set inside its clause', () => {
  it('attributes the whole sentence around "laut einem Bericht"', () => {
    const a = byCue(
      de('Die Bundesregierung rechnet laut einem Bericht des Handelsblatts mit höheren Kosten.'),
      'laut',
    );
    expect(claimOf(a)).toBe(
      'Die Bundesregierung rechnet laut einem Bericht des Handelsblatts mit höheren Kosten',
    );
  });

  it('keeps the rest of the sentence after a fronted "Laut Polizei"', () => {
    expect(claimOf(byCue(de('Laut Polizei wurde niemand verletzt.'), 'Laut'))).toBe(
      'wurde niemand verletzt',
    );
  });
});

describe('German outlets in another case are named as they name themselves', () => {
  it('names "des Handelsblatts" Handelsblatt', () => {
    expect(
      byCue(
        de('Die Bundesregierung rechnet laut einem Bericht des Handelsblatts mit höheren Kosten.'),
        'laut',
      ).name,
    ).toBe('Handelsblatt');
  });

  it('names "Nach Informationen der Deutschen Presse-Agentur" the agency, as media', () => {
    const a = byCue(
      de('Nach Informationen der Deutschen Presse-Agentur wurde niemand verletzt.'),
      'Nach Informationen der',
    );
    expect([a.name, a.kind]).toEqual(['Deutsche Presse-Agentur', 'media']);
  });

  it('ends a pronoun speaker before the newspaper it spoke to', () => {
    expect(
      byCue(de('Sie sagte der Süddeutschen Zeitung, der Plan sei gescheitert.'), 'sagte').source
        ?.text,
    ).toBe('Sie');
  });
});

describe('German impersonal reports that say where they came from', () => {
  it('credits "hieß es aus dem Finanzministerium" to the ministry', () => {
    const a = byCue(
      de('Die Verhandlungen seien gescheitert, hieß es aus dem Finanzministerium.'),
      'hieß es',
    );
    expect(seen(a)).toEqual([
      'hieß es',
      'dem Finanzministerium',
      'Finanzministerium',
      'organization',
    ]);
    expect(claimOf(a)).toBe('Die Verhandlungen seien gescheitert');
  });

  it('reads "Aus Regierungskreisen hieß es" as an unnamed source', () => {
    const a = byCue(
      de('Aus Regierungskreisen hieß es, die Verhandlungen seien gescheitert.'),
      'hieß es',
    );
    expect(seen(a)).toEqual(['hieß es', 'Regierungskreisen', 'Regierungskreisen', 'unnamed']);
    expect(claimOf(a)).toBe('die Verhandlungen seien gescheitert');
  });

  it('leaves "hieß es" with no source when nothing says where from', () => {
    const a = byCue(de('Die Verhandlungen seien gescheitert, hieß es am Abend.'), 'hieß es');
    expect(seen(a)).toEqual(['hieß es', null, null, 'none']);
  });
});

describe('German hedges', () => {
  it('reads hearsay "soll ... gewusst haben" as a claim with no source', () => {
    const a = byCue(de('Der frühere Landrat soll von den Zahlungen gewusst haben.'), 'soll');
    expect(seen(a)).toEqual(['soll', null, null, 'none']);
    expect(claimOf(a)).toBe('Der frühere Landrat soll von den Zahlungen gewusst haben');
  });

  it('reads "angeblich" as a hedge', () => {
    const a = byCue(de('Angeblich hatte der Verein die Spieler nicht bezahlt.'), 'Angeblich');
    expect(seen(a)).toEqual(['Angeblich', null, null, 'none']);
  });
});

describe('what is no attribution in German', () => {
  it('reads "soll" of a plan as no hedge', () => {
    expect(de('Die neue Brücke soll im nächsten Jahr eröffnet werden.')).toEqual([]);
  });

  it('reads "so" of degree as no "so X"', () => {
    expect(de('Das Wetter war so schlecht, dass der Flug ausfiel.')).toEqual([]);
  });

  it('reads a verb spelled as a capitalised noun as a noun', () => {
    expect(de('Die Versicherten der Kasse erhalten im Mai einen Brief.')).toEqual([]);
  });

  it('reads an infinitive after "zu" or a modal as no report', () => {
    expect(de('Die Polizei konnte den Fund zunächst nicht bestätigen.')).toEqual([]);
    expect(de('Es ist schwer zu sagen, wann die Straße wieder frei ist.')).toEqual([]);
  });

  it("reads a plain verb closed by another verb's particle as that other verb", () => {
    expect(de('Für die ganze Region riefen die Behörden den Notstand aus.')).toEqual([]);
  });

  it('reads "laut" as an adjective when no source follows', () => {
    expect(de('Im Saal wurde es plötzlich sehr laut.')).toEqual([]);
  });

  it('names an outlet after its article in another case by its own name ("des Spiegel" is Der Spiegel)', () => {
    const found = de(
      'Nach Informationen des Spiegel soll die Bahn neue Züge bestellen. Die Bahn plant Kürzungen, berichtet der Spiegel.',
    );
    expect(seen(byCue(found, 'Nach Informationen des'))).toEqual([
      'Nach Informationen des',
      'Spiegel',
      'Der Spiegel',
      'media',
    ]);
    expect(byCue(found, 'berichtet').name).toBe('Der Spiegel');
  });

  it('reads an outlet that writes its name in lower case, or as a web address, as a source', () => {
    const found = de(
      'Laut heise online steigen die Preise für Speicherchips. Die Lieferzeiten wachsen, berichtet tagesschau.de.',
    );
    expect(seen(byCue(found, 'Laut'))).toEqual(['Laut', 'heise online', 'heise online', 'media']);
    expect(seen(byCue(found, 'berichtet'))).toEqual([
      'berichtet',
      'tagesschau.de',
      'tagesschau.de',
      'media',
    ]);
  });

  it('starts the claim after whom it was said to ("sagte dem Spiegel, ...", "der „Süddeutschen Zeitung“")', () => {
    const found = de(
      'Die Ministerin sagte der „Süddeutschen Zeitung“, sie werde nicht zurücktreten. ' +
        'Der Bürgermeister sagte den Zeitungen der Funke-Mediengruppe, die Brücke bleibe gesperrt.',
    );
    expect(found.map(claimOf)).toEqual([
      'sie werde nicht zurücktreten',
      'die Brücke bleibe gesperrt',
    ]);
  });
});

describe('a German speaker with the party in brackets or a compound role', () => {
  it('reads the speaker before the verb with the party after the name', () => {
    const found = byCue(
      de('Bundeskanzler Olaf Scholz (SPD) erklärte, man werde handeln.'),
      'erklärte',
    );
    expect(seen(found)).toEqual([
      'erklärte',
      'Bundeskanzler Olaf Scholz (SPD)',
      'Olaf Scholz',
      'person',
    ]);
    expect(claimOf(found)).toBe('man werde handeln');
  });

  it('names the person after a role written as one word with its office', () => {
    const found = byCue(de('Bundesfamilienministerin Kristina Schröder sagte, das gehe.'), 'sagte');
    expect(seen(found).slice(2)).toEqual(['Kristina Schröder', 'person']);
  });
});

describe('when, where and to whom it was said stand before the comma that opens the claim', () => {
  it('starts the claim after the comma, not at the words of the setting', () => {
    const claims = [
      'Der Minister erklärte am Montag in Berlin, die Lage sei ernst.',
      'Die Ministerin sagte hierzu der Süddeutschen Zeitung, sie könne sich das vorstellen.',
      'Der Sprecher sagte dazu auf Anfrage, man prüfe den Fall.',
    ].map((text) => claimOf(de(text)[0] as Attribution));
    expect(claims).toEqual([
      'die Lage sei ernst',
      'sie könne sich das vorstellen',
      'man prüfe den Fall',
    ]);
  });
});

describe('a speaker’s phrase ends on no article', () => {
  it('leaves an article whose outlet was whom it was told out of the speaker', () => {
    const found = byCue(
      de('Wie ein Polizeisprecher der dpa sagte, wurde niemand verletzt.'),
      'sagte',
    );
    expect(found.source?.text).toBe('ein Polizeisprecher');
  });
});

describe('reports and rumours as the source of "zufolge"', () => {
  it('rests on the reports a bare plural names, at the start or inside the clause', () => {
    const opening = byCue(
      de('Medienberichten zufolge will der Konzern Stellen streichen.'),
      'zufolge',
    );
    expect(seen(opening)).toEqual(['zufolge', 'Medienberichten', 'Medien', 'media']);
    const inside = byCue(de('Der Konzern will Berichten zufolge Stellen streichen.'), 'zufolge');
    expect(seen(inside)).toEqual(['zufolge', 'Berichten', 'Berichten', 'document']);
  });

  it('ends a phrase before "zufolge" at the clause’s own verb', () => {
    const text = 'Der Konzern will einem Bericht des Spiegel zufolge Stellen streichen.';
    expect(byCue(de(text), 'zufolge').source?.text).toBe('einem Bericht des Spiegel');
  });
});

describe('German names in the genitive after "nach" and "laut"', () => {
  it('names who spoke in "nach Merkels Worten", and a place in "nach Ansicht Russlands"', () => {
    const [merkel] = de(
      'Kanzlerin Angela Merkel reiste nach Paris. Nach Merkels Worten ist die Lage ernst.',
    );
    expect(merkel && [...seen(merkel), claimOf(merkel)]).toEqual([
      'Nach',
      'Merkels Worten',
      'Angela Merkel',
      'person',
      'ist die Lage ernst',
    ]);
    expect(
      seen(byCue(de('Nach Ansicht Russlands gilt das auch für das Flugzeug.'), 'Nach Ansicht')),
    ).toEqual(['Nach Ansicht', 'Russlands', 'Russland', 'organization']);
    expect(
      seen(
        byCue(
          de(
            'Der Imam Ahmed Ibrahim war vor Ort. Nach Angaben Ibrahims wurden 45 Menschen getötet.',
          ),
          'Nach Angaben',
        ),
      )[2],
    ).toBe('Ahmed Ibrahim');
  });

  it('leaves a name that is its own after "laut" whole', () => {
    // Near miss: "Airbus" ends in -s and is no genitive.
    expect(
      seen(byCue(de('Laut Airbus liegen Bestellungen für 184 Flugzeuge vor.'), 'Laut'))[2],
    ).toBe('Airbus');
  });
});

describe('German people behind a declined role', () => {
  it('names the person after a role in the genitive ("des Gouverneurs Nasser Baoum")', () => {
    expect(
      seen(
        byCue(
          de('Nach Angaben des Gouverneurs Nasser Baoum kommen die Verhandlungen voran.'),
          'Nach Angaben des',
        ),
      ),
    ).toEqual(['Nach Angaben des', 'Gouverneurs Nasser Baoum', 'Nasser Baoum', 'person']);
    expect(
      seen(
        byCue(
          de('Nach Auffassung des CDU-Fraktionsvorsitzenden Hartmut Perschau ist das untragbar.'),
          'Nach Auffassung des',
        ),
      )[2],
    ).toBe('Hartmut Perschau');
  });

  it('takes no one in the genitive complement of the subject’s noun as its speaker', () => {
    const [a] = de(
      'Der Nachfolger des zurückgetretenen Airbus-Chefs Christian Streiff, Thomas Enders, hat angekündigt, die Sanierung werde Stellen kosten.',
    );
    expect(a?.name).toBe('Thomas Enders');
    const [b] = de(
      'Der Nachfolger des Airbus-Chefs Christian Streiff hat angekündigt, die Sanierung werde Stellen kosten.',
    );
    expect(b && seen(b).slice(2)).toEqual([
      'Der Nachfolger des Airbus-Chefs Christian Streiff',
      'unnamed',
    ]);
    // Near miss: a document's owner in the genitive is who says so.
    expect(
      seen(
        byCue(
          de('In einer Erklärung des Präsidenten Barack Obama heißt es, die Lage sei ernst.'),
          'heißt es',
        ),
      )[2],
    ).toBe('Barack Obama');
  });
});

describe('German court and inquiry papers', () => {
  it('reads an indictment or an autopsy as a document: "laut Anklage", "laut Obduktion"', () => {
    expect(
      seen(byCue(de('Der 45-Jährige soll laut Anklage mehrere Frauen bedroht haben.'), 'laut')),
    ).toEqual(['laut', 'Anklage', 'Anklage', 'document']);
    expect(seen(byCue(de('Laut Obduktion starb das Opfer an Stichverletzungen.'), 'Laut'))[3]).toBe(
      'document',
    );
  });
});

describe('German compounds of a speaker and what was said', () => {
  it('names the speaker the compound opens on: "laut Polizeiangaben", "nach UN-Angaben"', () => {
    const shown = (text: string, cue: string) => seen(byCue(de(text), cue)).slice(2);
    expect(shown('Laut Polizeiangaben starben zehn Menschen.', 'Laut')).toEqual([
      'Polizei',
      'organization',
    ]);
    expect(shown('Laut UN-Angaben starben 50 Menschen.', 'Laut')).toEqual(['UN', 'organization']);
    expect(shown('Laut Medienberichten sank der Umsatz.', 'Laut')).toEqual(['Medien', 'media']);
    expect(shown('Nach Unternehmensangaben sank der Umsatz.', 'Nach')).toEqual([
      'Unternehmen',
      'organization',
    ]);
    // Near miss: a compound that names no one stays as written.
    expect(shown('Laut Schätzungsangaben sank der Umsatz.', 'Laut')).toEqual([
      'Schätzungsangaben',
      'unnamed',
    ]);
  });
});
