/** Why a typed site cannot be added; each has its own message for the reader. */
export type SiteProblem = 'empty' | 'invalid' | 'duplicate';

/**
 * The hostname a reader means by what they typed: "bbc.co.uk", "https://www.bbc.co.uk/news/x"
 * and "WWW.BBC.CO.UK" all name a host. International names become their punycode form, as
 * `location.hostname` gives them.
 */
export function siteEntry(
  typed: string,
  existing: readonly string[],
): { host: string } | { problem: SiteProblem } {
  const trimmed = typed.trim();
  if (trimmed === '') return { problem: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let host: string;
  try {
    const address = new URL(withScheme);
    if (address.protocol !== 'http:' && address.protocol !== 'https:')
      return { problem: 'invalid' };
    host = address.hostname;
  } catch {
    return { problem: 'invalid' };
  }
  const isIPv6 = host.startsWith('[');
  if (!isIPv6 && !/^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(host))
    return { problem: 'invalid' };
  if (!isIPv6 && !host.includes('.') && host !== 'localhost') return { problem: 'invalid' };
  if (existing.includes(host)) return { problem: 'duplicate' };
  return { host };
}
