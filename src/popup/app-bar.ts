import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { element } from './dom';

/** Chrome's side panel API; the polyfill does not wrap it, and Firefox has sidebarAction instead. */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

function sidePanelOpener(): ((windowId: number) => Promise<void>) | null {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeApi?.open) return (windowId) => chromeApi.open({ windowId });
  if (browser.sidebarAction?.open) return () => browser.sidebarAction.open();
  return null;
}

/** The extension's own bar: its name, the side panel (from the popup) and the settings. */
export function createAppBar(
  place: 'popup' | 'sidepanel',
  windowId: () => number | undefined,
): HTMLElement {
  const settings = element('button', {
    className: 'button quiet',
    attrs: { type: 'button' },
    text: t('openSettings'),
  });
  settings.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const actions = element('div', { className: 'app-actions' });

  const openSidePanel = place === 'popup' ? sidePanelOpener() : null;
  if (openSidePanel) {
    const panel = element('button', {
      className: 'button quiet',
      attrs: { type: 'button' },
      text: t('openSidePanel'),
    });
    panel.addEventListener('click', () => {
      // Called within the click: both browsers open side panels only on a reader's gesture.
      const id = windowId();
      if (id === undefined) return;
      openSidePanel(id).then(
        () => window.close(),
        () => undefined,
      );
    });
    actions.append(panel);
  }
  actions.append(settings);
  return element(
    'header',
    { className: 'app-bar' },
    element('p', { className: 'brand', text: t('extensionName') }),
    actions,
  );
}
