// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { claim } from '../popup/claims';
import { browser } from '../popup/fake-browser';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../popup/fake-browser')).browser,
}));

function pageOf(source: string): PageReport {
  const text = `${source} said it.`;
  return {
    url: `https://news.example/${source}`,
    title: source,
    state: 'ready',
    declaredLanguage: 'en',
    highlightsOn: true,
    attributions: [claim(text, { cue: 'said', source, content: 'it', kind: 'media' })],
  };
}

const pages = new Map<number, PageReport>([
  [7, pageOf('Reuters')],
  [8, pageOf('Interfax')],
]);
const listed = () =>
  [...document.querySelectorAll<HTMLElement>('.source-group')].map((g) => g.dataset.name);

describe('the side panel', () => {
  it('follows the active tab of its window, unfiltered, and redraws when that tab loads a new page', async () => {
    browser.tabs.query.mockImplementation(async () => [{ id: 7, windowId: 1 }]);
    browser.tabs.sendMessage.mockImplementation(async (tabId: number) => {
      const page = pages.get(tabId);
      if (!page) throw new Error('no content script');
      return page;
    });
    document.body.innerHTML = '<main></main>';
    await import('../../src/sidepanel/index');
    await vi.waitFor(() => expect(listed()).toEqual(['Reuters']));
    expect(document.querySelector('h1')?.textContent).toBe('Reuters');

    const search = document.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'nothing like this';
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(listed()).toEqual([]);

    browser.tabs.onActivated.fire({ tabId: 8, windowId: 1 });
    await vi.waitFor(() => expect(listed()).toEqual(['Interfax']));
    expect(search.value).toBe('');

    browser.tabs.onActivated.fire({ tabId: 7, windowId: 2 });
    await new Promise((done) => setTimeout(done, 100));
    expect(listed()).toEqual(['Interfax']);

    pages.set(8, pageOf('Bloomberg'));
    browser.tabs.onUpdated.fire(8, { status: 'complete' });
    await vi.waitFor(() => expect(listed()).toEqual(['Bloomberg']));
  });
});
