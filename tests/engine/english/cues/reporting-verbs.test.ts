import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../../helpers';

describe('reporting verbs', () => {
  it('finds the speaker before the verb, in every tense', () => {
    const text =
      'Mayor Lena Ortiz said the bridge would reopen in May. The engineer has said the cables are sound. ' +
      'Inspectors say the repairs are on schedule. The contractor says costs doubled.';
    expect(read(text).map(seen)).toEqual([
      ['said', 'Mayor Lena Ortiz', 'Lena Ortiz', 'person'],
      ['has said', 'The engineer', 'The engineer', 'unnamed'],
      ['say', 'Inspectors', 'Inspectors', 'unnamed'],
      ['says', 'The contractor', 'The contractor', 'unnamed'],
    ]);
  });

  it('reads the claim after the verb, "that" included, without the final period', () => {
    const found = read('Ortiz noted that the ferry will run all winter.');
    expect(byCue(found, 'noted').content?.text).toBe('that the ferry will run all winter');
  });

  it('finds the speaker after the verb in an inverted attribution', () => {
    const found = read('The tunnel will close for a week, said Tom Reyes, the city engineer.');
    const a = byCue(found, 'said');
    expect(a.source?.text).toBe('Tom Reyes, the city engineer');
    expect(a.name).toBe('Tom Reyes');
    expect(a.content?.text).toBe('The tunnel will close for a week');
  });

  it('keeps an appositive between commas with its speaker', () => {
    const found = read('Ana Duarte, a spokeswoman for the port, said the cranes were idle.');
    const a = byCue(found, 'said');
    expect(a.source?.text).toBe('Ana Duarte, a spokeswoman for the port');
    expect([a.name, a.kind]).toEqual(['Ana Duarte', 'person']);
    expect(a.content?.text).toBe('the cranes were idle');
  });

  it('reads a sentence-final attribution, the claim before it', () => {
    const found = read('Rents rose faster than wages last year, the Harbor Tribune wrote.');
    const a = byCue(found, 'wrote');
    expect(seen(a)).toEqual(['wrote', 'the Harbor Tribune', 'Harbor Tribune', 'media']);
    expect(a.content?.text).toBe('Rents rose faster than wages last year');
  });

  it('knows the rest of the lexicon: added, tweeted, announced, argued, claimed, denied, confirmed, warned, insisted, acknowledged, explained, testified, alleged', () => {
    const verbs = [
      'added',
      'tweeted',
      'announced',
      'argued',
      'claimed',
      'denied',
      'confirmed',
      'warned',
      'insisted',
      'acknowledged',
      'explained',
      'testified',
      'alleged',
    ];
    for (const verb of verbs) {
      const found = read(`The treasurer ${verb} that the budget was balanced.`);
      expect(seen(byCue(found, verb))).toEqual([verb, 'The treasurer', 'The treasurer', 'unnamed']);
    }
  });

  it('skips whom a speaker told: "told reporters", "told the Gazette on Monday"', () => {
    const found = read(
      'Reyes told reporters the tunnel was safe. Ortiz told the Gazette on Monday that she would run again.',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content?.text])).toEqual([
      ['told', 'Reyes', 'the tunnel was safe'],
      ['told', 'Ortiz', 'that she would run again'],
    ]);
  });

  it('takes "said in a statement" and "said on Twitter" as one cue', () => {
    const found = read(
      'The airline said in a statement that no flights were affected. Ortiz said on Twitter that the vote was fair.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['said in a statement', 'said on Twitter']);
    expect(found[0]?.content?.text).toBe('that no flights were affected');
  });

  it('takes a participle that describes the statement into the cue, not the claim', () => {
    const found = read(
      'The ministry said in a statement posted on Telegram that air defenses had shot down 20 drones. ' +
        'The mayor said in a video posted on Facebook: "We will rebuild."',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content?.text])).toEqual([
      [
        'said in a statement posted on Telegram',
        'The ministry',
        'that air defenses had shot down 20 drones',
      ],
      ['said in a video posted on Facebook:', 'The mayor', '"We will rebuild."'],
    ]);
    // Near miss: a participle with no claim after it is no part of the means.
    expect(
      read('The ministry said in a statement released on Monday, which was short.').map(
        (a) => a.cue.text,
      ),
    ).not.toContain('said in a statement released on Monday');
  });

  it('gives a participle the subject of its clause: "..., adding that"', () => {
    const found = read(
      'Governor Paul Lind vetoed the bill on Friday, saying it would raise taxes.',
    );
    const a = byCue(found, 'saying');
    expect([a.source?.text, a.name]).toEqual(['Governor Paul Lind', 'Paul Lind']);
    expect(a.content?.text).toBe('it would raise taxes');
  });

  it('does not mistake nouns and adjectives for verbs', () => {
    const text =
      'The said agreement expired. His remarks drew applause. The report was late. ' +
      'Swing states matter. She had a say in it. The talk show ended. He was found guilty.';
    expect(read(text)).toEqual([]);
  });
});

describe('participles and passives', () => {
  it('gives a participle after an adverb the subject of its clause, not the preposition', () => {
    const found = read(
      'The student found the flaw in March, after privately reporting it to the vendor.',
    );
    const a = byCue(found, 'privately reporting');
    expect(a.source?.text).toBe('The student');
  });

  it('reads "we’re told" as a passive with no source, its claim before it or after it', () => {
    const before = byCue(read('The singer has left her label, we’re told.'), '’re told');
    expect([before.source, before.kind, before.content?.text]).toEqual([
      null,
      'none',
      'The singer has left her label',
    ]);
    const after = byCue(read('We are told the ferry deal collapsed.'), 'are told');
    expect(after.content?.text).toBe('the ferry deal collapsed');
  });
});

describe('verbs that report only in one construction', () => {
  it('reads "divulged that" and "accuse X of" as reports', () => {
    const found = read(
      'Port officials also divulged that the dredger had failed. Many fishermen accuse the board of ignoring the silt.',
    );
    expect(byCue(found, 'also divulged').content?.text).toBe('that the dredger had failed');
    expect(byCue(found, 'accuse').source?.text).toBe('Many fishermen');
    const aside = read(
      'Anglers accuse the board, which ran the port until 2019, of ignoring the silt.',
    );
    expect(aside.map((a) => a.cue.text)).toEqual(['accuse']);
  });

  it('reads "held that" and "has learned" only with a clause after or a claim before', () => {
    const found = read(
      'The tribunal has held that a mooring is property. The singer has left her label, the Gazette has learned.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['has held', 'has learned']);
    expect(byCue(found, 'has learned').content?.text).toBe('The singer has left her label');
    expect(read('The club held a vote that ran late. The two learned of a meeting.')).toEqual([]);
  });

  it('reads "called X “...”" as a report, but not "what he called" or "called for"', () => {
    const found = read('The mayor called the toll plan “a disgrace”.');
    expect(byCue(found, 'called').source?.text).toBe('The mayor');
    const named = read(
      'She mocked what the minister called a “minor delay”. He is calling for “calm”.',
    );
    expect(named.map((a) => a.cue.text)).not.toContain('called');
    expect(named.map((a) => a.cue.text)).not.toContain('is calling');
  });

  it('reads a document that "reads" a quote, a name that "states" one, and "posted to"', () => {
    const found = read(
      'The notice from the council reads: “Roads closed until Friday.” Vale states, “The roads are closed.” ' +
        'The harbour master posted to Facebook: “The pier is shut.”',
    );
    expect(byCue(found, 'reads:').source?.text).toBe('The notice from the council');
    expect(byCue(found, 'states').content?.text).toBe('“The roads are closed.”');
    const study = read('As the study states: “The port is silting up.”');
    expect(byCue(study, 'states:').source?.text).toBe('the study');
    expect(byCue(found, 'posted').content?.text).toBe('“The pier is shut.”');
    expect(read('She reads novels. A picture she posted to Instagram went viral.')).toEqual([]);
  });

  it('reads "summed up ...:" as a report of what follows the colon', () => {
    const found = read('Vale summed up the mood: “We are finished.”');
    expect(byCue(found, 'summed up').source?.text).toBe('Vale');
    expect(byCue(found, 'summed up').content?.text).toBe('“We are finished.”');
  });

  it('reads "continued" beside a quote as speech, and not a process that goes on', () => {
    const found = read(
      '“The dredging will wait,” the harbour master continued. She continued: “We need a survey.” Prices continued to rise. To keep the work going, the board will meet.',
    );
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content?.text])).toEqual([
      ['continued', 'the harbour master', '“The dredging will wait,”'],
      ['continued:', 'She', '“We need a survey.”'],
    ]);
  });
});

describe('rulings', () => {
  it('reads a court that rules that something is so, past when and by how much', () => {
    const shown = (text: string) =>
      read(text).map((a) => [a.cue.text, a.source?.text, a.kind, a.content?.text]);
    expect(shown('The Supreme Court ruled that the law was unconstitutional.')).toEqual([
      ['ruled', 'The Supreme Court', 'organization', 'that the law was unconstitutional'],
    ]);
    expect(shown('A federal judge ruled on Friday that the ban could stay.')).toEqual([
      ['ruled', 'A federal judge', 'unnamed', 'that the ban could stay'],
    ]);
    // The tally is how the court ruled, not what it ruled.
    expect(shown('The court ruled 6-3 that the law was unconstitutional.')).toEqual([
      ['ruled', 'The court', 'organization', 'that the law was unconstitutional'],
    ]);
    // Near misses: ruling over, ruling out, a ruling for someone, and rules that do something.
    expect(
      shown('Putin has ruled Russia for 25 years. The party has ruled out a coalition.'),
    ).toEqual([]);
    expect(shown('The judge ruled in favor of the company.')).toEqual([]);
    expect(
      shown('Mr. Obama unveiled a set of Clean Air Act rules that could lead to closures.'),
    ).toEqual([]);
  });
});

describe('a report set off by commas, its agent after "by"', () => {
  it('names the agent of "X, first reported by Y," as the source', () => {
    const found = read('The plan, first reported by Axios, would cut funding by half.');
    expect(found.map((a) => [a.cue.text, a.source?.text, a.kind])).toEqual([
      ['first reported', 'Axios', 'media'],
    ]);
    // Near misses: "by" before a means or a gerund names no one.
    expect(
      read('The senator, clearly frustrated, responded by pointing at the crowd.').map(
        (a) => a.source?.text,
      ),
    ).not.toContain('pointing at the crowd');
    expect(
      read('Her husband, retired, said by telephone that he was fine.').map((a) => a.source?.text),
    ).not.toContain('telephone');
  });

  it('reads "determined that" as a finding, and no other "determined"', () => {
    const text =
      'Medical examiners determined that the victim died of blunt force trauma. ' +
      'An autopsy determined that he had drowned. Investigators have determined the cause of the fire. ' +
      'She was determined to win. The study determined this by counting the votes.';
    expect(read(text).map(seen)).toEqual([
      ['determined', 'Medical examiners', 'Medical examiners', 'unnamed'],
      ['determined', 'An autopsy', 'An autopsy', 'unnamed'],
    ]);
  });

  it('keeps a means named by two words in the cue: "wrote in a Facebook post"', () => {
    const cues = (text: string) => read(text).map((a) => a.cue.text);
    expect(cues('"I just want answers," the victim\'s sister wrote in a Facebook post.')).toEqual([
      'wrote in a Facebook post',
    ]);
    expect(cues('He said in a conference call with reporters that sales fell.')).toEqual([
      'said in a conference call',
    ]);
    expect(
      cues('Zelensky said in his nightly video address that Russia had launched drones.'),
    ).toEqual(['said in his nightly video address']);
  });
});
