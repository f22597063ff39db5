import browser from 'webextension-polyfill';
import { extract } from '../engine';
import type { PageReport, PageRequest } from '../shared/messages';

// Thin first version: the page engineer replaces this with the full content script.
const blocks = [...document.querySelectorAll('article p, main p')];
const text = blocks.map((p) => p.textContent ?? '').join('\n\n');
const attributions = extract(text);

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as PageRequest;
  if (request.type === 'get-report') {
    const report: PageReport = {
      url: location.href,
      title: document.title,
      state: 'ready',
      highlightsOn: true,
      attributions,
    };
    return Promise.resolve(report);
  }
  return undefined;
});
void browser.runtime.sendMessage({
  type: 'report-changed',
  count: attributions.length,
  state: 'ready',
});
