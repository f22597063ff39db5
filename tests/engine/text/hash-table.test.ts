import { describe, expect, it } from 'vitest';
import { HashTable } from '../../../src/engine/text/hash-table';
import { hashWord } from '../../../src/engine/text/tokens';

describe('a hash table', () => {
  it('gives each hash held its value, colliding ones included, and 0 for any other', () => {
    // 0, 64 and 128 share their low bits in a small table; 0x3fffffff is the largest hash.
    const held = new Map([
      [0, 3],
      [64, 1],
      [128, 7],
      [0x3fffffff, 2],
      [hashWord('the'), 5],
    ]);
    const table = new HashTable(held);
    for (const [hash, value] of held) expect(table.get(hash)).toBe(value);
    for (const hash of [1, 63, 192, 0x3ffffffe, hashWord('table')]) expect(table.get(hash)).toBe(0);
  });

  it('answers for thousands of words as a Map of them would', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `word${k}`);
    const held = new Map(words.filter((_, k) => k % 3 === 0).map((w, k) => [hashWord(w), k + 1]));
    const table = new HashTable(held);
    for (const word of words) expect(table.get(hashWord(word))).toBe(held.get(hashWord(word)) ?? 0);
  });
});
