import { describe, expect, it } from 'vitest';
import { FRENCH } from '../../../src/engine/packs/fr';
import { WordClass } from '../../../src/engine/packs/word-classes';
import { PackText } from '../../../src/engine/reader/pack-text';

describe("a pack text's word classes", () => {
  const text = new PackText('Selon le ministre, il a dit que Paris attend.', FRENCH);
  const at = (word: string): number => {
    for (let i = 0; i < text.count; i++) if (text.word(i) === word) return i;
    throw new Error(`no ${word}`);
  };

  it('answers as the pack lists do, asked once or again', () => {
    for (let round = 0; round < 2; round++) {
      expect(text.isWordOf(at('selon'), WordClass.AccordingStart)).toBe(true);
      expect(text.isWordOf(at('le'), WordClass.Determiner)).toBe(true);
      expect(text.isWordOf(at('le'), WordClass.Verb)).toBe(false);
      expect(text.isWordOf(at('que'), WordClass.Complementizer)).toBe(true);
      expect(text.classesOf(at('le')) & WordClass.Determiner).toBe(WordClass.Determiner);
    }
  });

  it('tells a word of the lists however it is capitalised', () => {
    const shouted = new PackText('SELON Le ministre', FRENCH);
    expect(shouted.isWordOf(0, WordClass.AccordingStart)).toBe(true);
    expect(shouted.isWordOf(1, WordClass.Determiner)).toBe(true);
    expect(shouted.classesOf(2)).toBe(text.classesOf(at('ministre')));
  });

  it('gives no class to a word in no list, a mark, or a token out of range', () => {
    expect(text.classesOf(at('attend'))).toBe(0);
    expect(text.classesOf(text.count - 1)).toBe(0);
    expect(text.isWordOf(-1, ~0)).toBe(false);
    expect(text.isWordOf(text.count, ~0)).toBe(false);
    expect(text.classesOf(text.count + 5)).toBe(0);
  });
});
