import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

const widgetDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(widgetDir, 'dist');

/**
 * Builds widget/dist/:
 * - `chunks/app-[hash].js` (+ the chunks it imports: Preact, the screens, `firebase-[hash].js`),
 *   the full widget as ES modules, built by Vite;
 * - `account.html` (+ `chunks/account-[hash].js`), the account page of invitations and Firebase
 *   Auth's email actions;
 * - `widget.js`, the loader a customer embeds with one classic `<script async>` tag, built by
 *   esbuild once the app's file name is known. It is an IIFE with no static imports, exports or
 *   `import.meta` (a classic script can hold none of them), and imports the app by URL relative to
 *   its own address. scripts/bench/widget-size.ts checks both sizes and that shape.
 */
export default defineConfig({
  root: widgetDir,
  // Relative URLs: the same build is served at / (Firebase Hosting) and under /widget/ (the demo
  // site), and account.html must find its chunks in either place.
  base: './',
  // Never read the extension's WXT_ variables or a .env into the widget.
  envDir: false,
  publicDir: false,
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), loaderBuild()],
  resolve: {
    // Firestore's pipeline regex engine, which the widget never runs (see no-regex-engine.ts).
    alias: [{ find: /^re2js$/, replacement: path.join(widgetDir, 'src/data/no-regex-engine.ts') }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // account.html: Parley's page for Firebase Auth's email actions and invitations (set a
      // password, verify an email), served beside widget.js (Firebase Hosting in production).
      input: {
        app: path.join(widgetDir, 'src/app/mount.tsx'),
        account: path.join(widgetDir, 'account.html'),
      },
      // Keep mountWidget exported: the loader calls it.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Firebase in its own chunk so a widget change does not invalidate the cached SDK; App
        // Check in another, downloaded only by sites that configure a site key.
        manualChunks(id) {
          if (/node_modules\/@?firebase\/app-check\//.test(id)) return 'firebase-app-check';
          if (id.includes('node_modules/@firebase/') || id.includes('node_modules/firebase/'))
            return 'firebase';
          return undefined;
        },
      },
    },
  },
});

/** After Vite wrote the app chunks: build the loader pointing at the app entry's hashed name. */
function loaderBuild(): Plugin {
  let appFile = '';
  return {
    name: 'parley-widget-loader',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'app',
      );
      if (!entry) this.error('the app entry chunk is missing');
      appFile = entry.fileName;
    },
    async writeBundle() {
      await esbuild({
        entryPoints: [path.join(widgetDir, 'src/loader/loader.ts')],
        outfile: path.join(outDir, 'widget.js'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        sourcemap: true,
        legalComments: 'none',
        define: { __PARLEY_APP_FILE__: JSON.stringify(appFile) },
        logLevel: 'warning',
      });
    },
  };
}
