import { spawn } from 'node:child_process';

/** Runs a command to completion and answers its exit code and its output (stdout and stderr). */
export function runCaptured(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Runs a command to completion, collecting its output; rejects with that output on failure. */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; label: string },
): Promise<void> {
  const { code, output } = await runCaptured(command, args, options);
  if (code !== 0)
    throw new Error(`${options.label} failed (exit ${code}):\n${output.slice(-4000)}`);
}

/** Environment that points an extension build at a local stack (see .env.example). */
export function extensionEnv(ports: { auth: number; firestore: number; functions: number }) {
  return {
    WXT_FIREBASE_USE_EMULATORS: 'true',
    WXT_FIREBASE_PROJECT_ID: 'demo-parley',
    WXT_EMULATOR_HOST: '127.0.0.1',
    WXT_AUTH_EMULATOR_PORT: String(ports.auth),
    WXT_FIRESTORE_EMULATOR_PORT: String(ports.firestore),
    WXT_FUNCTIONS_EMULATOR_PORT: String(ports.functions),
  };
}

export function buildFunctions(rootDir: string) {
  return run('npm', ['run', '-s', 'build', '-w', 'functions'], {
    cwd: rootDir,
    label: 'functions build',
  });
}

export function buildWidget(rootDir: string) {
  return run('npx', ['vite', 'build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn'], {
    cwd: rootDir,
    label: 'widget build',
  });
}

/**
 * Chrome (side panel) and Firefox (sidebar) builds, pointed at a local stack's ports.
 * `forTests` makes the Firefox build open its console in a tab at startup (see wxt.config.ts):
 * Puppeteer cannot navigate Firefox to moz-extension:// pages itself. Never for `npm start`.
 */
export async function buildExtension(
  rootDir: string,
  ports: { auth: number; firestore: number; functions: number },
  outDir?: string,
  options: { forTests?: boolean } = {},
) {
  const env = { ...extensionEnv(ports), ...(outDir ? { PARLEY_OUT_DIR: outDir } : {}) };
  await run('npx', ['wxt', 'build'], { cwd: rootDir, env, label: 'extension build (Chrome)' });
  await run('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: rootDir,
    env: { ...env, ...(options.forTests ? { PARLEY_OPEN_CONSOLE_TAB: '1' } : {}) },
    label: 'extension build (Firefox)',
  });
}
