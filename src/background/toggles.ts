import { highlightsOnFor, type Settings } from '../shared/settings-schema';
import { withChoice } from '../shared/site-choices';

/**
 * What each control changes in the settings. Pure, so the popup, the keyboard shortcut and the
 * context menu all turn the same knobs the same way.
 */

/** The site's own switch set to `on`; the site's entry is explicit so the allowed-sites mode sees it. */
export function siteSwitched(settings: Settings, host: string, on: boolean): Partial<Settings> {
  return { sites: withChoice(settings.sites, host, on) };
}

/** The site's switch flipped from what the reader sees there now. */
export function siteToggled(settings: Settings, host: string): Partial<Settings> {
  return siteSwitched(settings, host, !highlightsOnFor(settings, host));
}

/** The hostname of a web page address, or null for pages Sourcelight never reads (browser pages, files). */
export function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}
