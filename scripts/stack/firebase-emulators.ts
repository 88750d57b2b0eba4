import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';

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
  /** Firestore's rules (watched: an edit reloads them) and the index definitions. */
  rulesFile: string;
  indexesFile: string;
  /** Keep Firestore data and Auth accounts here across restarts (imported at start, exported on a clean exit). */
  persistDir?: string;
  /** Environment for firebase-tools and the functions: Java on PATH, the jar, SMTP_*, etc. */
  env: Record<string, string>;
  onLog?: (line: string) => void;
}

export interface FirebaseEmulators {
  process: ChildProcess;
  /** The Firestore emulator's JVM (firebase-tools starts it in a process group of its own). */
  firestorePid: number | null;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
// firebase-tools colours its output even when told not to; logs should be plain text.
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Starts Google's Firestore emulator and the Auth and Functions emulators in one firebase-tools
 * process, with a generated firebase.json so that every run can choose its own ports.
 */
export async function startFirebaseEmulators(
  options: FirebaseEmulatorsOptions,
): Promise<FirebaseEmulators> {
  const { host } = options;
  await mkdir(options.runDir, { recursive: true });
  const configPath = path.join(options.runDir, 'firebase.json');
  await writeFile(
    configPath,
    JSON.stringify(
      {
        firestore: { rules: options.rulesFile, indexes: options.indexesFile },
        functions: [
          {
            source: path.relative(options.runDir, path.join(options.rootDir, 'functions')),
            codebase: 'default',
            ignore: ['node_modules', 'src', '*.test.ts'],
          },
        ],
        emulators: {
          singleProjectMode: true,
          firestore: { host, port: options.firestorePort, websocketPort: await freePort(host) },
          auth: { host, port: options.authPort },
          functions: { host, port: options.functionsPort },
          hub: { host, port: options.hubPort },
          logging: { host, port: options.loggingPort },
          // Started alongside Functions; fixed defaults would collide between parallel runs.
          eventarc: { host, port: await freePort(host) },
          tasks: { host, port: await freePort(host) },
          ui: { enabled: false },
        },
      },
      null,
      2,
    ),
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
      'firestore,auth,functions',
      '--project',
      options.projectId,
      '--config',
      configPath,
      ...persistenceArgs(options.persistDir),
    ],
    {
      cwd: options.runDir,
      env: { ...process.env, ...options.env, FORCE_COLOR: '0', CI: 'true' },
      // Own process group: stopping kills the functions workers it spawned too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
    Promise.all([
      ready,
      waitForPort(options.firestorePort, host, 90_000),
      waitForPort(options.authPort, host, 90_000),
      waitForPort(options.functionsPort, host, 90_000),
    ]),
    exited,
  ]);
  exited.catch(() => {});

  const firestorePid = await emulatorPid(host, options.hubPort, 'firestore');
  return {
    process: child,
    firestorePid,
    // A clean exit exports the data first (persistDir), which takes a few seconds more.
    stop: async () => {
      await stopProcessGroup(child, options.persistDir ? 60_000 : 15_000);
      if (firestorePid) killLeftover(firestorePid);
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

/** SIGINT to the whole group (firebase-tools cleans up on it), SIGKILL if it lingers. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 8_000): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-pid, 'SIGINT');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }, graceMs);
  await gone;
  clearTimeout(timer);
  // Workers that outlived their parent would hold ports: make sure the group is gone.
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {}
}
