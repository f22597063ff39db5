import { describe, expect, it } from 'vitest';
import {
  hashWord,
  lowerAt,
  markAt,
  markCodes,
  Shape,
  TokenType,
  tokenize,
} from '../../../src/engine/text/tokens';

const read = (text: string) => {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.count }, (_, i) => ({
    text: text.slice(tokens.start[i], tokens.end[i]),
    lower: lowerAt(tokens, i),
    type: tokens.type[i],
    shape: tokens.shape[i] ?? 0,
    hash: tokens.hash[i],
  }));
};

describe('the tokenizer', () => {
  it('keeps words whole across apostrophes, hyphens, initialisms and numbers', () => {
    expect(read('O’Brien’s anti-Muslim U.S. 1,000 3.5 don’t').map((t) => t.text)).toEqual([
      'O’Brien’s',
      'anti-Muslim',
      'U.S.',
      '1,000',
      '3.5',
      'don’t',
    ]);
  });

  it('splits an elided article or pronoun off in any case, and no other word before an apostrophe', () => {
    expect(
      read('L’Arcep QU’IL jusqu’ici Lorsqu’on d’après it’s I’m Trump’s Bu’s').map((t) => t.text),
    ).toEqual([
      'L’',
      'Arcep',
      'QU’',
      'IL',
      'jusqu’',
      'ici',
      'Lorsqu’',
      'on',
      'd’',
      'après',
      'it’s',
      'I’m',
      'Trump’s',
      'Bu’s',
    ]);
  });

  it('marks possessives, capitals and all-capital words, and lower-cases with a plain apostrophe', () => {
    const [obrien, sanders, fbi] = read('O’Brien’s Sanders’ FBI');
    expect(obrien?.lower).toBe("o'brien's");
    expect((obrien?.shape ?? 0) & Shape.Possessive).toBeTruthy();
    expect(sanders?.text).toBe('Sanders’');
    expect((sanders?.shape ?? 0) & Shape.Possessive).toBeTruthy();
    expect((fbi?.shape ?? 0) & Shape.Upper).toBeTruthy();
  });

  it('lower-cases every word written with a capital anywhere, and marks those with an apostrophe', () => {
    const words = read("iPhone U.S. u.S. don’t Σοφία ΟΔΟΣ Straße plain it's");
    expect(words.map((t) => t.lower)).toEqual(
      words.map((t) => t.text.toLowerCase().replace(/’/g, "'")),
    );
    const lowerCase = words.map((t) => (t.shape & Shape.LowerCase) !== 0);
    expect(lowerCase).toEqual([false, false, false, true, false, false, false, true, true]);
    const curly = words.map((t) => (t.shape & Shape.CurlyApostrophe) !== 0);
    expect(curly).toEqual([false, false, false, true, false, false, false, false, false]);
    const apostrophe = words.map((t) => (t.shape & Shape.Apostrophe) !== 0);
    expect(apostrophe).toEqual([false, false, false, true, false, false, false, false, true]);
  });

  it('lower-cases a word capitalised at its start alone as toLowerCase would, in a two-byte text too', () => {
    const words = read('“Trump’s McHugh Washington Élysée I A.B. Über”').filter(
      (t) => t.type === TokenType.Word,
    );
    expect(words.map((t) => t.lower)).toEqual([
      "trump's",
      'mchugh',
      'washington',
      'élysée',
      'i',
      'a.b.',
      'über',
    ]);
    const titleCase = words.map((t) => (t.shape & Shape.TitleCase) !== 0);
    expect(titleCase).toEqual([true, false, true, false, true, false, false]);
  });

  it('tells which tokens follow white space, whatever ended the word before', () => {
    const spaced = read('He said, "no" (x)  two\ttab Sanders’ fix. End').map(
      (t) => `${t.text}${t.shape & Shape.SpaceBefore ? ' after a space' : ''}`,
    );
    expect(spaced).toEqual([
      'He after a space',
      'said after a space',
      ',',
      '" after a space',
      'no',
      '"',
      '( after a space',
      'x',
      ')',
      'two after a space',
      'tab after a space',
      'Sanders’ after a space',
      'fix after a space',
      '.',
      'End after a space',
    ]);
  });

  it('tells a one-character mark by its code, and nothing else', () => {
    const text = '(“A” —) ok';
    const tokens = tokenize(text);
    const marks = Array.from({ length: tokens.count }, (_, i) => markAt(tokens, i));
    expect(marks).toEqual([40, 0x201c, 65, 0x201d, 0x2014, 41, -1]);
    const opening = markCodes('([');
    expect([40, 91, 41, 0x2014, -1].map((code) => opening.has(code))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('reads quotes by kind and a run of line breaks as one paragraph break', () => {
    const tokens = read("“A” \"B\" ''C''\n\n\nD");
    expect(tokens.map((t) => t.type)).toEqual([
      TokenType.OpenQuote,
      TokenType.Word,
      TokenType.CloseQuote,
      TokenType.StraightQuote,
      TokenType.Word,
      TokenType.StraightQuote,
      TokenType.StraightQuote,
      TokenType.Word,
      TokenType.StraightQuote,
      TokenType.Break,
      TokenType.Word,
    ]);
  });

  it('hashes a word as the lexicon hashes its spelling, whatever its capitals or apostrophe', () => {
    const [said, dont] = read('SAID Don’t');
    expect(said?.hash).toBe(hashWord('said'));
    expect(dont?.hash).toBe(hashWord("don't"));
  });
});
