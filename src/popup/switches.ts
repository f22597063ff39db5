import { t } from '../shared/i18n';
import { highlightsOnFor, type Settings } from '../shared/settings-schema';
import { saveSettings } from '../shared/settings-store';
import { withChoice } from '../shared/site-choices';
import { element } from './dom';
import { sayUnusualSave } from './save-notice';

/** The two highlight switches: everywhere, and on this page's site (which wins over the first). */
export interface Switches {
  element: HTMLElement;
  update(settings: Settings, host: string | null): void;
}

function switchRow(id: string): { row: HTMLElement; box: HTMLInputElement; text: HTMLElement } {
  const box = element('input', { attrs: { type: 'checkbox', role: 'switch', id } });
  const text = element('span');
  return {
    row: element('label', { className: 'switch', attrs: { for: id } }, box, text),
    box,
    text,
  };
}

export function createSwitches(say: (text: string) => void): Switches {
  const all = switchRow('switch-all');
  const site = switchRow('switch-site');
  all.text.textContent = t('switchAll');
  let settings: Settings | null = null;
  let host: string | null = null;

  all.box.addEventListener('change', () => {
    sayUnusualSave(saveSettings({ highlightsOn: all.box.checked }), say);
  });
  site.box.addEventListener('change', () => {
    if (!settings || !host) return;
    // Explicit either way: "on" here must also count as allowed in the allowed-sites run mode.
    sayUnusualSave(
      saveSettings({ sites: withChoice(settings.sites, host, site.box.checked) }),
      say,
    );
  });

  return {
    element: element('div', { className: 'switches' }, all.row, site.row),
    update(next, nextHost) {
      settings = next;
      host = nextHost;
      all.box.checked = next.highlightsOn;
      site.row.hidden = nextHost === null;
      if (nextHost !== null) {
        site.text.textContent = t('switchSite', nextHost);
        site.box.checked = highlightsOnFor(next, nextHost);
      }
    },
  };
}
