import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageArticle } from '../../src/cli/page-article';

describe('pageArticle', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('document.body.textContent = "replaced";');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a page that points everywhere without one request leaving the process', async () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css">
      <link rel="preload" as="script" href="${origin}/preload.js">
      <link rel="modulepreload" href="${origin}/module.js">
      <link rel="icon" href="${origin}/favicon.ico">
      <script src="${origin}/script.js"></script>
      <script type="module" src="${origin}/module-script.js"></script>
      <script>fetch('${origin}/fetch'); navigator.sendBeacon?.('${origin}/beacon');</script>
      </head><body><article>
      <p>Mayor Elena Ruiz said the ferry would run.</p>
      <img src="${origin}/photo.jpg" srcset="${origin}/photo-2x.jpg 2x">
      <iframe src="${origin}/frame.html"></iframe>
      <video src="${origin}/clip.mp4" poster="${origin}/poster.jpg"></video>
      <object data="${origin}/object.swf"></object>
      </article></body></html>`;
    const { text } = await pageArticle(html);
    // Give any load the parser might have started the chance to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text).toBe('Mayor Elena Ruiz said the ferry would run.');
    expect(requests).toEqual([]);
  });
});
