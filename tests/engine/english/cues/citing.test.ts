import { describe, expect, it } from 'vitest';
import { read } from '../../helpers';

const seen = (text: string) =>
  read(text, { language: 'en' }).map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text]);

describe('citing and quoting', () => {
  it('gives a citing clause set in its subject the claim of the verb after it, whole', () => {
    expect(seen('Interfax, citing the official portal, said the plant was closed.')).toEqual([
      ['citing', 'the official portal', 'the plant was closed'],
      ['said', 'Interfax', 'the plant was closed'],
    ]);
    expect(
      seen(
        'The Wall Street Journal, citing people familiar with the matter, reported that the talks had stalled.',
      ),
    ).toEqual([
      ['citing', 'people familiar with the matter', 'that the talks had stalled'],
      ['reported', 'The Wall Street Journal', 'that the talks had stalled'],
    ]);
  });

  it('ties a citing clause after a claim to the attribution that claim belongs to', () => {
    expect(
      seen('Bloomberg reported the talks had stalled, citing people familiar with the matter.'),
    ).toEqual([
      ['reported', 'Bloomberg', 'the talks had stalled'],
      ['citing', 'people familiar with the matter', 'the talks had stalled'],
    ]);
  });

  it('reads no source in a reason: "citing weak demand", "citing health reasons"', () => {
    expect(
      seen('Shares fell 4% after the retailer cut its forecast, citing weak demand in China.'),
    ).toEqual([]);
    expect(seen('The senator resigned, citing health reasons.')).toEqual([]);
    // Near misses: people, papers and pronouns are cited as sources.
    expect(
      seen('The airline cut flights, citing a memo seen by Reuters.').map((a) => a[1]),
    ).toEqual(['a memo seen by Reuters']);
    expect(seen('The agency said, quoting him, that the plan was dead.').map((a) => a[1])).toEqual([
      'The agency',
      'him',
    ]);
  });
});
