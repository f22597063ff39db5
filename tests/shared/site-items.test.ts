import { describe, expect, it } from 'vitest';
import { gatherSites, spreadSites, staleSiteItems } from '../../src/shared/site-items';

/** How Chrome counts an item against its 8 KB: the key and the value as JSON, in bytes. */
const itemBytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key + JSON.stringify(value)).length;

const manySites = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, n) => [`news-${n}.regional-paper.example.co.uk`, n % 3 > 0]),
  );

describe('sites spread over synced items', () => {
  it('keeps every item under the 8 KB the browsers allow, and loses no site', () => {
    const sites = manySites(2000);
    const items = spreadSites(sites);
    expect(items.siteItems).toBeGreaterThan(5);
    for (const [key, value] of Object.entries(items)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(8192);
    }
    expect(gatherSites(items)).toEqual(sites);
  });

  it('stores no site item for no sites, and reads nothing from items past the count', () => {
    expect(spreadSites({})).toEqual({ siteItems: 0 });
    const longer = spreadSites(manySites(600));
    const shorter = spreadSites({ 'a.example': true });
    const stale = staleSiteItems(longer, shorter.siteItems as number);
    expect(stale.length).toBe((longer.siteItems as number) - 1);
    expect(gatherSites({ ...longer, ...shorter })).toEqual({ 'a.example': true });
  });

  it('reads broken items as no sites rather than failing', () => {
    expect(gatherSites({})).toBeUndefined();
    expect(gatherSites({ siteItems: 'two' })).toBeUndefined();
    expect(gatherSites({ siteItems: 2, 'sites.0': 'x', 'sites.1': { 'a.example': 'on' } })).toEqual(
      {},
    );
  });
});
