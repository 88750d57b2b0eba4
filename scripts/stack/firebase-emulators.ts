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
  authPort: number;
  functionsPort: number;
  hubPort: number;
  loggingPort: number;
  /** Keep Auth's accounts here across restarts (imported at start, exported on exit). */
  persistDir?: string;
  /** Environment for the functions: FIRESTORE_EMULATOR_HOST, SMTP_*, etc. */
  env: Record<string, string>;
  onLog?: (line: string) => void;
}

export interface FirebaseEmulators {
  process: ChildProcess;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
// firebase-tools colours its output even when told not to; logs should be plain text.
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Starts the Auth and Functions emulators of firebase-tools (pure Node, offline) with a generated
 * firebase.json so that every run can choose its own ports. Firestore is not among them: the
 * project's own emulator serves it, and the Functions emulator passes FIRESTORE_EMULATOR_HOST on.
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
        functions: [
          {
            source: path.relative(options.runDir, path.join(options.rootDir, 'functions')),
            codebase: 'default',
            ignore: ['node_modules', 'src', '*.test.ts'],
          },
        ],
        emulators: {
          singleProjectMode: true,
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
      'auth,functions',
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
      waitForPort(options.authPort, host, 90_000),
      waitForPort(options.functionsPort, host, 90_000),
    ]),
    exited,
  ]);
  exited.catch(() => {});

  return {
    process: child,
    stop: () => stopProcessGroup(child),
  };
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
