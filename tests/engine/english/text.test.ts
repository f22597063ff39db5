import { describe, expect, it } from 'vitest';
import { ENGLISH, WordClass } from '../../../src/engine/packs/en';
import { parse } from './stages';

describe('an English text', () => {
  it('gives each word the classes the lexicon lists for it, however capitalised, and none to marks or beyond the text', () => {
    const text = parse('The senator, Jane Doe’s aide, said "No" in March. THE SENATOR Said so.');
    for (let i = 0; i < text.count; i++) {
      const listed = text.isWord(i) ? (ENGLISH.classes.get(text.word(i)) ?? 0) : 0;
      expect(text.classesAt(i)).toBe(listed);
    }
    expect(text.classesAt(0) & WordClass.Determiner).toBeTruthy();
    expect(text.classesAt(1) & WordClass.Title).toBeTruthy();
    expect(text.classesAt(-1)).toBe(0);
    expect(text.classesAt(text.count)).toBe(0);
  });
});
