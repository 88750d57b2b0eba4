/**
 * Child processes that run in a process group of their own (the Firebase emulators: stopping the
 * group takes the Functions workers firebase-tools spawned along), and how to stop them.
 */
import type { ChildProcess } from 'node:child_process';

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

/**
 * Kills the child's group (and `alsoKill()`, a process outside it) when this process exits
 * without having stopped it: a crash or a `process.exit` would otherwise leave it running, since
 * a group of its own outlives its parent. Returns the function that stops watching.
 */
export function killGroupOnExit(
  child: ChildProcess,
  alsoKill: () => number | null = () => null,
): () => void {
  const kill = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    for (const pid of [-child.pid, alsoKill()]) {
      try {
        if (pid) process.kill(pid, 'SIGKILL');
      } catch {}
    }
  };
  process.once('exit', kill);
  return () => process.off('exit', kill);
}
