/**
 * A Firestore emulator of a test's own that can be stopped and started again on the same port
 * with its data: Google's emulator run by firebase-tools alone (no Auth, no Functions, so it
 * starts in seconds), exporting its data when stopped and importing it at the next start, the way
 * `npm start` keeps `.parley/data`. A test that takes Firestore away under its clients uses it
 * instead of the suite's shared stack, whose other files would lose their backend too.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FirebaseEmulators,
  type FirebaseEmulatorsOptions,
  startFirebaseEmulators,
} from '../../scripts/stack/firebase-emulators.ts';
import { freePorts } from '../../scripts/stack/ports.ts';
import { PROJECT_ID } from '../../scripts/stack/stack.ts';
import { resolveFirestoreToolchain } from '../../scripts/stack/toolchain/index.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RestartableFirestore {
  host: string;
  port: number;
  projectId: string;
  /** Stops the emulator; its data is exported first. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the data it had when stopped. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  close(): Promise<void>;
}

export async function startRestartableFirestore(name: string): Promise<RestartableFirestore> {
  const runDir = path.join(rootDir, '.parley', `test-${name}-${process.pid}`);
  // firebase-tools reserves these even when it runs Firestore alone.
  const [firestore, auth, functions, hub, logging, websocket, eventarc, tasks] = await freePorts(8);
  const host = '127.0.0.1';
  const verbose = process.env.PARLEY_TEST_VERBOSE === '1';
  const options: FirebaseEmulatorsOptions = {
    rootDir,
    runDir: path.join(runDir, 'firebase'),
    projectId: PROJECT_ID,
    host,
    firestorePort: firestore!,
    authPort: auth!,
    functionsPort: functions!,
    hubPort: hub!,
    loggingPort: logging!,
    firestoreWebsocketPort: websocket!,
    eventarcPort: eventarc!,
    tasksPort: tasks!,
    persistDir: path.join(runDir, 'data'),
    only: ['firestore'],
    env: resolveFirestoreToolchain(path.join(rootDir, '.parley', 'toolchain')).env,
    onLog: (line) => {
      if (verbose) console.log(`[${name} firestore] ${line}`);
    },
  };
  let running: FirebaseEmulators | null = await startFirebaseEmulators(options);
  return {
    host,
    port: firestore!,
    projectId: PROJECT_ID,
    async stop() {
      await running?.stop();
      running = null;
    },
    async start() {
      running ??= await startFirebaseEmulators(options);
    },
    async close() {
      await running?.stop();
      running = null;
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
