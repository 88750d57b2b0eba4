import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
    name: 'Parley — live chat console',
    description: 'Answer website visitors from your browser side panel.',
    permissions: [
      'storage',
      'alarms',
      'idle',
      'notifications',
      // Chrome plays the new-chat chime from an offscreen document; Firefox plays it directly.
      ...(browser === 'chrome' ? ['sidePanel', 'offscreen'] : []),
    ],
    action: { default_title: 'Parley' },
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
