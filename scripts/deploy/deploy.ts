/**
 * `npm run deploy`: Firestore rules and indexes, the functions and the widget on Firebase Hosting,
 * all from the one firebase.json (its predeploy hooks build the functions bundle and stage the
 * widget). Stops before touching anything when no real project is configured. The extension is
 * built and published separately (README, "Going to production").
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployTarget } from './target.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) =>
  existsSync(path.join(rootDir, file)) ? readFileSync(path.join(rootDir, file), 'utf8') : null;

const target = deployTarget({
  argv: process.argv.slice(2),
  env: process.env,
  firebaserc: read('.firebaserc'),
});
if (!target.ok) {
  console.error(`npm run deploy: ${target.message}`);
  process.exit(1);
}
const { projectId } = target;

// Settings a deployment needs but firebase-tools would not miss: say so before deploying.
const functionsEnv = `functions/.env.${projectId}`;
if (!read(functionsEnv)) {
  console.warn(
    `Warning: ${functionsEnv} is missing, so the functions get no SMTP_HOST/SMTP_FROM and off-line ` +
      'messages and invitations cannot be mailed (README, "Going to production", step 3).',
  );
}

const args = [
  'firebase',
  'deploy',
  '--project',
  projectId,
  '--only',
  'firestore,functions,hosting',
  ...process.argv.slice(2).filter((arg) => arg === '--force' || arg === '--debug'),
];
console.log(`Deploying to ${projectId}: npx ${args.join(' ')}`);
const child = spawn('npx', args, { cwd: rootDir, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
