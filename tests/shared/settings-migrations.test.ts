import { describe, expect, it } from 'vitest';
import {
  type Migration,
  migrate,
  SCHEMA_VERSION,
  VERSION_KEY,
} from '../../src/shared/settings-migrations';
import { parseSettings } from '../../src/shared/settings-schema';
import { gatherSites } from '../../src/shared/site-items';

// Two layout changes as a later version might make them: a key renamed, then a value reshaped.
const renameSwitch: Migration = ({ enabled, ...rest }) => ({ ...rest, highlightsOn: enabled });
const sitesAsRecord: Migration = ({ sites, ...rest }) => ({
  ...rest,
  sites: Object.fromEntries(((sites as string[]) ?? []).map((host) => [host, true])),
});

describe('settings migrations', () => {
  it('lifts data of the first layout through every step', () => {
    const stored = { enabled: false, sites: ['a.example'] };
    expect(migrate(stored, [renameSwitch, sitesAsRecord])).toEqual({
      highlightsOn: false,
      sites: { 'a.example': true },
    });
  });

  it('applies only the steps after the stored version', () => {
    const stored = { [VERSION_KEY]: 2, highlightsOn: true, sites: ['b.example'] };
    expect(migrate(stored, [renameSwitch, sitesAsRecord]).sites).toEqual({ 'b.example': true });
  });

  it('treats a missing or unreadable version as the first and leaves current data alone', () => {
    expect(migrate({ [VERSION_KEY]: 'x', enabled: true }, [renameSwitch])).toEqual({
      [VERSION_KEY]: 'x',
      highlightsOn: true,
    });
    expect(migrate({ [VERSION_KEY]: 3, theme: 'dark' }, [renameSwitch, sitesAsRecord])).toEqual({
      [VERSION_KEY]: 3,
      theme: 'dark',
    });
  });

  it('lifts the first layout, all sites in one item, to sites spread over items, losing none', () => {
    const first = {
      highlightsOn: false,
      runMode: 'allowed-sites',
      theme: 'dark',
      sites: { 'www.bbc.co.uk': true, 'www.theguardian.com': false, constructor: true },
      kinds: { person: false },
      extraCues: ['sources close to'],
    };
    const lifted = migrate(first);
    expect(SCHEMA_VERSION).toBe(2);
    expect(lifted.sites).toBeUndefined();
    const { sites, ...rest } = parseSettings(first);
    expect(parseSettings({ ...lifted, sites: gatherSites(lifted) })).toEqual({ ...rest, sites });
  });

  it('lifts a broken site list to none, as it read before', () => {
    expect(gatherSites(migrate({ sites: 'a.example' }))).toBeUndefined();
    expect(parseSettings(migrate({ sites: 'a.example' })).sites).toEqual({});
  });
});
