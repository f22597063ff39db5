import './sidepanel.css';
import browser from 'webextension-polyfill';
import { createAppBar } from '../popup/app-bar';
import { setUpPage } from '../popup/page-setup';
import { createReportView } from '../popup/report-view';

/**
 * The popup's view for long reading sessions: it follows the active tab of its window and
 * redraws when that tab navigates. `?windowId=` names another window to follow (tests).
 */
async function followedWindow(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('windowId'));
  if (Number.isInteger(param) && param > 0) return param;
  return (await browser.windows.getCurrent()).id;
}

setUpPage(browser.i18n.getMessage('sidebarTitle'));
const main =
  document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
document.body.prepend(createAppBar('sidepanel', () => undefined));
const view = createReportView(main);

void followedWindow().then(async (windowId) => {
  if (windowId === undefined) return view.show(null);
  let activeTab: number | null = null;
  const follow = (tabId: number | null) => {
    activeTab = tabId;
    view.show(tabId);
  };
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) follow(info.tabId);
  });
  // A finished load means a new page; changes within a page arrive as report-changed.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === activeTab && change.status === 'complete') view.refresh();
  });
  const [tab] = await browser.tabs.query({ active: true, windowId });
  follow(tab?.id ?? null);
});
