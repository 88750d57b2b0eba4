import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildUsesEmulators, type Env } from './utils/data/firebase-settings.ts';

/**
 * The extension pages' content security policy: code only from the package itself, and network
 * only to Firebase's Google endpoints (Auth, Firestore, Functions), the one image Firestore's
 * transport fetches from Google to test the network, and, in a build that can use the local
 * stack, the emulators on this computer or the host the build was pointed at (WXT_EMULATOR_HOST).
 * A release package (pointed at a real project) allows no local address at all. Nothing the
 * extension does needs any other origin, so no data can go anywhere else (README, "Security model").
 */
export function extensionCsp(env: Env = process.env): string {
  const emulatorHosts = buildUsesEmulators(env)
    ? new Set(
        ['127.0.0.1', 'localhost', String(env.WXT_EMULATOR_HOST ?? '').trim()].filter(Boolean),
      )
    : new Set<string>();
  const connect = [
    "'self'",
    'https://*.googleapis.com',
    'https://*.cloudfunctions.net',
    ...[...emulatorHosts].map((host) => `http://${host}:*`),
  ];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    `connect-src ${connect.join(' ')}`,
    // Firestore's WebChannel loads this image to test the network after a transport error; without
    // it the SDK takes a working connection for a broken one.
    "img-src 'self' data: https://www.google.com/images/cleardot.gif",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * What the Firefox sources archive holds for addons.mozilla.org's reviewers (README, "Release"):
 * what builds the extension and nothing else (no tests, functions, gateway, benchmarks or build
 * output; hidden files such as .env never). npm needs the workspaces' package.json files to
 * install from the lock file.
 */
export const RELEASE_SOURCES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'entrypoints/**',
  'components/**',
  'utils/**',
  'public/**',
  'widget/src/**',
  'scripts/release/**',
  'scripts/stack/build.ts',
  'scripts/deploy/target.ts',
  '.env.example',
  'functions/package.json',
  'sip-gateway/package.json',
];

// The manifest is derived from the entrypoints; only what WXT can't infer is written here.
export default defineConfig({
  // Test runs build into their own folder so two runs never overwrite each other's extension.
  outDir: process.env.PARLEY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip` (scripts/release/zip.ts): the store packages and, for Firefox, the sources.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Everything is left out but what RELEASE_SOURCES lets in.
    excludeSources: ['**'],
    includeSources: RELEASE_SOURCES,
  },
  vite: () => ({
    plugins: [preact()],
    define: {
      // Test builds only: the browser tests' Firefox build (scripts/stack/build.ts) sets
      // PARLEY_OPEN_CONSOLE_TAB=1 because Puppeteer may not navigate Firefox to moz-extension://
      // URLs, so the background opens the console in a tab for it. Production builds leave it
      // unset: the constant is false and the bundler drops that code.
      __PARLEY_OPEN_CONSOLE_TAB__: JSON.stringify(process.env.PARLEY_OPEN_CONSOLE_TAB === '1'),
      // Whether the emulator code is compiled in: not in a build pointed at a real project
      // (utils/data/firebase-config.ts, EMULATORS_BUILT_IN).
      __PARLEY_EMULATORS__: JSON.stringify(buildUsesEmulators(process.env)),
    },
  }),
  manifest: ({ browser }) => ({
    // The extension's own strings come from public/_locales (utils/i18n.ts), English first.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'idle',
      'notifications',
      // Chrome plays the new-chat chime from an offscreen document; Firefox plays it directly.
      ...(browser === 'chrome' ? ['sidePanel', 'offscreen'] : []),
    ],
    action: { default_title: '__MSG_extActionTitle__' },
    content_security_policy:
      browser === 'firefox' ? extensionCsp() : { extension_pages: extensionCsp() },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A release's own (scripts/release/release-config.ts); local and test builds' fixed.
              id: process.env.WXT_FIREFOX_ADDON_ID?.trim() || 'console@parley.test',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
