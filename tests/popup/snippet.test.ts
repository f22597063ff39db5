import { describe, expect, it } from 'vitest';
import { claimSnippet, shorten } from '../../src/popup/snippet';
import { claim } from './claims';

describe('shorten', () => {
  it('leaves a short claim as it is, with its whitespace tidied', () => {
    expect(shorten('  the vote\n  was   delayed ')).toBe('the vote was delayed');
  });

  it('cuts a long claim at a word and says so with an ellipsis', () => {
    const long = 'word '.repeat(60);
    const short = shorten(long, 40);
    expect(short.endsWith('word…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
  });
});

describe('claimSnippet', () => {
  it('shows the source as written when the text gives no claim', () => {
    const text = 'Interfax, citing the official portal';
    expect(
      claimSnippet(
        claim(text, { cue: 'citing', source: 'the official portal', kind: 'organization' }),
      ),
    ).toBe('the official portal');
  });

  it('is null when there is neither claim nor source', () => {
    expect(
      claimSnippet(claim('reportedly', { cue: 'reportedly', kind: 'none', name: null })),
    ).toBeNull();
  });
});
