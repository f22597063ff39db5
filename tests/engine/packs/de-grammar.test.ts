import { describe, expect, it } from 'vitest';
import { VerbUse } from '../../../src/engine/packs/compile';
import { GERMAN } from '../../../src/engine/packs/de';
import { grammar } from '../../../src/engine/packs/de/grammar';

describe('German weak verbs inflect by rule', () => {
  it('makes the third person, the Präteritum and the participle with ge-', () => {
    expect(grammar.inflect('sagen')).toEqual({
      finite: ['sagt', 'sagen', 'sagte', 'sagten'],
      participles: ['gesagt'],
      gerunds: [],
    });
    expect(grammar.inflect('warnen').participles).toEqual(['gewarnt']);
    expect(grammar.inflect('mahnen').finite).toContain('mahnte');
  });

  it('puts an e before -t after a stem in -t, -d or a consonant and -n', () => {
    expect(grammar.inflect('melden').finite).toEqual(['meldet', 'melden', 'meldete', 'meldeten']);
    expect(grammar.inflect('antworten').participles).toEqual(['geantwortet']);
    expect(grammar.inflect('leugnen').finite).toContain('leugnete');
    expect(grammar.inflect('rechnen').finite).toContain('rechnet');
  });

  it('gives no ge- to inseparable prefixes and -ieren verbs', () => {
    expect(grammar.inflect('erklären').participles).toEqual(['erklärt']);
    expect(grammar.inflect('betonen').participles).toEqual(['betont']);
    expect(grammar.inflect('verkünden').finite).toEqual([
      'verkündet',
      'verkünden',
      'verkündete',
      'verkündeten',
    ]);
    expect(grammar.inflect('entgegnen').participles).toEqual(['entgegnet']);
    expect(grammar.inflect('unterrichten').participles).toEqual(['unterrichtet']);
    expect(grammar.inflect('kritisieren').participles).toEqual(['kritisiert']);
    // Not prefixes: "beten" and "ernten" take their ge-.
    expect(grammar.inflect('beten').participles).toEqual(['gebetet']);
    expect(grammar.inflect('ernten').participles).toEqual(['geerntet']);
  });

  it('inflects verbs in -ern and -eln on their whole stem', () => {
    expect(grammar.inflect('äußern').finite).toEqual(['äußert', 'äußern', 'äußerte', 'äußerten']);
    expect(grammar.inflect('schildern').participles).toEqual(['geschildert']);
    expect(grammar.inflect('erläutern').participles).toEqual(['erläutert']);
  });
});

describe('the German lexicon compiles', () => {
  const spelling = (word: string) => {
    const found = GERMAN.verbs.get(word);
    return found && [found.lemma, VerbUse[found.use], found.particle];
  };

  it('reads weak, strong, separable and inseparable verbs in their written forms', () => {
    const expected: Record<string, [string, string, string | null]> = {
      sagte: ['sagen', 'Finite', null],
      sagen: ['sagen', 'Finite', null],
      gesagt: ['sagen', 'Participle', null],
      erklärte: ['erklären', 'Finite', null],
      betonte: ['betonen', 'Finite', null],
      berichtet: ['berichten', 'Finite', null],
      geäußert: ['äußern', 'Participle', null],
      schrieb: ['schreiben', 'Finite', null],
      geschrieben: ['schreiben', 'Participle', null],
      sprach: ['sprechen', 'Finite', null],
      unterstrich: ['unterstreichen', 'Finite', null],
      teilte: ['mitteilen', 'Finite', 'mit'],
      mitgeteilt: ['mitteilen', 'Participle', null],
      // Written whole, the verb ends a subordinate clause: "wie sie mitteilte", "wie sie mitteilen".
      mitteilte: ['mitteilen', 'Finite', null],
      mitteilen: ['mitteilen', 'Finite', null],
      bekanntgab: ['bekanntgeben', 'Finite', null],
      kündigte: ['ankündigen', 'Finite', 'an'],
      angekündigt: ['ankündigen', 'Participle', null],
      fügte: ['hinzufügen', 'Finite', 'hinzu'],
      räumte: ['einräumen', 'Finite', 'ein'],
      eingeräumt: ['einräumen', 'Participle', null],
      zugegeben: ['zugeben', 'Participle', null],
      bekanntgegeben: ['bekanntgeben', 'Participle', null],
      hob: ['hervorheben', 'Finite', 'hervor'],
      hervorgehoben: ['hervorheben', 'Participle', null],
      warf: ['vorwerfen', 'Finite', 'vor'],
      zurückgewiesen: ['zurückweisen', 'Participle', null],
      festgestellt: ['feststellen', 'Participle', null],
    };
    for (const [word, reading] of Object.entries(expected)) {
      expect(spelling(word), word).toEqual(reading);
    }
  });

  it('keeps every separable verb a finite spelling may be, each with its particle', () => {
    const gab = GERMAN.verbs.get('gab');
    const readings = gab ? [gab, ...(gab.others ?? [])] : [];
    expect(readings.map((r) => [r.lemma, r.particle])).toEqual([
      ['bekanntgeben', 'bekannt'],
      ['angeben', 'an'],
      ['zugeben', 'zu'],
      ['preisgeben', 'preis'],
    ]);
    const sagte = GERMAN.verbs.get('sagte');
    expect([sagte?.lemma, sagte?.particle]).toEqual(['sagen', null]);
    expect(sagte?.others?.map((r) => r.lemma)).toContain('zusagen');
  });

  it('holds the phrases as their words, and knows no spelling it was not given', () => {
    expect(GERMAN.according.get('nach')?.byWordAfterGap.get('angaben')).toContainEqual([
      'nach',
      '…',
      'angaben',
      'von',
    ]);
    expect(GERMAN.according.get('laut')?.always).toEqual([['laut']]);
    expect(GERMAN.accordingAfter.get('zufolge')).toEqual([['zufolge']]);
    expect(GERMAN.impersonal.get('heißt')).toEqual([['heißt', 'es']]);
    expect(GERMAN.hedges.has('soll')).toBe(true);
    expect(GERMAN.titles.has('frau')).toBe(true);
    expect(GERMAN.firstNames.size).toBeGreaterThan(300);
    expect(GERMAN.verbs.has('sage')).toBe(false);
    expect(GERMAN.verbs.has('gesagen')).toBe(false);
  });
});
