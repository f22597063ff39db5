import browser from 'webextension-polyfill';
import { askPage } from '../shared/messages';

// Thin first version: the popup engineer replaces this.
async function main() {
  const param = new URLSearchParams(location.search).get('tabId');
  const tabId = param
    ? Number(param)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const app = document.getElementById('app');
  if (!app || tabId === undefined) return;
  const report = await askPage(tabId, { type: 'get-report' });
  const list = document.createElement('ul');
  for (const a of report.attributions) {
    const item = document.createElement('li');
    item.textContent = `${a.name ?? 'No source'} (${a.kind}): ${a.content?.text ?? ''}`;
    list.append(item);
  }
  app.replaceChildren(list);
  document.body.dataset.state = 'ready';
}
void main();
