// Runs after `npm install`: the local stack and the tests run Google's Firestore emulator, which
// needs a Java 21+ and the emulator's jar. Says in one line what is missing and how to get it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { jarProblem, javaProblem } from './stack/toolchain/index.ts';

const javaMissing = javaProblem();
let jarMissing = jarProblem();
if (jarMissing && !javaMissing) {
  // With internet, firebase-tools fetches its own jar into its cache; offline this fails at once.
  const require = createRequire(import.meta.url);
  const firebase = path.join(
    path.dirname(require.resolve('firebase-tools/package.json')),
    'lib/bin/firebase.js',
  );
  const download = spawnSync(process.execPath, [firebase, 'setup:emulators:firestore'], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  if (download.status === 0) jarMissing = jarProblem();
}
for (const problem of [javaMissing, jarMissing]) {
  if (problem) console.error(`Parley: ${problem}`);
}
if (javaMissing || jarMissing) process.exit(1);
