/**
 * The emulator benchmarks' load generators (writer, listeners) run in child processes so they do
 * not take the event loop from the emulator they measure. A child is a TypeScript module started
 * through tsx and driven over the IPC channel: the parent sends one config message and gets
 * typed messages back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child<Out> {
  /** Sends the config once the child listens (a message sent before that would be lost). */
  configure(config: unknown): Promise<void>;
  send(message: unknown): void;
  /** The next message of this type (rejects if the child exits first). */
  next<T extends Out>(type: string, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

export function startChild<Out extends { type: string }>(
  module: string,
  env: Record<string, string> = {},
): Child<Out> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...childNodeArgs(), '--import', 'tsx', fileURLToPath(new URL(module, import.meta.url))],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } },
  );
  const inbox: Out[] = [];
  const waiters: (() => void)[] = [];
  let exited: Error | null = null;
  child.on('message', (message) => {
    inbox.push(message as Out);
    for (const wake of waiters.splice(0)) wake();
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`${module} exited (${signal ?? code})`);
    for (const wake of waiters.splice(0)) wake();
  });
  const api: Child<Out> = {
    async configure(config) {
      await api.next('listening');
      child.send(config as never);
    },
    send: (message) => child.send(message as never),
    async next<T extends Out>(type: string, timeoutMs = 120_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const at = inbox.findIndex((m) => m.type === type);
        if (at >= 0) return inbox.splice(at, 1)[0] as T;
        if (exited) throw exited;
        if (Date.now() > deadline) throw new Error(`${module}: no "${type}" in ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 1_000).unref();
        });
      }
    },
    /** Waits a moment for the child to finish on its own (a profile is written at exit). */
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => child.kill(), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
      });
    },
  };
  return api;
}

/**
 * BENCH_CHILD_NODE_ARGS adds Node options to every child, e.g. "--cpu-prof --cpu-prof-dir=prof"
 * (Node refuses --cpu-prof in NODE_OPTIONS).
 */
function childNodeArgs(): string[] {
  return (process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** In a child: the config the parent sends first. */
export function receiveConfig<T>(): Promise<T> {
  return new Promise((resolve) => {
    process.once('message', (message) => resolve(message as T));
    void report({ type: 'listening' });
  });
}

/** In a child: a message to the parent; resolves once it is handed over (exit only after). */
export function report<T extends { type: string }>(message: T): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
