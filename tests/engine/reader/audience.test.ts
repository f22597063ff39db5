import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('whom it was said to, in German', () => {
  it('ends the speaker before a medium told, after the speaker’s own genitive', () => {
    expect(
      shownIn(
        'de',
        '„Wir prüfen den Vorfall“, sagte ein Sprecher der Polizei der Deutschen Presse-Agentur.',
        'sagte',
      ),
    ).toEqual(['sagte', 'ein Sprecher der Polizei', 'ein Sprecher der Polizei', 'unnamed']);
    // Near miss: one genitive belongs to the speaker.
    expect(shownIn('de', 'Der Sprecher der Zeitung sagte, man prüfe den Fall.', 'sagte')[1]).toBe(
      'Der Sprecher der Zeitung',
    );
  });
});
