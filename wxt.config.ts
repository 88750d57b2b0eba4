import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is derived from the entrypoints; only what WXT can't infer is written here.
export default defineConfig({
  // Test runs build into their own folder so two runs never overwrite each other's extension.
  outDir: process.env.PARLEY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
