/**
 * The reader's per-site choices, keyed by hostname. A hostname comes from the page, so it may be
 * any text, "constructor" or "__proto__" included: the map has no prototype to inherit from,
 * and every look-up reads its own entries only (a map that travelled through a message or
 * storage comes back as a plain object).
 */
export type SiteChoices = Readonly<Record<string, boolean>>;

/** A map of choices that inherits nothing, from any entries. */
export function siteChoices(entries: Iterable<readonly [string, boolean]> = []): SiteChoices {
  const choices: Record<string, boolean> = Object.create(null);
  for (const [host, on] of entries) choices[host] = on;
  return choices;
}

/** The reader's own choice for a site, or undefined when there is none. */
export function choiceFor(sites: SiteChoices, host: string): boolean | undefined {
  return Object.hasOwn(sites, host) ? sites[host] : undefined;
}

/** The choices with one site's set to `on`. */
export function withChoice(sites: SiteChoices, host: string, on: boolean): SiteChoices {
  return siteChoices([...Object.entries(sites), [host, on]]);
}

/** The choices without one site's. */
export function withoutSite(sites: SiteChoices, host: string): SiteChoices {
  return siteChoices(Object.entries(sites).filter(([other]) => other !== host));
}
