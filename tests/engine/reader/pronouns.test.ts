import { describe, expect, it } from 'vitest';
import { shownIn } from '../helpers';

describe('pronouns around a speech tag', () => {
  it('reads "selon lui" and "ihm zufolge" as the person named before', () => {
    expect(
      shownIn('fr', 'Emmanuel Macron a parlé hier. Selon lui, la réforme sera adoptée.', 'Selon'),
    ).toEqual(['Selon', 'lui', 'Emmanuel Macron', 'person']);
    expect(
      shownIn(
        'de',
        'Olaf Scholz sprach gestern. Ihm zufolge wird die Reform beschlossen.',
        'zufolge',
      ),
    ).toEqual(['zufolge', 'Ihm', 'Olaf Scholz', 'person']);
  });

  it('takes the pronoun whom it was said to into the tag after a quote', () => {
    expect(
      shownIn('fr', '« Rien ne change », lui a répondu le ministre.', 'lui a répondu'),
    ).toEqual(['lui a répondu', 'le ministre', 'le ministre', 'unnamed']);
    expect(
      shownIn('es', '"No habrá recortes", le dijo el ministro a la prensa.', 'le dijo'),
    ).toEqual(['le dijo', 'el ministro', 'el ministro', 'unnamed']);
    // Near miss: a pronoun inside the sentence stays out of the cue.
    expect(shownIn('fr', 'Il lui a dit que la réforme sera adoptée.', 'a dit')[1]).toBe('Il');
  });
});
