// Bundles the gateway into one ES module (dist/gateway.mjs) for the container: its own code,
// the shared domain logic (../utils/domain) and the callables it runs (../functions/src). The
// npm packages stay external and come from node_modules, so firebase-functions is loaded once,
// as ESM, by everything.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(here, 'dist/gateway.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: ['firebase-functions', 'firebase-admin', 'sip'].flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});
