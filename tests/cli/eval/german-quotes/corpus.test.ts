import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/cli/eval/german-quotes/corpus';
import { codePointToUtf16 } from '../../../../src/cli/eval/german-quotes/offsets';

const role = (text: string, ...spans: [number, number][]) => ({
  spans: spans.map(([charBegin, charEnd]) => ({ charBegin, charEnd })),
  text,
});
const none = role('');

describe('code-point offsets to UTF-16', () => {
  it('leaves text without astral characters as it is', () => {
    const at = codePointToUtf16('Straße „Ä“');
    expect([0, 5, 10].map(at)).toEqual([0, 5, 10]);
  });

  it('moves every offset after an astral character by one', () => {
    // "𝄞" is one code point and two UTF-16 units.
    const at = codePointToUtf16('a𝄞b𝄞c');
    expect([0, 1, 2, 3, 4, 5].map(at)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('refuses an offset past the text', () => {
    expect(() => codePointToUtf16('𝄞')(3)).toThrow(/past the text/);
  });
});

describe('an article of the corpus', () => {
  // Code points: "🙂 " is 2, so „ is at 2, "Ja" at 3–5, sagte at 8–13, Ana at 14–17.
  const originalText = '🙂 „Ja“, sagte Ana.';
  const json = JSON.stringify({
    documentName: 'tiny',
    originalText,
    annotations: [
      {
        quote: role('Ja', [3, 5]),
        cue: role('sagte', [8, 13]),
        speaker: role('Ana', [14, 17]),
        frame: role('sagte Ana', [8, 17]),
        addressee: none,
      },
    ],
  });

  it('reads each role in UTF-16 offsets, as JavaScript slices the text', () => {
    const article = parseArticle(json, 'tiny');
    const [q] = article.quotations;
    expect(q?.cue).toEqual([[9, 14]]);
    expect(article.text.slice(9, 14)).toBe('sagte');
    expect(q?.speaker).toEqual([[15, 18]]);
    expect(q?.quote).toEqual([[4, 6]]);
  });

  it('fails loudly when the spans do not read the text the corpus gives', () => {
    const broken = json.replace('"text":"sagte"', '"text":"sagt"');
    expect(() => parseArticle(broken, 'tiny')).toThrow(/spans read "sagte"/);
  });

  it('keeps a role the annotator left out as no pieces', () => {
    const article = parseArticle(
      JSON.stringify({
        documentName: 'uncued',
        originalText: 'Die Lage sei ernst.',
        annotations: [
          { quote: role('Die Lage sei ernst', [0, 18]), cue: none, speaker: none, frame: none },
        ],
      }),
      'uncued',
    );
    expect(article.quotations[0]?.cue).toEqual([]);
  });
});
