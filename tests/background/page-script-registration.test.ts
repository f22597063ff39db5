import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  pagesToRunOn,
  updatePageScriptRegistration,
} from '../../src/background/page-script-registration';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings-schema';
import { siteChoices } from '../../src/shared/site-choices';

type Script = { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean };

/** The browser's grants and registrations, in memory, failing as browsers do on a duplicate id. */
const { granted, registered, fake } = vi.hoisted(() => {
  const granted = new Set<string>();
  const registered = new Map<string, Script>();
  const fake = {
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...granted], permissions: ['storage'] })),
      // A site is granted by its own pattern or by every site of its scheme ("https://*/*").
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every(
          (origin) => granted.has(origin) || granted.has(origin.replace(/\/\/[^/]+\//, '//*/')),
        ),
      ),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        // Answered after a pause, so that overlapping calls would both see no registration.
        const found = ids.flatMap((id) => registered.get(id) ?? []);
        await new Promise((done) => setTimeout(done, 5));
        return found;
      }),
      registerContentScripts: vi.fn(async (scripts: Script[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      updateContentScripts: vi.fn(async (scripts: Script[]) => {
        for (const script of scripts) registered.set(script.id, script);
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      }),
    },
  };
  return { granted, registered, fake };
});
vi.mock('webextension-polyfill', () => ({ default: fake }));

const EVERY_SITE = ['http://*/*', 'https://*/*'];
const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });
const matchesNow = () => [...registered.values()].map((script) => script.matches);

beforeEach(() => {
  granted.clear();
  registered.clear();
  vi.clearAllMocks();
});

describe('where the page script starts by itself', () => {
  it('is every page for "every page", once the reader granted every site', async () => {
    const everyPage = settings({ runMode: 'automatic' });
    expect(await pagesToRunOn(everyPage)).toEqual([]);
    for (const origin of EVERY_SITE) granted.add(origin);
    granted.add('https://www.bbc.co.uk/*');
    expect(await pagesToRunOn(everyPage)).toEqual(EVERY_SITE);
  });

  it('is the sites allowed one by one for "every page", until every site is granted', async () => {
    // "Allow on this site only" in the popup; the extension's own pages are no site to read.
    granted.add('https://www.bbc.co.uk/*').add('moz-extension://5a0c2b6e/*');
    expect(await pagesToRunOn(settings({ runMode: 'automatic' }))).toEqual([
      'https://www.bbc.co.uk/*',
    ]);
  });

  it('is exactly the sites turned on and granted for "allowed sites"', async () => {
    const mySites = settings({
      runMode: 'allowed-sites',
      sites: siteChoices([
        ['www.bbc.co.uk', true],
        ['example.org', true],
        ['lemonde.fr', false],
      ]),
    });
    granted.add('https://www.bbc.co.uk/*').add('http://lemonde.fr/*');
    expect(await pagesToRunOn(mySites)).toEqual(['https://www.bbc.co.uk/*']);
    // Every site granted covers each site, and still only the reader's own sites are read.
    for (const origin of EVERY_SITE) granted.add(origin);
    expect(await pagesToRunOn(mySites)).toEqual([
      'http://www.bbc.co.uk/*',
      'https://www.bbc.co.uk/*',
      'http://example.org/*',
      'https://example.org/*',
    ]);
  });

  it('is no page "on request", whatever was granted', async () => {
    for (const origin of EVERY_SITE) granted.add(origin);
    expect(await pagesToRunOn(settings({ runMode: 'on-request' }))).toEqual([]);
  });
});

describe('the page script’s registration', () => {
  it('follows the grant: registered for every page, kept across sessions, then removed', async () => {
    for (const origin of EVERY_SITE) granted.add(origin);
    await updatePageScriptRegistration(settings({ runMode: 'automatic' }));
    expect([...registered.values()]).toEqual([
      expect.objectContaining({
        matches: EVERY_SITE,
        js: ['page.js'],
        persistAcrossSessions: true,
      }),
    ]);
    granted.clear();
    await updatePageScriptRegistration(settings({ runMode: 'automatic' }));
    expect(registered.size).toBe(0);
  });

  it('moves with the run mode, one registration however many changes arrive at once', async () => {
    for (const origin of EVERY_SITE) granted.add(origin);
    const mySite = settings({
      runMode: 'allowed-sites',
      sites: siteChoices([['a.example', true]]),
    });
    await Promise.all([
      updatePageScriptRegistration(settings({ runMode: 'automatic' })),
      updatePageScriptRegistration(settings({ runMode: 'automatic' })),
      updatePageScriptRegistration(mySite),
    ]);
    expect(matchesNow()).toEqual([['http://a.example/*', 'https://a.example/*']]);
    expect(fake.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await updatePageScriptRegistration(settings({ runMode: 'on-request' }));
    expect(matchesNow()).toEqual([]);
  });
});
