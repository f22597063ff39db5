import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../src/engine/packs';
import { ENGLISH } from '../../../src/engine/packs/en';
import { ParsedText } from '../../../src/engine/text/parse';

const sentences = (text: string) => {
  const parsed = new ParsedText(text, ENGLISH);
  const { first, end } = parsed.sentences;
  return Array.from(first, (f, s) =>
    text.slice(parsed.start(f), parsed.end((end[s] ?? f + 1) - 1)),
  );
};

const quotes = (text: string) => {
  const parsed = new ParsedText(text, ENGLISH);
  const { open, close, closed } = parsed.quotes;
  return Array.from(open, (o, q) => [
    text.slice(parsed.start(o), parsed.end(close[q] ?? o)),
    closed[q] === 1,
  ]);
};

describe('sentences', () => {
  it('do not end at titles and initials, do end after a closing quote, never cross a paragraph', () => {
    expect(
      sentences('Sen. Jane Doe and John F. Kennedy met. “It went well.” She left\n\nNext one.'),
    ).toEqual([
      'Sen. Jane Doe and John F. Kennedy met.',
      '“It went well.”',
      'She left',
      'Next one.',
    ]);
  });

  it('cut a run of 250 tokens with no end into a sentence, and go on from there', () => {
    const words = (sentence: string) => sentence.split(' ').length;
    const list = 'one two three four five six seven eight nine ten '.repeat(60);
    expect(sentences(`${list}Done. Next one.`).map(words)).toEqual([250, 250, 101, 2]);
  });
});

describe('German sentences', () => {
  const GERMAN = PACKS.de as NonNullable<typeof PACKS.de>;
  const german = (text: string) => {
    const parsed = new ParsedText(text, GERMAN.textLexicon);
    return Array.from(parsed.sentences.first, (f, s) =>
      text.slice(parsed.start(f), parsed.end((parsed.sentences.end[s] ?? f + 1) - 1)),
    );
  };

  it('go on past an ordinal’s period ("am 26. Februar"), and end at a number that is none', () => {
    expect(
      german(
        'Er kam am 26. Februar im 19. Jahrhundert an. Sie wurde 26. Damals war sie Ministerin.',
      ),
    ).toEqual([
      'Er kam am 26. Februar im 19. Jahrhundert an.',
      'Sie wurde 26.',
      'Damals war sie Ministerin.',
    ]);
  });
});

describe('quotes', () => {
  it('run across paragraphs that reopen with a quote mark, and end at a paragraph that does not', () => {
    expect(quotes('“One.\n\n“Two.”\n\n“Open and never closed\n\nPlain text.')).toEqual([
      ['“One.\n\n“Two.”', true],
      ['“Open and never closed', false],
    ]);
  });

  it('take straight quotes and doubled apostrophes, and a “ typed as a closing mark', () => {
    expect(quotes("\"A,\" he said. ''B,'' she said. “C,“ they said.")).toEqual([
      ['"A,"', true],
      ["''B,''", true],
      ['“C,“', true],
    ]);
  });

  it('leave an apostrophe that opens nothing alone', () => {
    expect(quotes('In the ‘90s it rained.')).toEqual([]);
  });
});
