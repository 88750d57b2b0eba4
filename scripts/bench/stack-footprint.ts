/**
 * What the local stack costs a developer: `npm start` from the command to "Parley is up" (builds
 * included, data kept from the previous run as a developer has it), the resident memory of every
 * process it started once idle, and how long Ctrl-C takes (Firestore and Auth data are exported
 * on the way out). Needs the fixed ports of `npm start` free.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootDir } from './local-stack.ts';
import { type BenchOutput, p95Metric } from './report.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const IDLE_MS = 30_000;

/** A process and all its descendants with their resident memory (MB), from /proc. */
export function processTree(rootPid: number): { pid: number; rssMb: number; command: string }[] {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, (Number(fields[21]) * 4096) / 1024 / 1024);
    } catch {}
  }
  const tree: { pid: number; rssMb: number; command: string }[] = [];
  const visit = (pid: number) => {
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {}
    tree.push({ pid, rssMb: rss.get(pid) ?? 0, command });
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

/** Resident memory (MB) of a process and all its descendants. */
export function treeRssMb(rootPid: number): number {
  return processTree(rootPid).reduce((total, p) => total + p.rssMb, 0);
}

async function startOnce(): Promise<{ child: ChildProcess; readyMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Parley is up')) resolve();
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, readyMs: Date.now() - started };
}

async function stop(child: ChildProcess): Promise<number> {
  const started = Date.now();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
  return Date.now() - started;
}

export async function benchStackFootprint(): Promise<BenchOutput> {
  const ready: number[] = [];
  const memory: number[] = [];
  const stopping: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { child, readyMs } = await startOnce();
    ready.push(readyMs);
    await sleep(IDLE_MS);
    memory.push(treeRssMb(child.pid ?? 0));
    stopping.push(await stop(child));
  }
  // No targets: what a developer's machine pays for `npm start`, watched from run to run.
  return {
    metrics: [
      p95Metric('npm start to ready (builds included)', ready, 'ms'),
      p95Metric(`resident memory, idle ${IDLE_MS / 1000} s after ready`, memory, 'MB'),
      p95Metric('Ctrl-C to every process stopped (data saved)', stopping, 'ms'),
    ],
  };
}
