// Runs after `npm install`: the browser tests need Debian's Chromium (and Firefox ESR for the
// Firefox checks). Installs them when missing and we may (root with apt), else says what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { binary: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { binary: process.env.PARLEY_FIREFOX ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const missing = wanted.filter((w) => !existsSync(w.binary)).map((w) => w.pkg);

if (missing.length === 0 || process.env.PARLEY_SKIP_BROWSERS === '1') process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('which', ['apt-get']).status === 0;
if (isRoot && hasApt) {
  console.log(`Parley: installing ${missing.join(', ')} for the browser tests (apt-get)…`);
  try {
    execFileSync('sh', ['-c', command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.warn(`Parley: could not install ${missing.join(', ')}. Run as root: ${command}`);
  }
} else {
  console.warn(
    `Parley: the browser tests need ${missing.join(' and ')}. Install them with:\n  sudo ${command}\n` +
      '(or point PARLEY_CHROMIUM / PARLEY_FIREFOX at your own binaries).',
  );
}
