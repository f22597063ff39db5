import './popup.css';
import browser from 'webextension-polyfill';
import { createAppBar } from './app-bar';
import { reachPage } from './page-link';
import { setUpPage } from './page-setup';
import { createReportView } from './report-view';

/** The tab this popup reports on: `?tabId=` when given (tests, a pinned report), else the active tab. */
async function targetTab(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The page is asked first, while the view is still being built: the answer is most of the wait.
const target = targetTab().then(
  (tabId) => ({ tabId, reach: tabId === null ? null : reachPage(tabId) }),
  () => ({ tabId: null, reach: null }),
);

setUpPage();
let windowId: number | undefined;
// Known before any click: the side panel opens only inside the click itself.
void browser.windows.getCurrent().then((current) => {
  windowId = current.id;
});
const main =
  document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
document.body.prepend(createAppBar('popup', () => windowId));
const view = createReportView(main);
void target.then(({ tabId, reach }) => view.show(tabId, reach ?? undefined));
