/**
 * The extension asks for the least it needs (issue 14): the permissions the manifest requests
 * are exactly the ones the README's Security model explains, no host permissions or content
 * scripts, and a content security policy that lets the pages talk to Firebase and the local
 * emulators only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config, { extensionCsp } from '../../wxt.config.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(path.join(rootDir, 'README.md'), 'utf8');

type Manifest = Record<string, unknown> & { permissions?: string[] };

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is a function');
  return (await manifest({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  })) as Manifest;
}

/** The "Security model" section of the README, up to the next level-2 heading. */
function securitySection(): string {
  const start = readme.indexOf('\n## Security model');
  expect(start, 'README.md has a "## Security model" section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('extension permissions', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s asks for no host access and no content scripts',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      for (const permission of manifest.permissions ?? []) {
        expect(permission).not.toMatch(/[:/*]|^<all_urls>$|^tabs$|^scripting$|^webRequest/);
      }
    },
  );

  it('each permission is listed with its reason in the README', async () => {
    const section = securitySection();
    const all = new Set([
      ...((await manifestFor('chrome')).permissions ?? []),
      ...((await manifestFor('firefox')).permissions ?? []),
    ]);
    expect([...all].sort()).toEqual(
      ['alarms', 'idle', 'notifications', 'offscreen', 'sidePanel', 'storage'].sort(),
    );
    for (const permission of all) {
      expect(section, `README explains "${permission}"`).toMatch(
        new RegExp(`\\|\\s*\`${permission}\`\\s*\\|[^|\\n]*\\w[^|\\n]*\\|`),
      );
    }
  });
});

describe('content security policy', () => {
  it('is set for the extension pages in both builds', async () => {
    const chrome = await manifestFor('chrome');
    const firefox = await manifestFor('firefox');
    expect(chrome.content_security_policy).toEqual({ extension_pages: extensionCsp() });
    expect(firefox.content_security_policy).toBe(extensionCsp());
  });

  it('allows scripts from the package only and network to Firebase and the emulators only', () => {
    const directives = new Map(
      extensionCsp('10.0.0.5')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Firestore's network test image, nothing else from outside the package.
    expect(directives.get('img-src')).toEqual([
      "'self'",
      'data:',
      'https://www.google.com/images/cleardot.gif',
    ]);
    expect(directives.get('connect-src')).toEqual([
      "'self'",
      'https://*.googleapis.com',
      'https://*.cloudfunctions.net',
      'http://127.0.0.1:*',
      'http://localhost:*',
      'http://10.0.0.5:*',
    ]);
  });
});

describe('README security model', () => {
  it('says who may do what, what is enforced where and what production needs', () => {
    const section = securitySection();
    for (const topic of [/App Check/, /authori[sz]ed domains/i, /firestore\.rules/, /audit/i])
      expect(section).toMatch(topic);
  });
});
