import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension, buildFunctions, buildWidget } from './stack/build.ts';
import { seedDemo } from './stack/seed.ts';
import { DEMO_ACCOUNTS, DEMO_SIP_PASSWORD } from './stack/seed-data.ts';
import { DEFAULT_SIP_PORT, type RunningSipGateway, startSipGateway } from './stack/sip-gateway.ts';
import { DEFAULT_PORTS, resolvePorts, startStack } from './stack/stack.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runDir = path.join(rootDir, '.parley');
const verbose = process.argv.includes('--verbose');
const started = Date.now();

mkdirSync(path.join(runDir, 'logs'), { recursive: true });
const logs = new Map<string, NodeJS.WritableStream>();
function log(piece: string, line: string) {
  let stream = logs.get(piece);
  if (!stream) {
    stream = createWriteStream(path.join(runDir, 'logs', `${piece}.log`), { flags: 'a' });
    logs.set(piece, stream);
  }
  stream.write(`${new Date().toISOString()} ${line}\n`);
  if (verbose) console.log(`[${piece}] ${line}`);
}

console.log('Parley: building the extension, widget and functions, starting the local stack…');

const ports = await resolvePorts(DEFAULT_PORTS).catch((error: Error) => {
  console.error(`\nParley could not start: ${error.message}`);
  process.exit(1);
});
const fail = (error: Error) => {
  console.error(`\nParley could not start: ${error.message}`);
  process.exit(1);
};
// The Functions emulator loads the bundle at start; the widget and the extension are only read
// later, so they build while the stack comes up.
await buildFunctions(rootDir).catch(fail);
const [stack] = await Promise.all([
  startStack({
    rootDir,
    runDir,
    ports,
    persist: true,
    log,
  }),
  buildWidget(rootDir),
  buildExtension(rootDir, ports),
]).catch(fail);

let sipGateway: RunningSipGateway | null = null;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Parley (saving Firestore and Auth data to .parley/data)…`);
  await sipGateway?.stop();
  await stack.stop();
  for (const stream of logs.values()) stream.end();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('Ctrl-C'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const { info } = stack;
let seeded: string;
try {
  await seedDemo({
    projectId: info.projectId,
    firestoreHost: info.firestoreHost,
    authHost: info.authHost,
  });
  seeded = 'workspace "demo" is seeded';
} catch (error) {
  seeded = `seeding failed: ${(error as Error).message}`;
}

// SIP clients register here (sip-gateway/); a taken port 5060 stops the start like any other.
sipGateway = await startSipGateway({
  host: info.host,
  port: DEFAULT_SIP_PORT,
  projectId: info.projectId,
  firestoreHost: info.firestoreHost,
  log: (text) => log('sip', text),
}).catch(fail);

const line = (label: string, value: string) => console.log(`  ${label.padEnd(16)} ${value}`);
console.log(
  `\nParley is up in ${((Date.now() - started) / 1000).toFixed(1)} s (project ${info.projectId}).\n`,
);
line(
  'Firestore',
  `${info.firestoreHost}  (Google's Cloud Firestore emulator, ${info.firestoreToolchain})`,
);
line('Auth', info.authHost);
line('Functions', `${info.functionsHost}  (region us-central1; housekeeping runs every minute)`);
line('Data', '.parley/data: Firestore and Auth, saved on Ctrl-C, loaded at the next start');
line('SMTP sink', `${info.smtp.host}:${info.smtp.port}  mail listed at ${info.smtp.messagesUrl}`);
line('Demo website', info.demoSiteUrl);
line('SIP gateway', `${sipGateway.address} UDP+TCP  (domain demo.${sipGateway.domain})`);
line('Seed', seeded);
console.log('\n  Accounts (workspace demo):');
for (const account of DEMO_ACCOUNTS) {
  line(`  ${account.role}`, `${account.email} / ${account.password}`);
}
console.log('\n  SIP Info (any SIP client, e.g. Linphone; proxy 127.0.0.1:5060, UDP or TCP):');
for (const account of DEMO_ACCOUNTS) {
  line(`  ${account.key}`, `sip:${account.key}@demo.chat.parley.test / ${DEMO_SIP_PASSWORD}`);
}
console.log(`
  Extension:
    Chrome   ${path.join(rootDir, '.output/chrome-mv3')}
             chrome://extensions > Developer mode > Load unpacked > pick that folder,
             then click the Parley icon and "Open console" (side panel).
    Firefox  ${path.join(rootDir, '.output/firefox-mv2')}
             about:debugging#/runtime/this-firefox > Load Temporary Add-on > pick manifest.json.

  Logs in .parley/logs/ (run \`npm start -- --verbose\` to see them here). Ctrl-C stops everything.
`);
