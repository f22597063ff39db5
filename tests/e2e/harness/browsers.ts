import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { until, waitInPage } from './waiting';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const CHROMIUM = '/usr/lib/chromium/chromium';
const FIREFOX = '/usr/lib/firefox-esr/firefox-esr';
/** Must match GECKO_ID in vite.config.ts. */
const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Pinned so that moz-extension:// addresses are known before the add-on starts. */
const FIREFOX_UUID = '5a0c2b6e-6f1d-4c55-9d7e-50a7c1b0f1e1';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extensionOrigin: string;
  /** The user data folder; launch again with it to test what survives a restart. */
  profile: string;
  /** Opens a page of the extension ("src/popup/index.html?tabId=3") and waits until it has loaded. */
  openExtensionPage(path: string, options?: ExtensionPageOptions): Promise<Page>;
  /** The browser's tab id of a page opened in a tab, as the extension's APIs know it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface ExtensionPageOptions {
  /** In a window of its own rather than a tab. */
  window?: boolean;
  viewport?: { width: number; height: number };
  /** Runs on the new page before it navigates (scripts to run before the page's own). */
  prepare?: (page: Page) => Promise<void>;
}

export function extensionDir(name: BrowserName): string {
  const dist = process.env.SOURCELIGHT_DIST ?? 'dist';
  const dir = resolve(dist, name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

/**
 * The browser's interface language, as Chrome names its locale folders ("de", "pt_BR"). Pinned
 * to English unless a test asks for another, whatever the machine's own language is; the browser
 * needs its language pack (Debian: chromium-l10n, firefox-esr-l10n-*) to switch.
 */
export const ENGLISH = 'en_US';

/** "pt_BR" → "pt-BR", as the browsers' settings and Intl want it. */
const languageTag = (locale: string) => locale.replace('_', '-');

/**
 * What the reader has granted when a test starts: every site (what "every page" asks for, the
 * state most tests read pages in), or nothing, as right after install.
 */
export type Granted = 'every-site' | 'nothing';

/**
 * Chromium's permission prompt cannot be answered in a headless browser: a request stays pending.
 * Granted every site, Chromium loads a copy of the build whose manifest requires the hosts the
 * real one makes optional, which Chromium grants at install, as a reader's "Allow" would; the
 * tests then take the grant back, or give one site, as the browser's own site access settings do
 * (see site-access-settings.ts). The copy lives beside the build and is never shipped.
 */
function chromiumCopyGrantedEverySite(): string {
  const dir = extensionDir('chromium');
  const copy = `${dir}-every-site`;
  // Made afresh from the build each time: no file of an older build lingers in it.
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return copy;
}

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(name === 'chromium' ? CHROMIUM : FIREFOX);
}

async function launchChromium(
  profile: string,
  locale: string,
  granted: Granted,
): Promise<{ browser: Browser; origin: string }> {
  const dir = granted === 'every-site' ? chromiumCopyGrantedEverySite() : extensionDir('chromium');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    // On Linux, Chromium takes its interface language from the environment; --lang sets the rest.
    env: { ...process.env, LANGUAGE: locale, LC_ALL: `${locale}.UTF-8`, LANG: `${locale}.UTF-8` },
    args: [
      `--lang=${languageTag(locale)}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets a test press the toolbar button (Extensions.triggerAction), which grants activeTab.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  // Node's URL gives "null" as the origin of non-web schemes: take the id from the address itself.
  const id = /^chrome-extension:\/\/([a-p]{32})\//.exec(worker.url())?.[1];
  if (!id) throw new Error(`unexpected service worker address ${worker.url()}`);
  return { browser, origin: `chrome-extension://${id}/` };
}

async function launchFirefox(
  profile: string,
  locale: string,
): Promise<{ browser: Browser; origin: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The interface language, from the language packs installed beside Firefox.
      'intl.locale.requested': languageTag(locale),
      // Quiet start: no first-run pages, no update or telemetry traffic on a machine without network.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // A temporary add-on is uninstalled when Firefox quits; keep its storage so restarts can be tested.
      'extensions.webextensions.keepStorageOnUninstall': true,
      // Optional permissions asked for in a reader's click are granted without the prompt, which
      // a headless browser cannot answer. A request outside a click is still refused.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(extensionDir('firefox'));
  return { browser, origin: `moz-extension://${FIREFOX_UUID}/` };
}

/**
 * Starts a real browser with the built extension loaded, its interface in `locale` (see ENGLISH),
 * and what the reader has granted it (see Granted).
 */
export async function launchWithExtension(
  name: BrowserName,
  profile = mkdtempSync(join(tmpdir(), `sourcelight-${name}-`)),
  locale = ENGLISH,
  granted: Granted = 'every-site',
): Promise<ExtensionBrowser> {
  const { browser, origin } =
    name === 'chromium'
      ? await launchChromium(profile, locale, granted)
      : await launchFirefox(profile, locale);

  const openExtensionPage = async (
    path: string,
    options: ExtensionPageOptions = {},
  ): Promise<Page> => {
    const page = await browser.newPage(options.window ? { type: 'window' } : undefined);
    if (options.viewport) await page.setViewport(options.viewport);
    await options.prepare?.(page);
    // An extension page's load event may never reach the driver (Firefox); wait for its own state.
    void page.goto(origin + path).catch(() => undefined);
    // Until the navigation commits the tab shows about:blank, which is also loaded and has a body.
    await waitInPage(
      page,
      (address: string) => {
        const scope = globalThis as {
          browser?: { storage?: object };
          chrome?: { storage?: object };
        };
        return (
          location.href.startsWith(address) &&
          document.readyState !== 'loading' &&
          !!(scope.browser ?? scope.chrome)?.storage
        );
      },
      origin,
    );
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const probe = await openExtensionPage('src/options/index.html');
    try {
      return await probe.evaluate(async (address: string) => {
        type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
        const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
        const tab = tabs.find((t) => t.url === address);
        if (tab?.id === undefined) throw new Error(`no tab shows ${address}`);
        return tab.id;
      }, url);
    } finally {
      await probe.close();
    }
  };

  const ext: ExtensionBrowser = {
    name,
    browser,
    extensionOrigin: origin,
    profile,
    openExtensionPage,
    tabIdOf,
    close: () => browser.close(),
  };
  if (granted === 'every-site') {
    if (name === 'firefox') await grantInAClick(ext, EVERY_SITE);
    await waitForPageScriptRegistered(ext);
  }
  return ext;
}

const EVERY_SITE = ['http://*/*', 'https://*/*'];

/**
 * Asks Firefox for `origins` from a reader's click on an extension page (a listener the test
 * adds, not the extension's code), which the launch prefs grant without a prompt. Returns whether
 * the browser granted them.
 */
export async function grantInAClick(ext: ExtensionBrowser, origins: string[]): Promise<boolean> {
  const page = await ext.openExtensionPage('src/options/index.html');
  try {
    await page.evaluate((asked: string[]) => {
      type Permissions = { permissions: { request(p: object): Promise<boolean> } };
      const scope = globalThis as unknown as { browser: Permissions; granted?: Promise<boolean> };
      document.addEventListener(
        'click',
        () => {
          scope.granted = scope.browser.permissions.request({ origins: asked });
        },
        { once: true },
      );
    }, origins);
    await page.mouse.click(5, 5);
    return (
      (await page.evaluate(() => (globalThis as { granted?: Promise<boolean> }).granted)) === true
    );
  } finally {
    await page.close();
  }
}

/** Waits until the background has registered the page script, so that pages opened next run it. */
export async function waitForPageScriptRegistered(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.openExtensionPage('src/options/index.html');
  try {
    await until(
      () =>
        page.evaluate(async () => {
          type Scripting = { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
          const scope = globalThis as unknown as { browser?: Scripting; chrome: Scripting };
          return (
            (await (scope.browser ?? scope.chrome).scripting.getRegisteredContentScripts()).length >
            0
          );
        }),
      'the page script to be registered',
    );
  } finally {
    await page.close();
  }
}
