import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.resolve(here, '../../node_modules/.bin/tsx');

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('killGroupOnExit', () => {
  it('takes a process group of its own down with a parent that crashes', async () => {
    const parent = spawn(tsx, [path.join(here, 'fixtures/crashing-parent.ts')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    parent.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => parent.once('exit', resolve));
    const pid = Number(out.trim());
    expect(code).not.toBe(0);
    expect(pid).toBeGreaterThan(0);
    // The kill is sent before the parent is gone; the sleeper may take a moment to be reaped.
    await expect.poll(() => isRunning(pid), { timeout: 5_000 }).toBe(false);
  });
});
