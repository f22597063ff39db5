import { afterAll, beforeAll } from 'vitest';
import {
  type BrowserName,
  browserAvailable,
  type ExtensionBrowser,
  launchWithExtension,
} from './browsers';
import { type FixtureServer, serveFolder } from './server';

export interface BrowserSuite {
  readonly ext: ExtensionBrowser;
  readonly server: FixtureServer;
}

/**
 * One real browser with the built extension, and the project's fixture pages served from
 * 127.0.0.1, shared by every test of the describe block that calls this (launched before the
 * first test, closed after the last).
 */
export function browserWithFixtures(name: BrowserName): BrowserSuite {
  let ext: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    if (!browserAvailable(name))
      throw new Error(`${name} is not installed: run the README's first command`);
    server = await serveFolder('tests/fixtures/pages');
    ext = await launchWithExtension(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const started = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('the browser suite has not started yet');
    return part;
  };
  return {
    get ext() {
      return started(ext);
    },
    get server() {
      return started(server);
    },
  };
}
