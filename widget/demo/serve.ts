import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { injectWidgetAttributes, type StackAddresses } from './inject.ts';

export type { StackAddresses };

export interface DemoSiteOptions {
  port: number;
  host: string;
  /** widget/dist (the built loader and chunks), served under /widget/ */
  widgetDist: string;
  /** Where the page's widget should find the stack; written into the script tag. */
  firebase: StackAddresses;
}

export interface DemoSite {
  /** e.g. http://127.0.0.1:5173 (no trailing slash) */
  url: string;
  close(): Promise<void>;
}

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');

/** Pretty URLs of the demo shop (URL routing in the seed matches /pricing and /help). */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/products': 'products.html',
  '/pricing': 'pricing.html',
  '/help': 'help.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * The demo website of docs/architecture.md "Local stack": a small shop whose pages embed the
 * widget with the one script tag a customer would use, plus widget/dist under /widget/. The
 * stack's addresses go into that tag's data attributes as the pages are served, so the same
 * pages work on any ports.
 */
export async function serveDemoSite(options: DemoSiteOptions): Promise<DemoSite> {
  const widgetDist = path.resolve(options.widgetDist);

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const resolved = resolveFile(url.pathname, widgetDist);
      if (!resolved || !(await isFile(resolved.file))) return notFound(response);
      let body: Buffer = await readFile(resolved.file);
      const ext = path.extname(resolved.file);
      if (ext === '.html') {
        body = Buffer.from(injectWidgetAttributes(body.toString('utf8'), options.firebase));
      }
      const headers: http.OutgoingHttpHeaders = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        // The loader keeps its name across releases (customers' tags point at it); chunks carry
        // a content hash and never change.
        'cache-control': resolved.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && ext !== '.ico') {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`demo site error: ${(error as Error).message}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Maps a request path to a file inside the site or widget/dist, refusing anything outside. */
function resolveFile(
  pathname: string,
  widgetDist: string,
): { file: string; immutable: boolean } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const page = PAGES[decoded.replace(/\/+$/, '') || '/'];
  if (page) return { file: path.join(siteDir, page), immutable: false };
  const inside = (root: string, relative: string) => {
    const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
    return file.startsWith(root + path.sep) ? file : null;
  };
  if (decoded.startsWith('/widget/')) {
    const file = inside(widgetDist, decoded.slice('/widget/'.length));
    return file ? { file, immutable: decoded.startsWith('/widget/chunks/') } : null;
  }
  const file = inside(siteDir, decoded);
  return file ? { file, immutable: false } : null;
}

async function isFile(file: string) {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

function notFound(response: http.ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
