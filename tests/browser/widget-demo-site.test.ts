/**
 * The demo website's server (widget/demo/serve.ts) on its own, with a throwaway widget/dist:
 * pretty URLs, the stack's addresses written into the embed tag, gzip, cache headers, and no
 * file outside the site or the widget build. (It needs no browser; it lives with the widget's
 * browser tests because that is the suite that starts the demo site.)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectWidgetAttributes } from '../../widget/demo/inject.ts';
import { type DemoSite, serveDemoSite } from '../../widget/demo/serve.ts';

const addresses = {
  projectId: 'demo-parley',
  authHost: '127.0.0.1:19099',
  firestoreHost: '127.0.0.1:18080',
  functionsHost: '127.0.0.1:15001',
};

/** A raw GET (fetch would decode gzip and normalize `..` away). */
function get(url: string, rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(url);
      const request = http.request({ hostname, port, path: rawPath, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      request.on('error', reject);
      request.end();
    },
  );
}

describe('the demo website server', () => {
  let dist: string;
  let site: DemoSite;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'parley-widget-dist-'));
    await mkdir(path.join(dist, 'chunks'));
    await writeFile(path.join(dist, 'widget.js'), 'console.log("loader")');
    await writeFile(path.join(dist, 'chunks/app-abc123.js'), 'export const x = 1;');
    site = await serveDemoSite({
      port: 0,
      host: '127.0.0.1',
      widgetDist: dist,
      firebase: addresses,
    });
  });
  afterAll(async () => {
    await site?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/products', '/pricing', '/help', '/help/'])(
    'serves %s with the embed tag pointed at the stack',
    async (page) => {
      const response = await get(site.url, page);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      const html = response.body.toString('utf8');
      expect(html).toContain(
        '<script src="/widget/widget.js" data-workspace="demo" async data-project-id="demo-parley" data-auth-emulator="127.0.0.1:19099" data-firestore-emulator="127.0.0.1:18080" data-functions-emulator="127.0.0.1:15001">',
      );
    },
  );

  it('serves the widget build gzipped, the loader revalidated and chunks immutable', async () => {
    const loader = await get(site.url, '/widget/widget.js', { 'accept-encoding': 'gzip, br' });
    expect(loader.status).toBe(200);
    expect(loader.headers['content-encoding']).toBe('gzip');
    expect(loader.headers['content-type']).toMatch(/text\/javascript/);
    expect(loader.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(loader.body).toString()).toBe('console.log("loader")');
    const chunk = await get(site.url, '/widget/chunks/app-abc123.js');
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.headers['cache-control']).toMatch(/immutable/);
    expect(chunk.body.toString()).toBe('export const x = 1;');
  });

  it.each([
    '/widget/../../package.json',
    '/widget/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/../serve.ts',
    '/widget/%E0%A4%A',
    '/nope',
    '/widget/',
  ])('answers 404 for %s', async (rawPath) => {
    const response = await get(site.url, rawPath);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('"name"');
  });
});

describe('injectWidgetAttributes', () => {
  it('keeps attributes the page sets itself and escapes what it adds', () => {
    const html =
      '<script async src="https://cdn.example/widget.js" data-workspace="acme" data-project-id="acme-prod"></script>' +
      '<script src="/other.js"></script>';
    const out = injectWidgetAttributes(html, { ...addresses, apiKey: 'k"<x' });
    expect(out).toContain('data-project-id="acme-prod"');
    expect(out).not.toContain('data-project-id="demo-parley"');
    expect(out).toContain('data-api-key="k&quot;&lt;x"');
    expect(out).toContain('<script src="/other.js"></script>');
  });
});
