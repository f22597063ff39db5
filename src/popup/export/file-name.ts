/** The local calendar date as YYYY-MM-DD, the way a reader files exports. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "sourcelight-www.bbc.co.uk-2026-05-04.csv": the site and the day, safe on every file system. */
export function exportFileName(url: string, date: Date, extension: 'csv' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // Not an address (a bad or empty report URL): the generic name will do.
  }
  return `sourcelight-${host}-${isoDate(date)}.${extension}`;
}
