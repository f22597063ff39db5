import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/cli/bench/words';

describe('countWords', () => {
  it('counts runs of non-space characters, whatever separates them', () => {
    expect(countWords('Mayor Elena Ruiz said:\n\n“no.”\tThe end')).toBe(7);
    expect(countWords('  ')).toBe(0);
    expect(countWords('one\u00a0two')).toBe(2);
  });
});
