/**
 * The store packages (issue 16): the real `npm run zip`, run with a sample production
 * configuration into a folder of its own, then the zips opened as the stores open them. The
 * manifests ask for exactly the README's permissions and no host access; nothing of the test
 * builds is in them (emulator addresses, the demo project, development JSX with this checkout's
 * paths, the tests' Firefox console tab); the Firefox package carries its add-on id and the
 * sources archive what AMO's reviewers need to rebuild it, and nothing else.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../../scripts/stack/build.ts';
import { readmePermissionsFor } from '../support/readme-permissions.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { name, version } = JSON.parse(await readFile(path.join(rootDir, 'package.json'), 'utf8'));

/** A web config of the shape the Firebase console gives (the project does not exist). */
const PRODUCTION = {
  WXT_FIREBASE_API_KEY: 'AIzaSyReleaseTestKey0000000000000000000',
  WXT_FIREBASE_PROJECT_ID: 'acme-parley-release',
  WXT_FIREBASE_APP_ID: '1:1234567890:web:0123456789abcdef',
};

/**
 * Dexie (the console's IndexedDB library) turns its debug mode on for pages served from
 * localhost; it is the one mention of a local address a package may hold.
 */
const DEXIE_DEBUG_CHECK = '/^(http|https):\\/\\/(localhost|127\\.0\\.0\\.1)/.test(location.href)';

function zip(outDir: string, env: Record<string, string>) {
  // vitest's own NODE_ENV=test stays set: the script must build for production anyway.
  return runCaptured('npm', ['run', '-s', 'zip'], {
    cwd: rootDir,
    env: { ...env, PARLEY_OUT_DIR: outDir },
  });
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  version?: string;
  content_security_policy?: string | { extension_pages?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};

async function openZip(outDir: string, suffix: string) {
  return JSZip.loadAsync(await readFile(path.join(outDir, `${name}-${version}-${suffix}.zip`)));
}

async function textFiles(archive: JSZip): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of Object.values(archive.files)) {
    if (!file.dir && /\.(js|html|json|css)$/.test(file.name))
      files.set(file.name, await file.async('string'));
  }
  return files;
}

let outDir: string;
beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'parley-release-'));
  const built = await zip(outDir, {
    ...PRODUCTION,
    // A developer's .env copied from .env.example names the local emulators: left out.
    WXT_EMULATOR_HOST: '127.0.0.1',
    WXT_FIRESTORE_EMULATOR_PORT: '8080',
  });
  expect(built.code, built.output).toBe(0);
}, 180_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('npm run zip', () => {
  it('refuses, building nothing, without a production project', async () => {
    const refusedDir = await mkdtemp(path.join(os.tmpdir(), 'parley-release-refused-'));
    try {
      const refused = await zip(refusedDir, {
        ...PRODUCTION,
        WXT_FIREBASE_PROJECT_ID: 'demo-parley',
        WXT_FIREBASE_USE_EMULATORS: 'true',
      });
      expect(refused.code).not.toBe(0);
      expect(refused.output).toMatch(/no production configuration/);
      expect(refused.output).toMatch(/emulator-only project/);
      expect(refused.output).toMatch(/WXT_FIREBASE_USE_EMULATORS is on/);
      expect(await readdir(refusedDir)).toEqual([]);
    } finally {
      await rm(refusedDir, { recursive: true, force: true });
    }
  });

  it('names the packages with the version', async () => {
    expect((await readdir(outDir)).filter((file) => file.endsWith('.zip')).sort()).toEqual([
      `${name}-${version}-chrome.zip`,
      `${name}-${version}-firefox.zip`,
      `${name}-${version}-sources.zip`,
    ]);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  let files: Map<string, string>;
  let manifest: Manifest;
  beforeAll(async () => {
    files = await textFiles(await openZip(outDir, browser));
    manifest = JSON.parse(files.get('manifest.json')!);
  });

  it("asks for exactly the README's permissions and no host access", () => {
    expect(manifest.version).toBe(version);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(readmePermissionsFor(browser));
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'content_scripts',
      'web_accessible_resources',
      'externally_connectable',
      // A fixed key pins the extension's id for unpacked development copies; stores assign it.
      'key',
    ])
      expect(manifest[key], key).toBeUndefined();
  });

  it('talks to Google only: no local address in its content security policy', () => {
    const csp = manifest.content_security_policy;
    const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(policy).toMatch(/connect-src 'self' https:\/\/\*\.googleapis\.com/);
    expect(policy).not.toMatch(/http:|localhost|127\.0\.0\.1/);
  });

  it('is built for the production project, with nothing of the test builds', () => {
    const bundle = [...files.values()].join('\n');
    expect(bundle).toContain(PRODUCTION.WXT_FIREBASE_PROJECT_ID);
    expect(bundle).toContain(PRODUCTION.WXT_FIREBASE_API_KEY);
    const outside = bundle.replaceAll(DEXIE_DEBUG_CHECK, '');
    for (const leftover of [
      'localhost',
      '127.0.0.1',
      'demo-parley',
      'demo-api-key',
      'FIRESTORE_EMULATOR_HOST',
      // Development JSX (NODE_ENV=test) records each element's file and line in this checkout.
      'fileName:',
      rootDir,
      'sourceMappingURL',
    ])
      expect(outside, `"${leftover}" in the ${browser} package`).not.toContain(leftover);
    expect([...files.keys()].filter((file) => file.endsWith('.map'))).toEqual([]);
  });
});

describe('the firefox package', () => {
  it("carries its add-on id, and not the tests' console tab", async () => {
    const files = await textFiles(await openZip(outDir, 'firefox'));
    const manifest: Manifest = JSON.parse(files.get('manifest.json')!);
    // Each deployment publishes its own add-on: an id of its project, not the local builds' one.
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(
      `console@${PRODUCTION.WXT_FIREBASE_PROJECT_ID}.firebaseapp.com`,
    );
    // The product opens the console in a tab once (extension-pages.ts); the tests' Firefox
    // build (PARLEY_OPEN_CONSOLE_TAB) adds a second call at start-up.
    const opens = files.get('background.js')!.match(/getURL\("\/sidepanel\.html"\)/g) ?? [];
    expect(opens.length).toBeLessThanOrEqual(1);
  });
});

describe("the sources archive for AMO's reviewers", () => {
  it('holds what builds the extension, and no dependencies, build output or secrets', async () => {
    const names = Object.values((await openZip(outDir, 'sources')).files)
      .filter((file) => !file.dir)
      .map((file) => file.name);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'])
      expect(names).toContain(needed);
    for (const folder of ['entrypoints/', 'components/', 'utils/', 'public/', 'widget/src/'])
      expect(
        names.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    const leftOver = names.filter((file) =>
      /^(node_modules|\.output|\.parley|\.wxt|\.git|tests|functions\/(src|lib))\/|(^|\/)\.env$/.test(
        file,
      ),
    );
    expect(leftOver).toEqual([]);
  });
});
