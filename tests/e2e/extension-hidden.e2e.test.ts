import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionDir } from './harness/browsers';
import { waitForHighlights } from './harness/page-snapshot';
import { browserWithFixtures } from './harness/suite';

/** Every file of the built extension, as paths from its root ("page.js", "icons/icon-16.png"). */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** A site cannot tell that its reader has Sourcelight by fetching the extension's files. */
describe.each(BROWSERS)('the extension hidden from web pages in %s', (name) => {
  const suite = browserWithFixtures(name);

  it('highlights the article, yet the page can fetch none of the extension’s files', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(suite.server.url('clean-article.html'));
    await waitForHighlights(page);

    const files = filesOf(extensionDir(name));
    expect(files).toContain('page.js');
    const fetched = await page.evaluate(
      async (origin: string, paths: string[]) => {
        const reached: string[] = [];
        for (const path of paths) {
          // A file the browser keeps from web pages rejects the fetch; only a reachable one resolves.
          const response = await fetch(origin + path).catch(() => null);
          if (response) reached.push(path);
        }
        return reached;
      },
      suite.ext.extensionOrigin,
      files,
    );
    expect(fetched).toEqual([]);
    await page.close();
  });

  it('declares no file that web pages may load, no page script, and no site access at install', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir(name), 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    // The background registers page.js for the sites the reader grants, or injects it when asked.
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
