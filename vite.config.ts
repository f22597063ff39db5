import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * One manifest.json, one codebase, three builds chosen by `--mode`:
 *   chrome  → dist/chrome   (service worker, side_panel)
 *   firefox → dist/firefox  (event page scripts, sidebar_action, gecko settings)
 *   lib     → dist/lib      (the package: `import { extract, readPage } from 'sourcelight'`, and the
 *                            `sourcelight` command, cli.js)
 * The extension builds' page script is page.js, one classic script that no manifest declares (the
 * background registers or injects it): see classicPageScript.
 */

type Browser = 'chrome' | 'firefox';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const template = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

/** The page script's source and its built file, PAGE_SCRIPT_FILE in src/shared/page-script.ts. */
const PAGE_SCRIPT_ENTRY = 'src/page/index.ts';
const PAGE_SCRIPT_FILE = 'page.js';

/** The Firefox id; tests pin its moz-extension UUID through this id. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

/** The manifest crx builds. */
function manifestFor(browser: Browser): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...template, version: pkg.version };
  if (browser === 'chrome') return manifest as unknown as ManifestV3Export;

  const { service_worker: worker } = template.background as { service_worker: string };
  const sidePanel = template.side_panel as { default_path: string };
  const permissions = (template.permissions as string[]).filter((p) => p !== 'sidePanel');
  delete manifest.side_panel;
  return {
    ...manifest,
    permissions,
    background: { scripts: [worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: '__MSG_sidebarTitle__',
      default_icon: 'icons/icon-32.png',
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 142: CSS Custom Highlight API (140) and data_collection_permissions on desktop and Android (142).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * Builds the page script as one self-contained classic script after crx has written the rest. crx
 * would build module chunks behind a loader: the page pays for a dynamic import, and the chunks
 * must be web-accessible, so any site could fetch them to detect the extension.
 */
function classicPageScript(entry: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sourcelight:classic-page-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle({ dir }) {
      await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        publicDir: false,
        logLevel: config.logLevel,
        build: {
          outDir: dir ?? resolve(config.root, config.build.outDir),
          emptyOutDir: false,
          copyPublicDir: false,
          target: config.build.target,
          minify: config.build.minify,
          sourcemap: config.build.sourcemap,
          // Library mode: the one way to an IIFE of a single entry.
          lib: {
            entry: resolve(config.root, entry),
            formats: ['iife'],
            // Required for an IIFE; the script exports nothing, so it declares no global.
            name: 'sourcelight',
            fileName: () => PAGE_SCRIPT_FILE,
          },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
    },
  };
}

/** Vitest: unit tests in Node or happy-dom, and real-browser tests against the built extension. */
const testConfig: ViteUserConfig = {
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.e2e.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Also the built library (tests/cli), which exists only after `npm run build`.
          include: ['tests/e2e/**/*.e2e.test.ts', 'tests/cli/**/*.e2e.test.ts'],
          environment: 'node',
          // Real browsers on a 2-core machine: one file at a time, generous limits.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
};

export default defineConfig(({ mode }) => {
  // Tests run against the built extension; the crx plugin would rewrite dist/ while they run.
  if (mode === 'test') return testConfig;
  if (mode === 'lib') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        lib: {
          entry: { index: resolve('src/lib/index.ts'), cli: resolve('src/cli/bin.ts') },
          formats: ['es'],
        },
        rolldownOptions: {
          // Node's own modules, and the DOM the page reader loads from the package's dependencies.
          external: [/^node:/, 'happy-dom'],
          output: {
            banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
            // The engine and the page reader, shared by the two entries.
            chunkFileNames: 'sourcelight-[hash].js',
          },
        },
      },
    };
  }
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'src/public',
    plugins: [
      crx({ manifest: manifestFor(browser), browser }),
      classicPageScript(PAGE_SCRIPT_ENTRY),
    ],
    build: {
      // SOURCELIGHT_DIST lets parallel runs (several engineers, CI) keep separate builds.
      outDir: `${process.env.SOURCELIGHT_DIST ?? 'dist'}/${browser}`,
      emptyOutDir: true,
      // The polyfill would fetch() chunks; our CSP forbids every connection, and no browser we support needs it.
      modulePreload: { polyfill: false },
      // crx builds the pages the manifest names; Firefox's sidebar_action is not one it knows of.
      rolldownOptions:
        browser === 'firefox' ? { input: { sidebar: 'src/sidepanel/index.html' } } : {},
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      // bench:page maps its profiles back to our sources; store builds carry no source maps.
      sourcemap: process.env.SOURCELIGHT_SOURCEMAPS ? 'hidden' : false,
    },
  };
});
