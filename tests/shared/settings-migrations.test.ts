import { describe, expect, it } from 'vitest';
import { type Migration, migrate, VERSION_KEY } from '../../src/shared/settings-migrations';

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
});
