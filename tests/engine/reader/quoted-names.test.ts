import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('a paper’s name in quotes before its verb', () => {
  it('reads the quoted name as the subject, not as what was said', () => {
    expect(
      shownIn(
        'de',
        'Die „Süddeutsche Zeitung“ berichtete, der Minister sei zurückgetreten.',
        'berichtete',
      ),
    ).toEqual(['berichtete', 'Die „Süddeutsche Zeitung“', 'Süddeutsche Zeitung', 'media']);
    expect(
      shownIn('de', 'Wie der „Spiegel“ berichtete, tritt der Minister zurück.', 'berichtete'),
    ).toEqual(['berichtete', 'der „Spiegel“', 'Spiegel', 'media']);
    // Near miss: a quote that is a sentence stays what was said.
    expect(shownIn('de', '„Wir prüfen das“, berichtete der Sprecher.', 'berichtete')[1]).toBe(
      'der Sprecher',
    );
  });
});
