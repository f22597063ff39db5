/** Reads CSV the way a spreadsheet does: quoted cells, doubled quotes, CRLF between rows. */
export function readCsv(text: string): string[][] {
  const cells = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/g;
  const rows: string[][] = [[]];
  for (const [, raw = '', separator] of text.replace(/^\ufeff/, '').matchAll(cells)) {
    const cell = raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
    rows.at(-1)?.push(cell);
    if (separator === '\r\n') rows.push([]);
  }
  return rows.slice(0, -1);
}
