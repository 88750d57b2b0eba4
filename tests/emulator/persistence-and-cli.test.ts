/**
 * Our emulator as a process: documents survive a restart with a data directory, the CLI prints
 * one ready line, flushes on SIGTERM/SIGINT and exits 0, and explains itself with --help.
 * (Google's emulator has its own import/export; these run only against ours.)
 * Run: npx vitest run --project integration tests/emulator/persistence-and-cli.test.ts
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Firestore } from '@google-cloud/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, targetsGoogle, uniqueProjectId } from './support/target.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function adminClient(hostAndPort: string, projectId: string): Firestore {
  process.env.FIRESTORE_EMULATOR_HOST = hostAndPort;
  return new Firestore({ projectId });
}

describe.skipIf(targetsGoogle)('persistence and the CLI', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-firestore-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps documents across a restart with the same data directory', async () => {
    const projectId = uniqueProjectId('persist');
    const first = await startTarget({ dataDir: path.join(dataDir, 'lib') });
    const db = adminClient(first.hostAndPort, projectId);
    await db.doc('rooms/r1').set({ title: 'kept', n: 1 });
    await db.doc('rooms/r1/messages/m1').set({ text: 'deep' });
    await db.doc('rooms/gone').set({ x: 1 });
    await db.doc('rooms/gone').delete();
    await db.terminate();
    await first.close();

    const second = await startTarget({ dataDir: path.join(dataDir, 'lib') });
    try {
      const again = adminClient(second.hostAndPort, projectId);
      expect((await again.doc('rooms/r1').get()).data()).toEqual({ title: 'kept', n: 1 });
      expect((await again.doc('rooms/r1/messages/m1').get()).data()).toEqual({ text: 'deep' });
      expect((await again.doc('rooms/gone').get()).exists).toBe(false);
      await again.terminate();
    } finally {
      await second.close();
    }
  });

  it('closes promptly while clients are still connected', async () => {
    const target = await startTarget();
    const db = adminClient(target.hostAndPort, uniqueProjectId('close'));
    await db.doc('c/d').set({ v: 1 });
    const stop = db.collection('c').onSnapshot(() => {});
    await fetch(`${target.url}/`, { keepalive: true });
    const started = Date.now();
    await target.close();
    expect(Date.now() - started).toBeLessThan(2000);
    stop();
    await db.terminate();
  });

  it('prints --help and exits 0', async () => {
    const { code, output } = await runToEnd(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/--port/);
    expect(output).toMatch(/--rules/);
  });

  it('rejects unknown flags with a non-zero exit', async () => {
    const { code, output } = await runToEnd(['--bogus']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/bogus/);
  });

  it('serves, flushes on SIGTERM and exits 0, then reloads the data', async () => {
    const projectId = uniqueProjectId('cli');
    const data = path.join(dataDir, 'cli');
    const rules = path.join(dataDir, 'cli.rules');
    await writeFile(
      rules,
      "rules_version = '2';\nservice cloud.firestore { match /databases/{db}/documents { match /{d=**} { allow read, write: if true; } } }",
    );
    const args = ['--port', '0', '--data', data, '--rules', rules, '--project', projectId];

    const first = await startCli(args);
    const db = adminClient(first.hostAndPort, projectId);
    await db.doc('c/d').set({ v: 42 });
    await db.terminate();
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startCli(args);
    const again = adminClient(second.hostAndPort, projectId);
    expect((await again.doc('c/d').get()).data()).toEqual({ v: 42 });
    await again.terminate();
    expect(await second.stop('SIGINT')).toBe(0);
    expect(second.output()).toMatch(/Rules loaded/);
  });
});

interface RunningCli {
  hostAndPort: string;
  output(): string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

function spawnCli(args: string[]): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', path.join(rootDir, 'emulator/cli.ts'), ...args],
    {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

async function runToEnd(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawnCli(args);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, output };
}

async function startCli(args: string[]): Promise<RunningCli> {
  const child = spawnCli(args);
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const hostAndPort = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI not ready:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /ready at (\S+):(\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(`${ready[1]}:${ready[2]}`);
      }
    });
    void exited.then((code) => reject(new Error(`CLI exited with ${code}:\n${output}`)));
  });
  expect(output.split('\n').filter((line) => /ready at/.test(line))).toHaveLength(1);
  return {
    hostAndPort,
    output: () => output,
    stop(signal) {
      child.kill(signal);
      return exited;
    },
  };
}
