import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The extension pages' content security policy: code only from the package itself, and network
 * only to Firebase's Google endpoints (Auth, Firestore, Functions) and, for the local stack, the
 * emulators on this computer or the host the build was pointed at (WXT_EMULATOR_HOST), and the
 * one image Firestore's transport fetches from Google to test the network. Nothing the extension
 * does needs any other origin, so no data can go anywhere else (README, "Security model").
 */
export function extensionCsp(emulatorHost = process.env.WXT_EMULATOR_HOST): string {
  const emulatorHosts = new Set(['127.0.0.1', 'localhost', emulatorHost?.trim()].filter(Boolean));
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

// The manifest is derived from the entrypoints; only what WXT can't infer is written here.
export default defineConfig({
  // Test runs build into their own folder so two runs never overwrite each other's extension.
  outDir: process.env.PARLEY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: {
      // Test builds only: the browser tests' Firefox build (scripts/stack/build.ts) sets
      // PARLEY_OPEN_CONSOLE_TAB=1 because Puppeteer may not navigate Firefox to moz-extension://
      // URLs, so the background opens the console in a tab for it. Production builds leave it
      // unset: the constant is false and the bundler drops that code.
      __PARLEY_OPEN_CONSOLE_TAB__: JSON.stringify(process.env.PARLEY_OPEN_CONSOLE_TAB === '1'),
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
              id: 'console@parley.test',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
