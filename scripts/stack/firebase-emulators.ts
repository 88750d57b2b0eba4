import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { waitForPort } from './ports.ts';
import { killGroupOnExit, stopProcessGroup } from './process-group.ts';

export interface FirebaseEmulatorsOptions {
  rootDir: string;
  runDir: string;
  projectId: string;
  host: string;
  firestorePort: number;
  authPort: number;
  functionsPort: number;
  hubPort: number;
  loggingPort: number;
  firestoreWebsocketPort: number;
  eventarcPort: number;
  tasksPort: number;
  /** Keep Firestore data and Auth accounts here across restarts (imported at start, exported on a clean exit). */
  persistDir?: string;
  /**
   * Which emulators to run (default all three). A test that restarts Firestore under its clients
   * runs Firestore and Auth alone: without the Functions emulator they start and stop in seconds.
   */
  only?: EmulatorName[];
  /** Environment for firebase-tools and the functions: Java on PATH, the jar, SMTP_*, etc. */
  env: Record<string, string>;
  onLog?: (line: string) => void;
}

export type EmulatorName = 'firestore' | 'auth' | 'functions';

export interface FirebaseEmulators {
  process: ChildProcess;
  /** The Firestore emulator's JVM (firebase-tools starts it in a process group of its own). */
  firestorePid: number | null;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
// firebase-tools colours its output even when told not to; logs should be plain text.
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The parts of firebase.json the emulators read. */
export interface FirebaseJson {
  firestore?: { rules?: string; indexes?: string };
  functions?: { source: string; predeploy?: unknown; [key: string]: unknown }[];
  emulators?: unknown;
  [key: string]: unknown;
}

/**
 * The emulators' firebase.json: the deployed one's Firestore and Functions settings (so what runs
 * locally is what deploys), its paths made absolute for a config that lives in `runDir`, and this
 * run's ports. Deploy-only steps (predeploy builds, hosting) are left out: the stack builds first.
 */
export function emulatorConfig(
  deployed: FirebaseJson,
  rootDir: string,
  runDir: string,
  emulators: Record<string, unknown>,
): FirebaseJson {
  const fromRoot = (file: string) => path.resolve(rootDir, file);
  const firestore = deployed.firestore ?? {};
  return {
    firestore: {
      ...(firestore.rules ? { rules: fromRoot(firestore.rules) } : {}),
      ...(firestore.indexes ? { indexes: fromRoot(firestore.indexes) } : {}),
    },
    functions: (deployed.functions ?? []).map(({ predeploy: _build, ...codebase }) => ({
      ...codebase,
      // firebase-tools wants the source relative to the config file.
      source: path.relative(runDir, fromRoot(codebase.source)),
    })),
    emulators,
  };
}

/**
 * Starts Google's Firestore emulator and the Auth and Functions emulators in one firebase-tools
 * process, with a generated firebase.json so that every run can choose its own ports.
 */
export async function startFirebaseEmulators(
  options: FirebaseEmulatorsOptions,
): Promise<FirebaseEmulators> {
  const { host } = options;
  const only = options.only ?? ['firestore', 'auth', 'functions'];
  const ports: Record<EmulatorName, number> = {
    firestore: options.firestorePort,
    auth: options.authPort,
    functions: options.functionsPort,
  };
  // firebase-tools finds "the" emulator hub of a project through a file named after the project in
  // the temp folder, and so does its export on exit: with two stacks of demo-parley on one machine
  // (npm start and a test run, two test runs), one stack exported the other's data. A temp folder
  // of its own keeps each firebase-tools process to its own hub.
  const tmpDir = path.join(options.runDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const configPath = path.join(options.runDir, 'firebase.json');
  const deployed = JSON.parse(
    await readFile(path.join(options.rootDir, 'firebase.json'), 'utf8'),
  ) as FirebaseJson;
  const emulators = {
    singleProjectMode: true,
    firestore: { host, port: options.firestorePort, websocketPort: options.firestoreWebsocketPort },
    auth: { host, port: options.authPort },
    functions: { host, port: options.functionsPort },
    hub: { host, port: options.hubPort },
    logging: { host, port: options.loggingPort },
    // Started alongside Functions; fixed defaults would collide between parallel runs.
    eventarc: { host, port: options.eventarcPort },
    tasks: { host, port: options.tasksPort },
    ui: { enabled: false },
  };
  await writeFile(
    configPath,
    JSON.stringify(emulatorConfig(deployed, options.rootDir, options.runDir, emulators), null, 2),
  );

  const firebaseBin = path.join(
    path.dirname(require.resolve('firebase-tools/package.json')),
    'lib/bin/firebase.js',
  );
  const child = spawn(
    process.execPath,
    [
      firebaseBin,
      'emulators:start',
      '--only',
      only.join(','),
      '--project',
      options.projectId,
      '--config',
      configPath,
      ...persistenceArgs(options.persistDir),
    ],
    {
      cwd: options.runDir,
      env: { ...process.env, ...options.env, TMPDIR: tmpDir, FORCE_COLOR: '0', CI: 'true' },
      // Own process group: stopping kills the functions workers it spawned too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let firestorePid: number | null = null;
  const stopWatching = killGroupOnExit(child, () => firestorePid);
  const output: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().replace(ANSI_COLOURS, '').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) =>
      reject(
        new Error(
          `firebase emulators exited early (code ${code}). Last output:\n${output.slice(-30).join('\n')}`,
        ),
      ),
    );
  });
  const ready = new Promise<void>((resolve) => {
    const check = (chunk: Buffer) => {
      if (chunk.toString().includes('All emulators ready')) resolve();
    };
    child.stdout?.on('data', check);
  });
  await Promise.race([
    Promise.all([ready, ...only.map((name) => waitForPort(ports[name], host, 90_000))]),
    exited,
  ]);
  exited.catch(() => {});

  firestorePid = await emulatorPid(host, options.hubPort, 'firestore');
  return {
    process: child,
    firestorePid,
    // A clean exit exports the data first (persistDir), which takes a few seconds more.
    stop: async () => {
      await stopProcessGroup(child, options.persistDir ? 60_000 : 15_000);
      if (firestorePid) killLeftover(firestorePid);
      stopWatching();
    },
  };
}

/** The pid of an emulator firebase-tools runs as a child process, from the hub's registry. */
async function emulatorPid(host: string, hubPort: number, name: string): Promise<number | null> {
  try {
    const response = await fetch(`http://${host}:${hubPort}/emulators`);
    const emulators = (await response.json()) as Record<string, { pid?: number }>;
    return emulators[name]?.pid || null;
  } catch {
    return null;
  }
}

/** firebase-tools stops the JVM itself on a clean exit; after a forced one it would linger. */
function killLeftover(pid: number) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {}
}

function persistenceArgs(dir: string | undefined): string[] {
  if (!dir) return [];
  // --import fails on a folder that holds no export yet, so only the first start skips it.
  const hasExport = existsSync(path.join(dir, 'firebase-export-metadata.json'));
  return [...(hasExport ? ['--import', dir] : []), '--export-on-exit', dir];
}
