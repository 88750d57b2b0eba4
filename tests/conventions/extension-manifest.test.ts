/**
 * The extension asks for the least it needs (issue 14): the permissions the manifest requests
 * are exactly the ones the README's Security model explains, no host permissions or content
 * scripts, and a content security policy that lets the pages talk to Firebase and the local
 * emulators only.
 */
import { describe, expect, it } from 'vitest';
import config, { extensionCsp } from '../../wxt.config.ts';
import {
  readmePermissions,
  readmePermissionsFor,
  readmeSecuritySection,
} from '../support/readme-permissions.ts';

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

  it.each(['chrome', 'firefox'] as const)(
    '%s asks for exactly the permissions the README lists, each with its reason',
    async (browser) => {
      const permissions = (await manifestFor(browser)).permissions ?? [];
      expect([...permissions].sort()).toEqual(readmePermissionsFor(browser));
      for (const permission of permissions) {
        expect(readmePermissions().get(permission), `README explains "${permission}"`).toMatch(
          /\w/,
        );
      }
    },
  );
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
      extensionCsp({ WXT_EMULATOR_HOST: '10.0.0.5' })
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

  it('allows no local address in a build pointed at a real project (a release package)', () => {
    const csp = extensionCsp({
      WXT_FIREBASE_PROJECT_ID: 'acme-chat',
      WXT_EMULATOR_HOST: '127.0.0.1',
    });
    expect(csp).toMatch(
      /connect-src 'self' https:\/\/\*\.googleapis\.com https:\/\/\*\.cloudfunctions\.net;/,
    );
    expect(csp).not.toMatch(/http:|127\.0\.0\.1|localhost/);
  });
});

describe('README security model', () => {
  it('says who may do what, what is enforced where and what production needs', () => {
    const section = readmeSecuritySection();
    for (const topic of [/App Check/, /authori[sz]ed domains/i, /firestore\.rules/, /audit/i])
      expect(section).toMatch(topic);
  });
});
