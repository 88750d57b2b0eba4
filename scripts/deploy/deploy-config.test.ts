/**
 * What `npm run deploy` ships, checked offline: firebase.json passes firebase-tools' schema, the
 * functions bundle builds and exports every
 * callable, and Firebase Hosting (superstatic, the server firebase-tools' Hosting emulator runs)
 * serves the staged widget from firebase.json's own "hosting" block at the address the Control
 * Panel's snippet uses, with long-lived caching for hashed chunks, a short one for the loader and
 * CORS for the chunks a customer's page imports.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { server as superstatic } from 'superstatic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLABLE_NAMES } from '../../utils/domain/callables.ts';
import { WIDGET_HOSTING_PATH } from '../../utils/domain/hosting.ts';
import { buildFunctions, buildWidget } from '../stack/build.ts';
import { HOSTING_DIR, stageHosting } from './hosting.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const firebaseJson = JSON.parse(readFileSync(path.join(rootDir, 'firebase.json'), 'utf8'));

let site: Server;
let base = '';

beforeAll(async () => {
  await Promise.all([buildFunctions(rootDir), buildWidget(rootDir)]);
  await stageHosting(rootDir);
  site = superstatic({
    config: firebaseJson.hosting,
    cwd: rootDir,
    compression: false,
    stack: 'strict',
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => site.once('listening', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve())));

describe('firebase.json', () => {
  it("passes firebase-tools' own schema (what `firebase deploy` reads)", () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(rootDir, 'node_modules/firebase-tools/schema/firebase-config.json'),
        'utf8',
      ),
    );
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(firebaseJson), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...firebaseJson, hosting: { public: 5 } })).toBe(false);
  });

  it('deploys rules, indexes, the functions bundle and the staged widget', () => {
    expect(firebaseJson.firestore).toEqual({
      rules: 'firestore.rules',
      indexes: 'firestore.indexes.json',
    });
    expect(firebaseJson.functions[0]).toMatchObject({
      source: 'functions',
      predeploy: ['npm run build:functions'],
    });
    expect(firebaseJson.functions[0].ignore).toContain('.secret.local');
    expect(firebaseJson.hosting).toMatchObject({
      public: HOSTING_DIR,
      predeploy: ['npm run build:hosting'],
    });
  });
});

describe('the functions bundle', () => {
  it('builds and exports every callable and both schedules', () => {
    const require = createRequire(import.meta.url);
    const bundle = require(path.join(rootDir, 'functions/lib/index.js'));
    for (const name of [...CALLABLE_NAMES, 'housekeeping', 'monthlyBilling']) {
      expect(typeof bundle[name], name).toBe('function');
    }
  });
});

describe('Firebase Hosting', () => {
  const get = (pathname: string) => fetch(`${base}${pathname}`);

  it('serves the loader where the snippet points, cached briefly', async () => {
    const response = await get(WIDGET_HOSTING_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const loader = await response.text();
    // The loader imports the app chunk by its hashed name, relative to itself.
    const appChunk = loader.match(/chunks\/app-[\w-]+\.js/)?.[0];
    expect(appChunk).toBeDefined();

    const chunk = await get(`/widget/${appChunk}`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the account page uncached, never framed, and its chunks beside it', async () => {
    const response = await get('/widget/account.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    const script = html.match(/src="\.\/(chunks\/account-[\w-]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect((await get(`/widget/${script}`)).status).toBe(200);
  });

  it('does not publish source maps', async () => {
    expect((await get(`${WIDGET_HOSTING_PATH}.map`)).status).toBe(404);
  });
});
