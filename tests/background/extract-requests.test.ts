import { describe, expect, it, vi } from 'vitest';
import { answerExtract } from '../../src/background/extract-requests';
import { extract } from '../../src/engine';
import { MAX_EXTRACT_CHARS } from '../../src/shared/messages';

// The message module brings the browser API with it; answering needs none of it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const TEXT = 'The council postponed its vote, analysts say. Sources close to the mayor disagree.';

describe('the background answering the page’s extract requests', () => {
  it('answers with what the engine finds in the text, the reader’s own cues included', () => {
    const answer = answerExtract({ text: TEXT, extraCues: ['sources close to'] });
    expect(answer).toEqual({ attributions: extract(TEXT, { extraCues: ['sources close to'] }) });
    expect('attributions' in answer && answer.attributions.length).toBeGreaterThan(0);
  });

  it('says what is wrong with a request it cannot answer', () => {
    expect(answerExtract({ text: 42, extraCues: [] })).toEqual({
      error: 'extract: text must be a string',
    });
    expect(answerExtract({ text: TEXT, extraCues: 'analysts say' })).toEqual({
      error: 'extract: extraCues must be a list of strings',
    });
    const huge = 'x'.repeat(MAX_EXTRACT_CHARS + 1);
    expect(answerExtract({ text: huge, extraCues: [] })).toEqual({
      error: `extract: text is ${huge.length} characters, more than the ${MAX_EXTRACT_CHARS} one request may carry`,
    });
  });
});
