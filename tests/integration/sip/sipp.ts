/**
 * Runs SIPp (Debian's sip-tester, `npm install` installs it where it can: scripts/ensure-sipp.mjs)
 * with a scenario of tests/integration/sip/sipp/ against the gateway: one call, a global timeout,
 * errors written to a file the test shows when the scenario fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/stack/ports.ts';

const scenarios = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sipp');

/** Why SIPp can't run here, or null when it can. */
export function sippMissing(): string | null {
  const probe = spawnSync('sipp', ['-v'], { encoding: 'utf8' });
  if (probe.error || !/SIPp v/.test(`${probe.stdout}${probe.stderr}`)) {
    return 'SIPp is not installed (apt-get install -y sip-tester; npm install does it as root)';
  }
  return null;
}

export interface SippRun {
  scenario: string;
  gatewayPort: number;
  user: string;
  password: string;
  transport?: 'u1' | 't1';
  keys?: Record<string, string>;
  timeoutS?: number;
}

export interface SippResult {
  code: number | null;
  errors: string;
  /** SIPp's message trace: everything it sent and received. */
  trace: string;
}

export async function runSipp(run: SippRun): Promise<SippResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-sipp-'));
  const localPort = await freePort();
  const args = [
    `127.0.0.1:${run.gatewayPort}`,
    '-sf',
    path.join(scenarios, run.scenario),
    '-m',
    '1',
    '-i',
    '127.0.0.1',
    '-p',
    String(localPort),
    '-t',
    run.transport ?? 'u1',
    '-s',
    run.user,
    '-au',
    run.user,
    '-ap',
    run.password,
    '-timeout',
    `${run.timeoutS ?? 30}s`,
    '-timeout_error',
    '-nostdin',
    // MESSAGEs from the gateway are calls of their own: the out-of-call scenario answers them.
    '-oocsf',
    path.join(scenarios, 'message-uas.xml'),
    '-trace_err',
    '-error_file',
    path.join(dir, 'errors.log'),
    '-trace_msg',
    '-message_file',
    path.join(dir, 'messages.trace'),
    ...Object.entries(run.keys ?? {}).flatMap(([key, value]) => ['-key', key, value]),
  ];
  const child = spawn('sipp', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const logs = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const trace = readFileSync(path.join(dir, 'messages.trace'), 'utf8');
  return { code, errors: `${stderr}\n${logs}`.trim(), trace };
}
