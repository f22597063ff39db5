import { describe, expect, it } from 'vitest';
import { HashFilter } from '../../../../src/engine/packs/en/hash-filter';
import { hashWord } from '../../../../src/engine/text/tokens';

describe('a hash filter', () => {
  it('holds exactly the hashes it was made with, colliding ones included', () => {
    // 0, 64 and 128 share their low bits in a small table; 0x3fffffff is the largest hash.
    const held = [0, 64, 128, 5, 0x3fffffff, hashWord('said'), hashWord('according')];
    const filter = new HashFilter([...held, 64]);
    for (const hash of held) expect(filter.has(hash)).toBe(true);
    for (const hash of [1, 63, 192, 0x3ffffffe, hashWord('table')])
      expect(filter.has(hash)).toBe(false);
  });

  it('answers for thousands of words as a set of them would', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `word${k}`);
    const held = new Set(words.filter((_, k) => k % 3 === 0).map(hashWord));
    const filter = new HashFilter(held);
    for (const word of words) expect(filter.has(hashWord(word))).toBe(held.has(hashWord(word)));
  });

  it('holds nothing when made with nothing', () => {
    expect(new HashFilter([]).has(0)).toBe(false);
  });
});
