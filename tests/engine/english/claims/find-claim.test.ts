import { describe, expect, it } from 'vitest';
import {
  continueQuotes,
  endBeforeLaterAttributions,
} from '../../../../src/engine/english/claims/claim-ends';
import { dropEmbeddedCues } from '../../../../src/engine/english/claims/cues-in-claims';
import { dropRepeatedCues } from '../../../../src/engine/english/claims/repeated-cues';
import type { Draft } from '../../../../src/engine/english/draft';
import { findDrafts } from '../../../../src/engine/english/read';
import type { EnglishText } from '../../../../src/engine/english/text';
import { parse, words } from '../stages';

/** Each draft's cue and claim, as written. */
function claims(text: EnglishText, drafts: readonly Draft[]): [string | null, string | null][] {
  return drafts.map((d) => [words(text, d.cue), words(text, d.content)]);
}

describe('the claim stage, on its own', () => {
  it('takes what follows a verb to the end of its sentence', () => {
    const text = parse('She has argued that taxes must fall. The vote is on Friday.');
    expect(claims(text, findDrafts(text))).toEqual([['has argued', 'that taxes must fall']]);
  });

  it('takes the quote before an inverted tag, and the whole sentence of a hedge', () => {
    const quoted = parse('“We are ready,” said the harbour master.');
    expect(claims(quoted, findDrafts(quoted))).toEqual([['said', '“We are ready,”']]);
    const hedged = parse('The plan reportedly stalled.');
    expect(claims(hedged, findDrafts(hedged))).toEqual([
      ['reportedly', 'The plan reportedly stalled'],
    ]);
  });

  it('gives an impersonal report the clause after it', () => {
    const text = parse('It was reported that the pier had closed.');
    expect(claims(text, findDrafts(text))).toEqual([
      ['It was reported', 'that the pier had closed'],
    ]);
  });
});

describe('where a claim after its cue starts', () => {
  it('keeps a quote that opens inside the claim, and skips a setting that ends at one', () => {
    const vowed = parse('Vale vowed to “keep every berth open” next year.');
    expect(claims(vowed, findDrafts(vowed))).toEqual([
      ['vowed', 'to “keep every berth open” next year'],
    ]);
    const warned = parse('The harbour master warned of a “very wet” winter.');
    expect(claims(warned, findDrafts(warned))).toEqual([['warned', 'of a “very wet” winter']]);
    const set = parse('She said on Channel 9 “the pier is safe”.');
    expect(claims(set, findDrafts(set))).toEqual([['said', '“the pier is safe”']]);
  });
});

describe('the claim of a relative clause', () => {
  it('takes what follows the cue of "who", up to the comma that closes the clause', () => {
    const inSubject = parse('The ferry captain, who warned that the pier was unsafe, resigned.');
    expect(claims(inSubject, findDrafts(inSubject))).toEqual([
      ['warned', 'that the pier was unsafe'],
    ]);
    const afterTag = parse('“The pier is unsafe,” said Vale, who admitted the repairs were late.');
    expect(claims(afterTag, findDrafts(afterTag))).toEqual([
      ['said', '“The pier is unsafe,”'],
      ['admitted', 'the repairs were late'],
    ]);
  });
});

describe('the claim of a subordinate clause', () => {
  it('ends at the comma that closes a clause opened by "after", "even as", "while"', () => {
    const after = parse('After Vale said the pier was safe, the ferry sailed.');
    expect(claims(after, findDrafts(after))).toEqual([['said', 'the pier was safe']]);
    const evenAs = parse(
      'Even as the mayor has said that fares will fall, the council raised them.',
    );
    expect(claims(evenAs, findDrafts(evenAs))).toEqual([['has said', 'that fares will fall']]);
  });

  it('runs on over commas when the subordinate clause closed before the subject', () => {
    const text = parse('After the vote, Vale said the pier was safe, the ferry late.');
    expect(claims(text, findDrafts(text))).toEqual([['said', 'the pier was safe, the ferry late']]);
  });
});

describe('where claims end once every attribution is known', () => {
  it('ends a claim before the next attribution of its sentence', () => {
    const text = parse('The mayor said the bridge would close, but the council did not say when.');
    const drafts = findDrafts(text);
    expect(words(text, drafts[0]?.content ?? null)).toBe(
      'the bridge would close, but the council did not say when',
    );
    endBeforeLaterAttributions(text, drafts);
    expect(claims(text, drafts)).toEqual([
      ['said', 'the bridge would close'],
      ['did not say', 'when'],
    ]);
  });

  it('carries a quoted claim over the quote that goes on after its tag', () => {
    const text = parse('“We are ready,” she said. “And we have the money.”');
    const drafts = findDrafts(text);
    expect(claims(text, drafts)).toEqual([['said', '“We are ready,”']]);
    continueQuotes(text, drafts);
    expect(claims(text, drafts)).toEqual([
      ['said', '“We are ready,” she said. “And we have the money.”'],
    ]);
  });
});

describe('which drafts stay', () => {
  it('drops a tag that repeats the speaker of the report it closes', () => {
    const text = parse('He added that fares would rise, he said.');
    const drafts = findDrafts(text);
    expect(drafts.map((d) => words(text, d.cue))).toEqual(['added', 'said']);
    expect(claims(text, dropRepeatedCues(text, drafts))).toEqual([
      ['added', 'that fares would rise'],
    ]);
  });

  it('drops what officials asked inside what a report says', () => {
    const text = parse('According to the report, officials asked the mayor to resign.');
    const drafts = findDrafts(text);
    expect(drafts.map((d) => words(text, d.cue))).toEqual(['According to', 'asked']);
    expect(claims(text, dropEmbeddedCues(text, drafts))).toEqual([
      ['According to', 'officials asked the mayor to resign'],
    ]);
  });
});
