import { describe, expect, it } from 'vitest';
import { progressOn } from '../../../src/cli/scan/progress';

function fakeStderr(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (text: string) => written.push(text) > 0 };
}

describe('progressOn', () => {
  it('draws a bar with the count and the file on a terminal, and clears it', () => {
    const stderr = fakeStderr(true);
    const progress = progressOn(stderr, 4);
    progress.show(1, 'b.txt');
    progress.clear();
    expect(stderr.written).toEqual(['\r\x1b[K[######------------------] 1/4 b.txt', '\r\x1b[K']);
  });

  it('shortens a long file name from the left to fit the line', () => {
    const stderr = fakeStderr(true);
    progressOn(stderr, 2).show(0, `${'folder/'.repeat(10)}story.txt`);
    const line = stderr.written[0] ?? '';
    expect(line.length - '\r\x1b[K'.length).toBeLessThan(60);
    expect(line).toMatch(/ 0\/2 …[^ ]*story\.txt$/);
  });

  it('takes a terminal that does not say its width to be 80 columns wide', () => {
    const stderr = { ...fakeStderr(true), columns: 0 };
    progressOn(stderr, 2).show(0, 'tests/fixtures/cli/harbour-vote.txt');
    expect(stderr.written[0]).toMatch(/ 0\/2 tests\/fixtures\/cli\/harbour-vote\.txt$/);
  });

  it('writes nothing for a single file or when stderr is not a terminal', () => {
    for (const [tty, total] of [
      [true, 1],
      [false, 5],
    ] as const) {
      const stderr = fakeStderr(tty);
      const progress = progressOn(stderr, total);
      progress.show(0, 'a.txt');
      progress.clear();
      expect(stderr.written).toEqual([]);
    }
  });
});
