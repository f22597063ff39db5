/**
 * Serves saved or generated pages on 127.0.0.1 with a Content-Security-Policy that keeps every
 * request on this machine: a saved news page's remote ads, fonts and scripts are refused at once
 * by the browser instead of waiting for a network that is not there.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

const OFFLINE_POLICY =
  "default-src 'self' 'unsafe-inline' data: blob:; script-src 'self' 'unsafe-inline'; connect-src 'self'";
/** Also no script of the page's own: the page stays exactly as its source, so any change is ours. */
const STATIC_POLICY = "default-src 'self' 'unsafe-inline' data: blob:; script-src 'none'";

export interface OfflineServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves .html files of `folder`, and generated pages (path → HTML) before them. */
export async function serveOffline(
  folder: string | null,
  generated: ReadonlyMap<string, string> = new Map(),
  { pageScripts = true }: { pageScripts?: boolean } = {},
): Promise<OfflineServer> {
  const root = folder ? resolve(folder) : null;
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': pageScripts ? OFFLINE_POLICY : STATIC_POLICY,
      'cache-control': 'no-store',
    };
    const page = generated.get(path.replace(/^\//, ''));
    if (page !== undefined) {
      response.writeHead(200, headers).end(page);
      return;
    }
    const file = root ? join(root, path) : null;
    if (!root || !file?.startsWith(root) || !file.endsWith('.html')) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(file).catch(() => null);
    if (body) response.writeHead(200, headers).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
