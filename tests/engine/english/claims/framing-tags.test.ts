import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

const seen = (text: string) =>
  read(text, { language: 'en' }).map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text]);

describe('a tag after a finding', () => {
  it('frames what a report found: both attributions, each with its own claim', () => {
    expect(seen('The report found no evidence of fraud, officials said.')).toEqual([
      ['found', 'The report', 'no evidence of fraud'],
      ['said', 'officials', 'The report found no evidence of fraud'],
    ]);
    expect(seen('The study showed that the drug worked, researchers said.')).toEqual([
      ['showed', 'The study', 'that the drug worked'],
      ['said', 'researchers', 'The study showed that the drug worked'],
    ]);
  });

  it('still reads a report inside what a study shows as part of it', () => {
    expect(
      seen('The poll shows that most voters said the economy was weak.').map((a) => a[0]),
    ).toEqual(['shows']);
  });
});
