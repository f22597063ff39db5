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

describe('whom it was said to, standing first in German', () => {
  it('reads the subject after the verb when the phrase before it takes an article no subject takes', () => {
    expect(
      shownIn('de', 'Dem „Tagesspiegel“ sagte die Senatorin, sie sei enttäuscht.', 'sagte'),
    ).toEqual(['sagte', 'die Senatorin', 'die Senatorin', 'unnamed']);
    expect(
      shownIn(
        'de',
        'Der Deutschen Presse-Agentur sagte Müller, die Gespräche seien schwierig.',
        'sagte',
      )[1],
    ).toBe('Müller');
    expect(
      shownIn('de', 'Der „Bild“-Zeitung sagte der Politiker, er sei überrascht.', 'sagte')[1],
    ).toBe('der Politiker');
  });

  it('keeps a subject whose article may be a subject’s, and a feminine noun behind its own article', () => {
    expect(shownIn('de', 'Der Sprecher der Regierung sagte, die Lage sei ernst.', 'sagte')[1]).toBe(
      'Der Sprecher der Regierung',
    );
    expect(
      shownIn('de', 'Die Zeitung berichtete, der Vertrag sei unterschrieben.', 'berichtete')[1],
    ).toBe('Die Zeitung');
    expect(
      shownIn('de', 'Der „Spiegel“ berichtete, der Minister sei zurückgetreten.', 'berichtete')[1],
    ).toBe('Der „Spiegel“');
  });
});
