import { describe, expect, it } from 'vitest';
import { DONE, deoptsIn, WARMED_UP } from '../../../src/cli/bench/deopts';

const bailout = (reason: string, name: string) =>
  `[bailout (kind: deopt-eager, reason: ${reason}): begin. deoptimizing 0x1 <JSFunction ${name} (sfi = 0x2)>, 0x3 <Code TURBOFAN>, opt id 7, bytecode offset 0]`;

describe('deoptimisations of the warm engine', () => {
  it('counts only those between the warmed-up and done marks, by reason, commonest first', () => {
    const trace = [
      bailout('Insufficient type feedback for call', 'tokenize'),
      WARMED_UP,
      bailout('not a Smi', 'word'),
      '            ;;; deoptimize at <file:///engine.mjs:9705:22>',
      bailout('wrong map', 'findCues'),
      bailout('not a Smi', 'isPossessive'),
      DONE,
      bailout('not a Smi', 'word'),
    ].join('\n');
    expect(deoptsIn(trace)).toEqual({
      count: 3,
      reasons: [
        { reason: 'not a Smi', count: 2 },
        { reason: 'wrong map', count: 1 },
      ],
    });
  });

  it('says so when the worker never got past warming up', () => {
    expect(() => deoptsIn(bailout('wrong map', 'read'))).toThrow(/no warmed-up and done marks/);
  });
});
