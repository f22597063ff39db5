import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES, adversarialText } from '../../../src/cli/bench/adversarial';
import { CUE_VERBS } from '../../../src/cli/bench/methods';

const MB = 1024 * 1024;
const byName = (name: string) => {
  const found = ADVERSARIAL_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
};

describe('adversarial inputs', () => {
  it('are exactly the size asked for', () => {
    for (const adversarial of ADVERSARIAL_CASES) {
      expect(adversarialText(adversarial, MB)).toHaveLength(MB);
    }
  });

  it('include a megabyte without a single space, full of cue words and quotes', () => {
    const text = adversarialText(byName('no spaces'), MB);
    expect(text).not.toMatch(/\s/);
    expect(text.match(CUE_VERBS)?.length).toBeGreaterThan(10_000);
    expect(text.match(/["“”']/g)?.length).toBeGreaterThan(10_000);
  });

  it('include thousands of quotes that open and never close, in one endless sentence', () => {
    const text = adversarialText(byName('unbalanced quotes'), MB);
    const opened = text.split('“').length - 1;
    const closed = text.split('”').length - 1;
    expect(opened - closed).toBeGreaterThan(1000);
    expect(text).not.toMatch(/[.!?]/);
  });
});
