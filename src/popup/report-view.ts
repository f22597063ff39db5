import browser, { type Runtime } from 'webextension-polyfill';
import { t, tCount } from '../shared/i18n';
import { askPage, isMessage, type PageReport, type ReportChanged } from '../shared/messages';
import type { Settings } from '../shared/settings-schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { siteAccess } from '../shared/site-access';
import { withChoice } from '../shared/site-choices';
import { createAnnouncer } from './announcer';
import { createClaimsPanel } from './claims-panel';
import { element } from './dom';
import { createExportButtons } from './export/export-buttons';
import { otherLanguageText } from './other-language';
import { hostOf } from './page-access';
import { type PageReach, reachPage, readNow } from './page-link';
import { sayUnusualSave } from './save-notice';
import { renderState, type StateAction, type ViewState } from './states';
import { createSwitches } from './switches';
import { applyTheme } from './theme';

/** Live updates arrive in bursts while a page loads; one redraw per burst is enough. */
const UPDATE_DELAY_MS = 200;
/** While the page is still reading its article, ask again at this pace (report-changed may be missed). */
const SCANNING_RECHECK_MS = 1000;

/** The report of one tab: the popup shows one tab, the side panel whichever tab is active. */
export interface ReportView {
  /**
   * Reports on this tab; null when there is none to report on. `asked` is the answer to a
   * question put to the tab before the view was ready (the popup asks at once).
   */
  show(tabId: number | null, asked?: Promise<PageReach>): void;
  /** Asks the same tab again (it navigated). */
  refresh(): void;
}

export function createReportView(main: HTMLElement): ReportView {
  const announcer = createAnnouncer();
  let tabId: number | null = null;
  let report: PageReport | null = null;
  let settings: Settings | null = null;
  // Each load has a number; an answer for an older one (a tab switched away from) is dropped.
  let generation = 0;
  let updateTimer: ReturnType<typeof setTimeout> | undefined;
  let firstContent = true;

  const title = element('h1', { className: 'page-title' });
  const host = element('p', { className: 'page-host' });
  const switches = createSwitches(announcer.say);
  const content = element('div', { className: 'report-content' });
  const exports = createExportButtons(() => report, announcer.say);
  const panel = createClaimsPanel({ jump, say: announcer.say });
  main.append(
    element('div', { className: 'page-heading' }, title, host),
    switches.element,
    content,
    exports,
    announcer.element,
  );

  const settingsLoaded = loadSettings().then((loaded) => {
    settings = loaded;
    applyTheme(loaded.theme);
    return loaded;
  });
  onSettingsChanged((next) => {
    settings = next;
    applyTheme(next.theme);
    switches.update(next, report ? hostOf(report.url) : null);
  });

  function setState(state: ViewState, actions: StateAction[] = [], text?: string) {
    document.body.dataset.state = state;
    exports.hidden = state !== 'ready';
    if (state !== 'ready') content.replaceChildren(renderState(state, actions, text));
    if (firstContent && state !== 'loading') {
      firstContent = false;
      performance.mark('sourcelight:first-content');
    }
  }

  function showReport(next: PageReport, cause: 'report' | 'update') {
    report = next;
    title.textContent = next.title || next.url;
    // The page's title is in the page's language; the address has none.
    if (next.title && next.language) title.lang = next.language;
    else title.removeAttribute('lang');
    host.textContent = hostOf(next.url) ?? '';
    if (settings) switches.update(settings, hostOf(next.url));
    if (next.state === 'scanning') {
      setState('scanning');
      const mine = generation;
      setTimeout(() => mine === generation && void load('update'), SCANNING_RECHECK_MS);
    } else if (next.state === 'idle') {
      setState('idle', idleActions(hostOf(next.url)));
    } else if (next.state === 'other-language') {
      setState(next.state, [], otherLanguageText(next.declaredLanguage));
    } else if (next.state === 'not-article' || next.state === 'failed') {
      setState(next.state);
    } else if (next.attributions.length === 0) {
      setState('empty');
    } else {
      if (document.body.dataset.state !== 'ready' || cause === 'report') {
        content.replaceChildren(panel.element);
      }
      panel.show(next.attributions, cause, next.language, next.capped === true);
      setState('ready');
      if (cause === 'update') announcer.say(tCount('listUpdated', next.attributions.length));
    }
  }

  function showReach(reach: PageReach, cause: 'report' | 'update') {
    if (reach.kind === 'report') return showReport(reach.report, cause);
    report = null;
    title.textContent = '';
    title.removeAttribute('lang');
    host.textContent = '';
    if (settings) switches.update(settings, null);
    if (reach.kind === 'unsupported') return setState('unsupported');
    if (reach.kind === 'not-started') {
      return setState('idle', idleActions(null));
    }
    const grant = (origins: string[]) => () => {
      // Requested at once inside the click: browsers only show the prompt on a reader's gesture.
      browser.permissions.request({ origins }).then(
        (granted) => (granted ? start() : announcer.say(t('permissionRefused'))),
        () => announcer.say(t('permissionRefused')),
      );
    };
    const actions: StateAction[] = [
      { label: t('grantAllSites'), run: grant(reach.everywhere), primary: true },
    ];
    if (reach.site) actions.push({ label: t('grantThisSite'), run: grant([reach.site]) });
    // No grant at all: the toolbar button lets Sourcelight read the page in front, this once.
    actions.push({ label: t('runNow'), run: start });
    setState('no-permission', actions);
  }

  /** Read this page now; and, where the site is known, read it always from now on. */
  function idleActions(site: string | null): StateAction[] {
    const actions: StateAction[] = [{ label: t('runNow'), run: start, primary: true }];
    if (site && settings) {
      const sites = settings.sites;
      const always = () => {
        // Asked at once inside the click: browsers only show the prompt on a reader's gesture.
        browser.permissions.request({ origins: siteAccess(site) }).then(
          (granted) => granted || announcer.say(t('siteAccessRefused')),
          () => announcer.say(t('siteAccessRefused')),
        );
        sayUnusualSave(saveSettings({ sites: withChoice(sites, site, true) }), announcer.say);
        start();
      };
      actions.push({ label: t('runAlwaysHere', site), run: always });
    }
    return actions;
  }

  async function load(cause: 'report' | 'update', asked?: Promise<PageReach>) {
    if (tabId === null) return;
    const mine = ++generation;
    const target = tabId;
    const [reach] = await Promise.all([asked ?? reachPage(target), settingsLoaded]);
    if (mine === generation) showReach(reach, cause);
  }

  /** The reader asked Sourcelight to read this page now. */
  function start() {
    if (tabId === null) return;
    const mine = ++generation;
    const target = tabId;
    setState('scanning');
    void readNow(target).then((started) => {
      if (mine !== generation) return;
      if (started) showReport(started, 'report');
      else setState('unsupported');
    });
  }

  // The latest claim chosen wins: stepping fast through claims sends one jump at a time.
  let jumping = false;
  let nextJump: number | null = null;
  async function jump(index: number) {
    nextJump = index;
    if (jumping || tabId === null) return;
    jumping = true;
    while (nextJump !== null) {
      const claim = nextJump;
      nextJump = null;
      const found = await askPage(tabId, { type: 'jump-to-claim', index: claim }).catch(
        () => false,
      );
      if (!found) announcer.say(t('jumpFailed'));
    }
    jumping = false;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isMessage<ReportChanged>(message, 'report-changed')) return undefined;
    if (tabId === null || sender.tab?.id !== tabId) return undefined;
    clearTimeout(updateTimer);
    updateTimer = setTimeout(() => void load('update'), UPDATE_DELAY_MS);
    return undefined;
  });

  return {
    show(next, asked) {
      if (next === tabId && next !== null) return;
      tabId = next;
      clearTimeout(updateTimer);
      if (next === null) return showReach({ kind: 'unsupported' }, 'report');
      setState('loading');
      void load('report', asked);
    },
    refresh() {
      clearTimeout(updateTimer);
      void load('report');
    },
  };
}
