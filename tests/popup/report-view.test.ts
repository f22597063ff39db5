// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attribution } from '../../src/engine/types';
import { createReportView } from '../../src/popup/report-view';
import type { PageReport, PageState } from '../../src/shared/messages';
import { claim, STORY_CLAIMS } from './claims';
import { browser, resetBrowser, storedSettings, storedSites } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-browser')).browser,
}));

const TAB = 7;

function report(
  attributions: Attribution[] = STORY_CLAIMS,
  state: PageState = 'ready',
): PageReport {
  return {
    url: 'https://news.example/harbour',
    title: 'Harbour vote',
    state,
    declaredLanguage: 'en',
    highlightsOn: true,
    attributions,
  };
}

/** The content script of tab 7 answers with this report, and says whether each jump found its claim. */
function pageAnswers(answer: () => PageReport, jump = (_index: number) => true) {
  browser.tabs.sendMessage.mockImplementation(async (tabId: number, message: unknown) => {
    const request = message as { type: string; index?: number };
    if (tabId !== TAB) throw new Error('no such tab');
    if (request.type === 'get-report' || request.type === 'run-now') return answer();
    if (request.type === 'jump-to-claim') return jump(request.index ?? -1);
    throw new Error(`unexpected ${request.type}`);
  });
}

async function open(tabId: number | null = TAB): Promise<void> {
  document.body.innerHTML = '<main></main>';
  delete document.body.dataset.state;
  const main = document.querySelector('main') as HTMLElement;
  createReportView(main).show(tabId);
  await vi.waitFor(() => expect(document.body.dataset.state).not.toBe('loading'));
}

const groups = () =>
  [...document.querySelectorAll<HTMLElement>('.source-group')].map((group) => ({
    name: group.dataset.name,
    kind: group.dataset.kind,
    claims: group.querySelectorAll('.claim').length,
  }));
const spoken = () => document.querySelector('[aria-live]')?.textContent?.trim();
const shownClaims = () =>
  [...document.querySelectorAll<HTMLElement>('.claim')].map((c) => Number(c.dataset.index));

beforeEach(resetBrowser);

describe('the report of a page with claims', () => {
  beforeEach(() => pageAnswers(() => report()));

  it('sums up the claims and sources, and lists each source with its kind and count', async () => {
    await open();
    expect(document.body.dataset.state).toBe('ready');
    const summary = document.querySelector('.summary-counts')?.textContent;
    expect(summary).toContain('Claims8');
    expect(summary).toContain('Sources6');
    expect(summary).toContain('Named sources5');
    expect(summary).toContain('No source1');
    expect(document.querySelector('.profile-bar')?.getAttribute('aria-label')).toBe(
      'Claims by kind of source: Named person 2, Organisation 2, News outlet 1, Document 1, Unnamed source 1, No source 1',
    );
    expect(groups()[0]).toEqual({ name: 'Elena Ruiz', kind: 'person', claims: 2 });
    expect(groups().at(-1)).toEqual({ name: '', kind: 'none', claims: 1 });
    expect(document.querySelector('.source-group .source-heading')?.textContent).toContain(
      '2 claims',
    );
  });

  it('shows each claim with its cue and its chain', async () => {
    await open();
    const cited = document.querySelector('.claim[data-index="5"]')?.textContent;
    expect(cited).toContain('“the vote was moved to May”');
    expect(cited).toContain('said');
    expect(cited).toContain('cited by Interfax');
  });

  it('filters by kind and tells screen readers how many claims are left', async () => {
    await open();
    const box = document.querySelector<HTMLInputElement>('.kind-filters input[value="person"]');
    box?.click();
    expect(groups().map((g) => g.kind)).not.toContain('person');
    expect(shownClaims()).toHaveLength(6);
    expect(spoken()).toBe('6 of 8 claims shown');
    document.querySelector<HTMLButtonElement>('.list-toolbar .button.link')?.click();
    expect(shownClaims()).toHaveLength(8);
  });

  it('searches sources and claims a moment after the reader stops typing', async () => {
    await open();
    const search = document.querySelector<HTMLInputElement>(
      'input[type="search"]',
    ) as HTMLInputElement;
    search.value = 'ferries';
    search.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(shownClaims()).toEqual([7]));
    expect(groups()).toEqual([{ name: 'Blue Wake Ferries', kind: 'organization', claims: 1 }]);
  });

  it('puts the cursor in the search box when the reader presses /', async () => {
    await open();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement?.getAttribute('type')).toBe('search');
  });

  it('takes the page to a clicked claim, and steps to the next one with the arrow key', async () => {
    const jumps: number[] = [];
    pageAnswers(
      () => report(),
      (index) => jumps.push(index) > 0,
    );
    await open();
    const first = document.querySelector<HTMLButtonElement>(
      '.claim[data-index="0"]',
    ) as HTMLButtonElement;
    first.click();
    await vi.waitFor(() => expect(jumps).toEqual([0]));
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await vi.waitFor(() => expect(jumps).toEqual([0, 4]));
    expect(document.activeElement?.getAttribute('data-index')).toBe('4');
    expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-index')).toBe('4');
    expect(document.querySelectorAll('.claim[tabindex="0"]')).toHaveLength(1);
  });

  it('says so when the page no longer has the claim', async () => {
    pageAnswers(
      () => report(),
      () => false,
    );
    await open();
    document.querySelector<HTMLButtonElement>('.claim')?.click();
    await vi.waitFor(() =>
      expect(spoken()).toBe('That claim could not be found in the page any more.'),
    );
  });

  it('redraws when its page reports a change, and ignores other tabs', async () => {
    let attributions = STORY_CLAIMS.slice(0, 2);
    pageAnswers(() => report(attributions));
    await open();
    expect(shownClaims()).toHaveLength(2);
    attributions = STORY_CLAIMS;
    browser.runtime.onMessage.fire(
      { type: 'report-changed', count: 8, state: 'ready' },
      { tab: { id: 99 } },
    );
    await new Promise((done) => setTimeout(done, 400));
    expect(shownClaims()).toHaveLength(2);
    browser.runtime.onMessage.fire(
      { type: 'report-changed', count: 8, state: 'ready' },
      { tab: { id: TAB } },
    );
    await vi.waitFor(() => expect(shownClaims()).toHaveLength(8));
    expect(spoken()).toBe('The page changed: 8 claims now');
  });

  it('keeps the reader on the same claim, and in the same checkbox, when the page changes', async () => {
    let attributions = STORY_CLAIMS.slice(2);
    pageAnswers(() => report(attributions));
    await open();
    const current = () => document.querySelector<HTMLButtonElement>('.claim[aria-current="true"]');
    document.querySelector<HTMLButtonElement>('.claim[data-index="2"]')?.click();
    document.querySelector<HTMLButtonElement>('.claim[data-index="2"]')?.focus();
    expect(current()?.textContent).toContain('she would not be rushed');

    attributions = STORY_CLAIMS;
    browser.runtime.onMessage.fire(
      { type: 'report-changed', count: 8, state: 'ready' },
      { tab: { id: TAB } },
    );
    await vi.waitFor(() => expect(shownClaims()).toHaveLength(8));
    expect(current()?.dataset.index).toBe('4');
    expect(document.activeElement).toBe(current());

    const box = document.querySelector<HTMLInputElement>('.kind-filters input[value="media"]');
    box?.focus();
    browser.runtime.onMessage.fire(
      { type: 'report-changed', count: 8, state: 'ready' },
      { tab: { id: TAB } },
    );
    await new Promise((done) => setTimeout(done, 400));
    expect(document.activeElement).toBe(box);
  });

  it('shows page text as text, never as markup', async () => {
    const text = '<img src=x onerror="alert(1)"> said <b>bold</b> things.';
    pageAnswers(() =>
      report([
        claim(text, {
          cue: 'said',
          source: '<img src=x onerror="alert(1)">',
          content: '<b>bold</b> things',
          kind: 'person',
        }),
      ]),
    );
    await open();
    expect(document.querySelector('main img, main b')).toBeNull();
    expect(document.querySelector('.source-name')?.textContent).toBe(
      '<img src=x onerror="alert(1)">',
    );
    expect(document.querySelector('.claim-words')?.textContent).toBe('“<b>bold</b> things”');
  });

  it('turns highlights off on this site alone with the site switch', async () => {
    await open();
    const site = document.querySelector<HTMLInputElement>('#switch-site') as HTMLInputElement;
    expect(site.labels?.[0]?.textContent).toBe('Highlights on news.example');
    expect(site.checked).toBe(true);
    site.click();
    await vi.waitFor(() => expect(storedSites()).toEqual({ 'news.example': false }));
    expect(document.querySelector<HTMLInputElement>('#switch-all')?.checked).toBe(true);
  });

  it('marks the page’s words with the article’s language, and its own words with none', async () => {
    pageAnswers(() => ({ ...report(), language: 'fr' }));
    await open();
    const lang = (selector: string) => document.querySelector(selector)?.getAttribute('lang');
    expect(lang('.page-title')).toBe('fr');
    expect(lang('.source-name')).toBe('fr');
    expect(lang('.claim-words')).toBe('fr');
    expect(lang('.claim-cue')).toBe('fr');
    expect(lang('.source-kind')).toBeNull();
    expect(lang('.source-count')).toBeNull();
    expect(document.querySelector('.no-source .source-name')?.getAttribute('lang')).toBeNull();
  });

  it('leaves the language out when the report does not know it', async () => {
    await open();
    expect(document.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it('says when the page holds more claims than it lists', async () => {
    await open();
    const status = () => document.querySelector('.list-status')?.textContent;
    expect(status()).toBe('All 8 claims');
    pageAnswers(() => ({ ...report(), capped: true }));
    await open();
    expect(status()).toBe('The first 8 claims shown: this page holds more than Sourcelight lists');
  });
});

describe('a page that is not a list of claims', () => {
  it('says the page has no attributed claims', async () => {
    pageAnswers(() => report([]));
    await open();
    expect(document.body.dataset.state).toBe('empty');
    expect(document.querySelector('.state h2')?.textContent).toBe('No attributed claims found');
    expect(document.querySelector('.export')?.hasAttribute('hidden')).toBe(true);
  });

  it('offers to read a waiting page now, or always on its site', async () => {
    let state: PageState = 'idle';
    pageAnswers(() => report(state === 'idle' ? [] : STORY_CLAIMS, state));
    await open();
    expect(document.body.dataset.state).toBe('idle');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.state-actions button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Find attributions on this page',
      'Always on news.example',
    ]);
    state = 'ready';
    buttons[1]?.click();
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
    expect(storedSites()).toEqual({ 'news.example': true });
  });

  it('says the page is not an article', async () => {
    pageAnswers(() => report([], 'not-article'));
    await open();
    expect(document.body.dataset.state).toBe('not-article');
  });

  it('says the page is not in a language it reads yet, and offers no export', async () => {
    pageAnswers(() => report([], 'other-language'));
    await open();
    expect(document.body.dataset.state).toBe('other-language');
    expect(document.querySelector('#state-title')?.textContent).toBe(
      'This page is not in a language Sourcelight reads yet',
    );
    expect(document.querySelector('.state p')?.textContent).toContain(
      'Sourcelight reads English, French, Spanish, German, and Portuguese for now.',
    );
    expect(document.querySelector('.source-group')).toBeNull();
    expect(document.querySelector('.export')?.hasAttribute('hidden')).toBe(true);
  });

  it('names the language a page in another language declares, and never one it reads', async () => {
    const sentence = () => document.querySelector('.state p')?.textContent;
    const declaring = (declaredLanguage: string) =>
      pageAnswers(() => ({ ...report([], 'other-language'), declaredLanguage }));
    declaring('it');
    await open();
    expect(sentence()).toMatch(/^It seems to be in Italian\. Sourcelight reads English, French/);
    declaring('nl-BE');
    await open();
    expect(sentence()).toMatch(/^It seems to be in Flemish\./);
    for (const wrong of ['en', 'en-GB', 'fr', 'pt-BR', 'french', '']) {
      declaring(wrong);
      await open();
      expect(sentence()).toMatch(
        /^Sourcelight reads English, French, Spanish, German, and Portuguese for now\./,
      );
    }
  });

  it('says plainly when the page could not be read, and that reloading may help', async () => {
    pageAnswers(() => report([], 'failed'));
    await open();
    expect(document.body.dataset.state).toBe('failed');
    expect(document.querySelector('#state-title')?.textContent).toBe(
      'Sourcelight could not read this page',
    );
    expect(document.querySelector('.state p')?.textContent).toContain('Reload the page');
  });

  it('waits while the page is still being read', async () => {
    let state: PageState = 'scanning';
    pageAnswers(() => report(state === 'ready' ? STORY_CLAIMS : [], state));
    await open();
    expect(document.body.dataset.state).toBe('scanning');
    state = 'ready';
    browser.runtime.onMessage.fire(
      { type: 'report-changed', count: 8, state: 'ready' },
      { tab: { id: TAB } },
    );
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
  });

  it('says an extension cannot run on a browser page', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'chrome://extensions/',
    }));
    await open();
    expect(document.body.dataset.state).toBe('unsupported');
    expect(document.querySelector('#switch-site')?.closest('label')?.hidden).toBe(true);
  });

  it('says so on an extension store, though the address is a web address', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'https://addons.mozilla.org/en-US/firefox/',
    }));
    await open();
    expect(document.body.dataset.state).toBe('unsupported');
  });

  it('offers to grant the missing site permission, and starts once it is granted', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'https://news.example/a',
    }));
    browser.permissions.contains.mockImplementation(async () => false);
    await open();
    expect(document.body.dataset.state).toBe('no-permission');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.state-actions button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Allow on all sites',
      'Allow on this site only',
      'Find attributions on this page',
    ]);

    browser.runtime.sendMessage.mockImplementation(async () => report());
    buttons[1]?.click();
    expect(browser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://news.example/*'],
    });
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'run-on-tab', tabId: TAB });
  });

  it('asks for every site when the tab does not even show its address', async () => {
    browser.permissions.contains.mockImplementation(async () => false);
    await open();
    expect(document.body.dataset.state).toBe('no-permission');
    document.querySelector<HTMLButtonElement>('.state-actions button')?.click();
    expect(browser.permissions.request).toHaveBeenCalledWith({
      origins: ['http://*/*', 'https://*/*'],
    });
  });

  it('needs no grant to read a page when the reader reads on request', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'https://news.example/a',
    }));
    browser.permissions.contains.mockImplementation(async () => false);
    storedSettings.runMode = 'on-request';
    await open();
    expect(document.body.dataset.state).toBe('idle');
    expect(browser.permissions.request).not.toHaveBeenCalled();
  });

  it('runs on request on a page nobody asked about yet', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'https://news.example/a',
    }));
    await open();
    expect(document.body.dataset.state).toBe('idle');
    browser.runtime.sendMessage.mockImplementation(async () => report());
    document.querySelector<HTMLButtonElement>('.state-actions button')?.click();
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
  });

  it('says it cannot run when starting on the page fails', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({
      id,
      windowId: 1,
      url: 'https://news.example/a.pdf',
    }));
    await open();
    browser.runtime.sendMessage.mockImplementation(async () => {
      throw new Error('Cannot access contents of the page');
    });
    document.querySelector<HTMLButtonElement>('.state-actions button')?.click();
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('unsupported'));
  });

  it('has nothing to report without a tab', async () => {
    await open(null);
    expect(document.body.dataset.state).toBe('unsupported');
  });
});
