import { describe, expect, it } from 'vitest';
import { siteSwitched } from '../../src/background/toggles';
import {
  DEFAULT_SETTINGS,
  highlightsOnFor,
  parseSettings,
  runsOn,
  type Settings,
} from '../../src/shared/settings-schema';
import { choiceFor, withChoice, withoutSite } from '../../src/shared/site-choices';

// Hostnames come from pages: these three name what every plain object inherits.
const INHERITED = ['constructor', 'toString', '__proto__'];

const settings = (change: Partial<Settings>): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...change,
});

describe('per-site choices keyed by a name every object inherits', () => {
  it.each(INHERITED)('"%s" follows the global switch until the reader chooses', (host) => {
    expect(highlightsOnFor(settings({ highlightsOn: false }), host)).toBe(false);
    expect(highlightsOnFor(settings({ highlightsOn: true }), host)).toBe(true);
    expect(runsOn(settings({ runMode: 'allowed-sites' }), host, false)).toBe(false);
    expect(choiceFor({}, host)).toBeUndefined();
  });

  it.each(INHERITED)('"%s" keeps the reader’s own choice, through storage too', (host) => {
    const off = settings({ highlightsOn: true, ...siteSwitched(DEFAULT_SETTINGS, host, false) });
    expect(highlightsOnFor(off, host)).toBe(false);
    expect(Object.getPrototypeOf(off.sites)).toBeNull();
    const stored = parseSettings(JSON.parse(JSON.stringify({ sites: off.sites })));
    expect(choiceFor(stored.sites, host)).toBe(false);
    expect(highlightsOnFor(stored, 'example.org')).toBe(true);
    expect(Object.keys(withoutSite(stored.sites, host))).toEqual([]);
  });

  it('never changes what other maps inherit', () => {
    withChoice({}, '__proto__', true);
    parseSettings(JSON.parse('{"sites":{"__proto__":{"polluted":true}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
