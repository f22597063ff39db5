import browser from 'webextension-polyfill';
import type { Attribution } from '../engine/types';
import { askPage } from '../shared/messages';
import { loadSettings, saveSettings } from '../shared/settings-store';

/** The tab this popup reports on: `?tabId=` when given (tests, side panel), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return Number(param);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** Claims grouped by the source a reader sees, most-cited first. */
function groupBySource(attributions: Attribution[]): [string, Attribution[]][] {
  const groups = new Map<string, Attribution[]>();
  for (const attribution of attributions) {
    const key = attribution.name ?? '';
    groups.set(key, [...(groups.get(key) ?? []), attribution]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

function renderGroup([name, claims]: [string, Attribution[]]): HTMLElement {
  const group = document.createElement('section');
  group.className = 'source-group';
  group.dataset.name = name;
  group.dataset.kind = claims[0]?.kind ?? 'none';
  const heading = document.createElement('h2');
  heading.textContent = `${name || browser.i18n.getMessage('noSource')} (${claims.length})`;
  const list = document.createElement('ul');
  for (const claim of claims) {
    const item = document.createElement('li');
    item.textContent = `${claim.cue.text}: ${claim.content?.text ?? ''}`;
    list.append(item);
  }
  group.append(heading, list);
  return group;
}

async function main() {
  const app = document.getElementById('app');
  const tabId = await targetTab();
  if (!app || tabId === undefined) return;

  const toggle = document.createElement('input');
  toggle.type = 'checkbox';
  toggle.id = 'switch-all';
  toggle.checked = (await loadSettings()).highlightsOn;
  toggle.addEventListener('change', () => void saveSettings({ highlightsOn: toggle.checked }));
  const label = document.createElement('label');
  label.append(toggle, browser.i18n.getMessage('switchAll'));

  const report = await askPage(tabId, { type: 'get-report' });
  app.replaceChildren(label, ...groupBySource(report.attributions).map(renderGroup));
  document.body.dataset.state = 'ready';
}
void main();
