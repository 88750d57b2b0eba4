/**
 * npm run emulator -- [--port 8080] [--host 127.0.0.1] [--data .parley/firestore]
 *                     [--rules firestore.rules] [--project demo-parley] [--debug]
 * Prints one line when ready; Ctrl-C / SIGTERM flushes persistence and exits 0.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PROJECT_ID, startEmulator } from './src/index.ts';

const HELP = `Parley's offline Firestore emulator (gRPC, REST and WebChannel on one port)

Usage: npm run emulator -- [options]

  --port <n>        port to listen on (default 8080; 0 = any free port)
  --host <h>        address to bind (default 127.0.0.1; loopback also answers on ::1)
  --data <dir>      persist documents in this directory (default: memory only)
  --rules <file>    Security Rules file, reloaded when it changes (default: allow everything)
  --project <id>    project the rules apply to (default ${DEFAULT_PROJECT_ID})
  --debug           log one line per request
  -h, --help        show this help

Point clients at it with FIRESTORE_EMULATOR_HOST=127.0.0.1:<port> or connectFirestoreEmulator().`;

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(2);
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      rules: { type: 'string' },
      project: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  values = parse().values;
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const port = values.port === undefined ? 8080 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be 0-65535, got ${values.port}`);

const log = (line: string) => console.log(`[firestore] ${line}`);
try {
  const emulator = await startEmulator({
    host: values.host,
    port,
    dataDir: values.data,
    rulesFile: values.rules,
    projectId: values.project,
    debug: values.debug,
    log,
  });
  const address = emulator.host.includes(':') ? `[${emulator.host}]` : emulator.host;
  console.log(
    `Firestore emulator ready at ${address}:${emulator.port} (project ${values.project ?? DEFAULT_PROJECT_ID}` +
      `${values.data ? `, data in ${values.data}` : ', in memory'}${values.rules ? `, rules ${values.rules}` : ''})` +
      ` - FIRESTORE_EMULATOR_HOST=${address}:${emulator.port}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting for persistence`);
      process.exit(1);
    }
    stopping = true;
    try {
      await emulator.close();
      process.exit(0);
    } catch (error) {
      console.error(`Failed to shut down cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(`Firestore emulator failed to start: ${(error as Error).message}`);
  process.exit(1);
}
