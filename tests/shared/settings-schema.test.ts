import { describe, expect, it } from 'vitest';
import {
  cuePhraseProblem,
  DEFAULT_SETTINGS,
  parseSettings,
  runsOn,
} from '../../src/shared/settings-schema';

describe('stored settings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the default of each broken value and keeps the good ones', () => {
    const settings = parseSettings({
      highlightsOn: 'yes',
      runMode: 'sometimes',
      theme: 'dark',
      sites: { 'a.example': false, 'b.example': 'on' },
      kinds: { person: false, media: 7 },
      extraCues: ['sources close to', 42, '<script>', 'Sources close to', '   '],
    });
    expect(settings.highlightsOn).toBe(true);
    expect(settings.runMode).toBe('automatic');
    expect(settings.theme).toBe('dark');
    expect(settings.sites).toEqual({ 'a.example': false });
    expect(settings.kinds.person).toBe(false);
    expect(settings.kinds.media).toBe(true);
    expect(settings.extraCues).toEqual(['sources close to']);
  });

  it('keeps beliefs off unless the reader turned them on', () => {
    expect(parseSettings({}).beliefs).toBe(false);
    expect(parseSettings({ beliefs: true }).beliefs).toBe(true);
    expect(parseSettings({ beliefs: 'yes' }).beliefs).toBe(false);
  });

  it('survives values of the wrong shape altogether', () => {
    expect(parseSettings({ sites: [], kinds: null, extraCues: 'said' })).toEqual(DEFAULT_SETTINGS);
  });

  it('explains why a cue phrase is refused', () => {
    expect(cuePhraseProblem('  ', [])).toBe('empty');
    expect(cuePhraseProblem('a', [])).toBe('invalid');
    expect(cuePhraseProblem('said <b>', [])).toBe('invalid');
    expect(cuePhraseProblem('Sources close to', ['sources close to'])).toBe('duplicate');
    expect(cuePhraseProblem('people briefed on', [])).toBeNull();
  });

  it('runs on every site, on allowed sites, or only when asked', () => {
    const allowed = {
      ...DEFAULT_SETTINGS,
      runMode: 'allowed-sites' as const,
      sites: { 'a.example': true },
    };
    expect(runsOn(DEFAULT_SETTINGS, 'b.example', false)).toBe(true);
    expect(runsOn(allowed, 'a.example', false)).toBe(true);
    expect(runsOn(allowed, 'b.example', false)).toBe(false);
    expect(runsOn(allowed, 'b.example', true)).toBe(true);
    expect(runsOn({ ...DEFAULT_SETTINGS, runMode: 'on-request' }, 'a.example', false)).toBe(false);
  });
});
