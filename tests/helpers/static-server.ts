import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:41234/lora-notes/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback the way a static host does: files under
 * `base`, and the site's own 404.html with status 404 for anything else.
 */
export function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(join(dir, '404.html'));
  const server = createServer((request, response) => {
    const sendNotFound = () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!request.url?.startsWith(base)) return sendNotFound();
    request.url = `/${request.url.slice(base.length)}`;
    files(request, response, sendNotFound);
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
