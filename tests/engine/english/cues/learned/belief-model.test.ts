import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { read } from '../../../helpers';

const MODEL = 'src/engine/packs/en/belief-model.json';

const shown = (text: string) =>
  read(text, { beliefs: true }).map((a) => [a.cue.text, a.source?.text ?? null, a.mode]);

describe('the shipped belief model', () => {
  it('stays within the issue’s budget of 2 MB gzipped', () => {
    expect(gzipSync(readFileSync(MODEL)).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('finds beliefs and stances the rules alone leave out', () => {
    expect(shown('The council issued a statement calling the test a clear violation.')).toEqual([
      ['issued a statement calling', 'The council', 'belief'],
    ]);
  });

  it('adds nothing unless beliefs are asked for', () => {
    expect(read('The council issued a statement calling the test a clear violation.')).toEqual([]);
  });
});
