import { afterAll, beforeAll } from 'vitest';
import {
  type BrowserName,
  browserAvailable,
  type ExtensionBrowser,
  launchWithExtension,
} from './browsers';
import { type FixtureServer, serveFolder } from './server';

export interface ServedFixtures {
  readonly server: FixtureServer;
}

export interface BrowserSuite extends ServedFixtures {
  readonly ext: ExtensionBrowser;
}

const started = <T>(part: T | undefined): T => {
  if (part === undefined) throw new Error('the browser suite has not started yet');
  return part;
};

/**
 * The project's fixture pages served from 127.0.0.1 for every test of the describe block that
 * calls this, once the browser named is known to be installed; for tests that launch their own.
 */
export function servedFixtures(name: BrowserName): ServedFixtures {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    if (!browserAvailable(name))
      throw new Error(`${name} is not installed: run the README's first command`);
    server = await serveFolder('tests/fixtures/pages');
  });
  afterAll(() => server?.close());
  return {
    get server() {
      return started(server);
    },
  };
}

/**
 * One real browser with the built extension, and the fixture pages served, shared by every test
 * of the describe block that calls this (launched before the first test, closed after the last).
 */
export function browserWithFixtures(name: BrowserName): BrowserSuite {
  const fixtures = servedFixtures(name);
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    ext = await launchWithExtension(name);
  });
  afterAll(() => ext?.close());
  return {
    get server() {
      return fixtures.server;
    },
    get ext() {
      return started(ext);
    },
  };
}
