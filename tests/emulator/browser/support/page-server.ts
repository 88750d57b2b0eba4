/**
 * The test page: sdk-page.ts bundled with esbuild into a temp dir (never committed) and served by
 * a tiny static HTTP server on its own port, so every Firestore call from the page is cross-origin
 * like a real app talking to the emulator.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../page/sdk-page.ts');

const INDEX_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>sdk page</title></head>
<body><script type="module" src="/sdk-page.js"></script></body></html>`;

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const outdir = await mkdtemp(path.join(os.tmpdir(), 'parley-sdk-page-'));
  await build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'error',
  });
  const script = await readFile(path.join(outdir, 'sdk-page.js'));
  const server = http.createServer((req, res) => {
    if (req.url === '/sdk-page.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(script);
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(INDEX_HTML);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
