import { describe, expect, it } from 'vitest';
import { byCue, read, seen } from '../../helpers';

describe('embedded posts', () => {
  it('credits a quoted post to the author its signature line names', () => {
    const text =
      'The authority warned boat owners overnight.\n\nThe east pier is closed until Friday. Stay safe.\n\n' +
      '— Harbour Authority (@harbourauth) March 3, 2024\n\nThe council met on Monday.';
    const a = byCue(read(text), '(@harbourauth)');
    expect(a.source?.text).toBe('Harbour Authority');
    expect(a.content?.text).toBe('The east pier is closed until Friday. Stay safe');
  });

  it('reads a "post shared by" line the same way', () => {
    const text =
      'Sunset over the bay, day three.\n\nA post shared by Ana Lind (@analind) on Mar 3, 2024';
    const a = byCue(read(text), '(@analind)');
    expect(seen(a).slice(0, 2)).toEqual(['(@analind)', 'Ana Lind']);
    expect(a.content?.text).toBe('Sunset over the bay, day three');
  });

  it('ignores a dash that opens a paragraph without a handle', () => {
    expect(read('The pier reopened.\n\n— Ana Lind, harbour master (retired)')).toEqual([]);
  });
});

describe('quotes credited after a dash', () => {
  const shown = (text: string) =>
    read(text).map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text]);

  it('credits a quote to the name after its dash, on the same line or the line below', () => {
    expect(
      shown(
        '“We will rebuild the pier.” ― Ana Lind, harbour master\n“The tunnel can wait.” — Edwin G. Monroy',
      ),
    ).toEqual([
      ['―', 'Ana Lind', '“We will rebuild the pier.”'],
      ['—', 'Edwin G. Monroy', '“The tunnel can wait.”'],
    ]);
    expect(shown('The mayor spoke last.\n\n“We will rebuild the pier.”\n\n- Ana Lind.')).toEqual([
      ['-', 'Ana Lind', '“We will rebuild the pier.”'],
    ]);
  });

  it('leaves a dash that names no one, or a wire service, unread', () => {
    expect(shown('The sign read “Closed” — Harbour Street was empty.')).toEqual([]);
    expect(shown('Residents painted “No tunnel” — and meant it.')).toEqual([]);
    expect(shown('Residents held signs reading “Save the pier.”\n\n- Reuters.')).toEqual([]);
  });
});
