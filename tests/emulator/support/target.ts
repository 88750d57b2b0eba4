/**
 * The Firestore server a conformance suite talks to: our emulator, started by the suite on a free
 * port, or Google's when PARLEY_FIRESTORE=google and FIRESTORE_EMULATOR_HOST name it (then the
 * suite proves the same expectations hold for the reference implementation).
 */
import { randomBytes } from 'node:crypto';
import type { RunningEmulator } from '../../../emulator/src/index.ts';

export interface FirestoreTarget {
  kind: 'parley' | 'google';
  host: string;
  port: number;
  /** host:port, the form FIRESTORE_EMULATOR_HOST takes. */
  hostAndPort: string;
  /** http://host:port */
  url: string;
  /** Our emulator when kind is parley (tests may inspect or restart it). */
  emulator: RunningEmulator | null;
  close(): Promise<void>;
}

export const targetsGoogle =
  process.env.PARLEY_FIRESTORE === 'google' && Boolean(process.env.FIRESTORE_EMULATOR_HOST);

export interface TargetOptions {
  dataDir?: string;
  rulesFile?: string;
  projectId?: string;
  port?: number;
}

export async function startTarget(options: TargetOptions = {}): Promise<FirestoreTarget> {
  if (targetsGoogle) {
    const hostAndPort = process.env.FIRESTORE_EMULATOR_HOST!;
    const at = hostAndPort.lastIndexOf(':');
    const host = hostAndPort.slice(0, at).replace(/^\[|\]$/g, '');
    const port = Number(hostAndPort.slice(at + 1));
    return {
      kind: 'google',
      host,
      port,
      hostAndPort,
      url: `http://${hostAndPort}`,
      emulator: null,
      close: async () => {},
    };
  }
  const { startEmulator } = await import('../../../emulator/src/index.ts');
  const debug = process.env.PARLEY_EMULATOR_DEBUG === '1';
  const emulator = await startEmulator({
    port: options.port ?? 0,
    dataDir: options.dataDir,
    rulesFile: options.rulesFile,
    projectId: options.projectId,
    debug,
    log: debug ? (line) => console.log(`[firestore] ${line}`) : undefined,
  });
  const hostAndPort = `127.0.0.1:${emulator.port}`;
  return {
    kind: 'parley',
    host: '127.0.0.1',
    port: emulator.port,
    hostAndPort,
    url: `http://${hostAndPort}`,
    emulator,
    close: () => emulator.close(),
  };
}

/** A project id no other suite uses (demo- keeps every SDK offline). */
export function uniqueProjectId(label: string): string {
  return `demo-${label}-${randomBytes(3).toString('hex')}`;
}

/** A collection name unique to one test, so tests never see each other's documents. */
export function uniqueCollection(label = 'c'): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}

/** Loads rules through the control endpoint, as firebase-tools and rules-unit-testing do. */
export async function putRules(
  target: FirestoreTarget,
  projectId: string,
  rules: string,
): Promise<void> {
  const response = await fetch(`${target.url}/emulator/v1/projects/${projectId}:securityRules`, {
    method: 'PUT',
    body: JSON.stringify({ rules: { files: [{ content: rules }] } }),
  });
  if (!response.ok)
    throw new Error(`Loading rules failed: ${response.status} ${await response.text()}`);
}

export async function clearProject(target: FirestoreTarget, projectId: string): Promise<void> {
  const response = await fetch(
    `${target.url}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    { method: 'DELETE' },
  );
  if (!response.ok) throw new Error(`Clearing failed: ${response.status} ${await response.text()}`);
}

/** Polls until `check` passes (snapshot listeners are asynchronous). */
export async function eventually(check: () => void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
