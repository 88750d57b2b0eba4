// Bundles the Cloud Functions into one CommonJS file so they can import the shared, framework-free
// domain logic in ../utils/domain (TypeScript, outside this package) without publishing it.
// The Firebase SDKs and nodemailer stay external: the runtime (and the emulator) loads them from
// node_modules, where firebase-functions must be found for the function discovery to work.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(here, 'lib/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Subpaths (firebase-admin/firestore, firebase-functions/v2/https...) are external too.
  external: ['firebase-functions', 'firebase-admin', 'nodemailer'].flatMap((name) => [
    name,
    `${name}/*`,
  ]),
  logLevel: 'warning',
});
