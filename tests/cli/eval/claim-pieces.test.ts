import { describe, expect, it } from 'vitest';
import { claimPieces } from '../../../src/cli/eval/claim-pieces';
import { extract } from '../../../src/engine';

const piecesOf = (text: string): string[][] =>
  extract(text).map((a) => (claimPieces(text, a) ?? []).map(([s, e]) => text.slice(s, e)));

describe('claims as the corpus marks them', () => {
  it('leaves a claim that does not hold its attribution whole', () => {
    const text = 'The mayor said the bridge would reopen in May.';
    expect(piecesOf(text)).toEqual([['the bridge would reopen in May']]);
  });

  it('cuts a quote broken by its attribution into the two parts that are claimed', () => {
    const text = '“The bridge is safe,” the mayor said, “and it reopens soon.”';
    const [pieces] = piecesOf(text);
    expect(pieces?.map((p) => p.replace(/[\s\p{P}]+$/u, ''))).toEqual([
      '“The bridge is safe',
      '“and it reopens soon',
    ]);
  });
});
