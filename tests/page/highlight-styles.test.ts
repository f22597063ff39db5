import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../src/engine/types';
import { highlightName, highlightStyles, UNDERLINES } from '../../src/page/highlight-styles';

describe('highlight styles', () => {
  it('gives every kind of named source an underline that differs without colour', () => {
    const withSource = SOURCE_KINDS.filter((kind) => kind !== 'none');
    const underlines = withSource.map((kind) => UNDERLINES[kind]);
    expect(new Set(underlines).size).toBe(withSource.length);
  });

  it('styles every part of every kind, in light, dark and forced-colours palettes', () => {
    for (const palette of ['light', 'dark'] as const) {
      const css = highlightStyles(palette);
      for (const kind of SOURCE_KINDS) {
        for (const part of ['cue', 'source', 'claim'] as const) {
          expect(css).toContain(`::highlight(${highlightName(part, kind)})`);
        }
      }
      expect(css).toContain('@media (forced-colors: active)');
    }
    expect(highlightStyles('light')).not.toBe(highlightStyles('dark'));
  });

  it('draws a belief’s cue and claim in a dotted style of their own, its holder as any source', () => {
    const css = highlightStyles('light');
    for (const kind of SOURCE_KINDS) {
      const cue = highlightName('cue', kind, 'belief');
      expect(cue).not.toBe(highlightName('cue', kind));
      expect(css).toMatch(new RegExp(`::highlight\\(${cue}\\) \\{[^}]*dotted`));
      expect(css).toContain(`::highlight(${highlightName('claim', kind, 'belief')})`);
      expect(highlightName('source', kind, 'belief')).toBe(highlightName('source', kind));
    }
  });

  it('names every highlight so that it starts with "sourcelight"', () => {
    for (const kind of SOURCE_KINDS) expect(highlightName('cue', kind)).toMatch(/^sourcelight-/);
  });
});
