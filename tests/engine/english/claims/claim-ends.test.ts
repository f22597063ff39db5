import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../helpers';

describe('where a claim ends and starts', () => {
  it('ends a claim at a contrasting clause the source did not say', () => {
    const found = read(
      'The ferry company said fares would rise, but the council did not say when.',
    );
    expect(byCue(found, 'said').content?.text).toBe('fares would rise');
  });

  it('ends a claim at the writer’s note on it', () => {
    const found = read(
      'The ministry claimed its forces had taken the village, a claim that could not be verified.',
    );
    expect(byCue(found, 'claimed').content?.text).toBe('its forces had taken the village');
    const figure = read('Kyiv has said the strike killed three people, a figure Moscow disputes.');
    expect(byCue(figure, 'has said').content?.text).toBe('the strike killed three people');
    // Near miss: a phrase after "a" that is no note on the claim stays in it.
    const plain = read('The mayor said the pier would reopen, a decision welcomed by traders.');
    expect(byCue(plain, 'said').content?.text).toBe(
      'the pier would reopen, a decision welcomed by traders',
    );
  });

  it('starts the claim after where the audience was told', () => {
    const found = read('Mr Albanese told reporters in Canberra the decision was final.');
    expect(byCue(found, 'told').content?.text).toBe('the decision was final');
  });

  it('keeps a contrast inside a quote as part of the claim', () => {
    const found = read('Ortiz said “fares will rise, though not this year.”');
    expect(byCue(found, 'said').content?.text).toBe('“fares will rise, though not this year.”');
  });

  it('ends a claim where a second attribution is joined on', () => {
    const found = read('The mayor said the pier was safe, adding that repairs would start soon.');
    expect(byCue(found, 'said').content?.text).toBe('the pier was safe');
    expect(byCue(found, 'adding').content?.text).toBe('that repairs would start soon');
    const quoted = read('The mayor said the pier was “perfectly safe,” adding that it would open.');
    expect(byCue(quoted, 'said').content?.text).toBe('the pier was “perfectly safe,”');
  });

  it('takes what follows the cue, not the lead-in before the source, as the claim', () => {
    const found = read(
      'Asked about the delays, the harbour master said the dredging was finished.',
    );
    expect(byCue(found, 'said').content?.text).toBe('the dredging was finished');
    const led = read('Speaking at the docks on Friday, Vale said the ships would return.');
    expect(byCue(led, 'said').content?.text).toBe('the ships would return');
  });

  it('still takes a quote before the source as the claim', () => {
    const found = read('“We are ready,” the harbour master said on Friday.');
    expect(byCue(found, 'said').content?.text).toBe('“We are ready,”');
  });

  it('leaves when something was said out of the claim', () => {
    const found = read(
      'The mayor said Tuesday the pier was safe. Vale told reporters on Monday the ships were late.',
    );
    expect(byCue(found, 'said').content?.text).toBe('the pier was safe');
    expect(byCue(found, 'told').content?.text).toBe('the ships were late');
    const day = read('Vale said Monday’s storm had closed the port.');
    expect(byCue(day, 'said').content?.text).toBe('Monday’s storm had closed the port');
  });

  it('leaves a connective that opens the sentence out of the claim before the cue', () => {
    const found = read('Still, the port lost money last year, according to the annual report.');
    expect(byCue(found, 'according to').content?.text).toBe('the port lost money last year');
  });

  it('opens the claim at the relative pronoun of a claim set in a relative clause', () => {
    const found = read(
      'The council backed the new pier, which the mayor said would cost $8 million.',
    );
    expect(byCue(found, 'said').content?.text).toBe('which the mayor said would cost $8 million');
  });

  it('continues a quoted claim only with a quote, not with what the writer adds', () => {
    const found = read('“The pier is safe,” the mayor said, adding that repairs would start soon.');
    expect(byCue(found, 'said').content?.text).toBe('“The pier is safe,”');
    const resumed = read('“The pier is safe,” the mayor said, “and repairs start soon.”');
    expect(byCue(resumed, 'said').content?.text).toBe(
      '“The pier is safe,” the mayor said, “and repairs start soon.”',
    );
  });

  it('keeps the topic’s preposition with the cue', () => {
    const found = read('Vale was asked about the delays at the port.');
    expect(found.map((a) => a.cue.text)).toEqual(['was asked about']);
  });

  it('takes a lead-in naming the programme as where it was said, not as the claim', () => {
    const found = read('Sunday on Channel 9’s “Harbour Watch,” Vale said the dredging was late.');
    expect(byCue(found, 'said').content?.text).toBe('the dredging was late');
  });

  it('takes the whole sentence as the claim of a tag set between commas inside it', () => {
    const found = read('Most of the closures, he said, have hit the smaller harbours.');
    expect(byCue(found, 'said').content?.text).toBe(
      'Most of the closures, he said, have hit the smaller harbours',
    );
    const led = read('Asked about the delays, the harbour master said, “The dredging is done.”');
    expect(byCue(led, 'said').content?.text).toBe('“The dredging is done.”');
  });

  it('takes what follows an opening phrase as the claim when nothing follows the cue', () => {
    const found = read('In fact, the new fares change little for commuters, analysts say.');
    expect(byCue(found, 'say').content?.text).toBe('the new fares change little for commuters');
  });

  it('takes the next paragraph as the claim of a cue that ends its paragraph with a colon', () => {
    const text =
      'The harbour board responded:\n\n“The pier is safe. We will reopen it.”\n\nThe council met.';
    const a = byCue(read(text), 'responded:');
    expect(a.content?.text).toBe('“The pier is safe. We will reopen it.”');
  });

  it('ends a claim set in a relative clause at the comma that closes the clause', () => {
    const found = read('The club, which its founder said last year had 9,000 members, grew fast.');
    expect(byCue(found, 'said').content?.text).toBe(
      'which its founder said last year had 9,000 members',
    );
  });

  it('takes the whole sentence as the claim of a tag set inside its subject', () => {
    const found = read('The new toll, say hauliers, will close two depots.');
    const a = byCue(found, 'say');
    expect(a.source?.text).toBe('hauliers');
    expect(a.content?.text).toBe('The new toll, say hauliers, will close two depots');
    const named = read('“It is late,” said Tom Reyes, the city engineer.');
    expect(byCue(named, 'said').source?.text).toBe('Tom Reyes, the city engineer');
  });

  it('takes a question or an exclamation that ends before its tag as the claim', () => {
    const found = read('“Who checks the pier?” Forte asked. “Nobody does!” Vale said.');
    expect(byCue(found, 'asked').content?.text).toBe('“Who checks the pier?”');
    expect(byCue(found, 'said').content?.text).toBe('“Nobody does!”');
  });

  it('takes a quote after the cue as the claim even after a lead-in', () => {
    const found = read('Talking about the storm, she said "every dock has weak points".');
    expect(byCue(found, 'said').content?.text).toBe('"every dock has weak points"');
  });

  it('takes the next paragraph for a cue with a colon after an opening phrase', () => {
    const text =
      'In a long interview, the mayor also said:\n\nThe port must stay open\n\nShe left.';
    expect(byCue(read(text), 'also said:').content?.text).toBe('The port must stay open');
  });

  it('takes the sentence around an attribution set between dashes or brackets', () => {
    const found = read('There would be a fee — according to the draft plan — “for every berth”.');
    expect(byCue(found, 'according to').content?.text).toBe(
      'There would be a fee — according to the draft plan — “for every berth”',
    );
  });

  it('goes on with a quote after a tag that says when', () => {
    const found = read('“The pier is safe,” Vale said on Friday, “and the ferry runs.”');
    expect(byCue(found, 'said').content?.text).toBe(
      '“The pier is safe,” Vale said on Friday, “and the ferry runs.”',
    );
  });

  it('ends a claim at the cue of a subject that holds it, and keeps that cue', () => {
    const found = read(
      'The ministers fled to the compound, the aide, who said he had spoken to them, told Reuters.',
    );
    expect(byCue(found, 'said').content?.text).toBe('he had spoken to them');
    expect(byCue(found, 'told').content?.text).toBe('The ministers fled to the compound');
  });

  it('finds an inverted speaker whose role comes before the name', () => {
    const found = read(
      '“The roads are flooded,” said chief inspector Maria Dunn from the county police.',
    );
    const a = byCue(found, 'said');
    expect(a.source?.text).toBe('chief inspector Maria Dunn from the county police');
    expect(a.content?.text).toBe('“The roads are flooded,”');
  });

  it('skips a place with a comma in whom something was told, up to its "that"', () => {
    const found = read(
      'The minister told a rally in Tromsø, Norway on Friday that the port will stay open.',
    );
    expect(found.map((a) => [a.cue.text, a.content?.text])).toEqual([
      ['told', 'that the port will stay open'],
    ]);
  });
});
