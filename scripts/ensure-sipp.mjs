// Runs after `npm install`, beside ensure-browsers.mjs: the SIP gateway's integration tests drive
// it with SIPp, a real SIP user agent (Debian package sip-tester). Installs it when missing and
// we may (root with apt), else says what to run; without it those tests are skipped and say why.
import { execFileSync, spawnSync } from 'node:child_process';

const installed = spawnSync('sipp', ['-v']).error === undefined;
if (installed || process.env.PARLEY_SKIP_SIPP === '1') process.exit(0);

const command = 'apt-get update && apt-get install -y sip-tester';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('which', ['apt-get']).status === 0;
if (isRoot && hasApt) {
  console.log('Parley: installing SIPp (sip-tester) for the SIP gateway tests (apt-get)…');
  try {
    execFileSync('sh', ['-c', command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.warn(`Parley: could not install SIPp. Run as root: ${command}`);
  }
} else {
  console.warn(
    `Parley: the SIP gateway's SIPp tests need SIPp. Install it with:\n  sudo ${command}\n` +
      '(on macOS: brew install sipp). Without it those tests are skipped.',
  );
}
