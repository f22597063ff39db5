import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { writeJsonLine } from '../../../src/cli/scan/json-line';
import { extract } from '../../../src/engine';

describe('writeJsonLine', () => {
  it('writes one line that parses back to the same attributions, however many there are', async () => {
    const story = 'Mayor Elena Ruiz said "no" 🚢. It reportedly rained.\n\n';
    const attributions = extract(story.repeat(1200));
    expect(attributions.length).toBeGreaterThan(2000);
    const out = new PassThrough();
    const written = text(out);
    await writeJsonLine(out, 'a "quoted" name.txt', true, attributions);
    out.end();
    const output = await written;
    expect(output.endsWith('\n')).toBe(true);
    expect(output.split('\n')).toHaveLength(2);
    expect(JSON.parse(output)).toEqual({
      file: 'a "quoted" name.txt',
      article: true,
      attributions,
    });
  });
});
