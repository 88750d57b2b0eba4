/**
 * `npm run zip`: the Chrome Web Store and Firefox Add-ons packages (and the sources archive AMO
 * asks for), built with WXT's zip for the production Firebase project in .env or the environment.
 * Refuses, before building anything, when that configuration is missing or points at the local
 * emulators (release-config.ts). Packages go to .output/release/ (PARLEY_OUT_DIR), named with the
 * version: beside, not over, the unpacked build of `npm start` in .output/ that a developer's
 * browser may have loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../stack/build.ts';
import { buildEnv } from './env-files.ts';
import { releaseConfig } from './release-config.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const browsers = ['chrome', 'firefox'] as const;

const configs = browsers.map((browser) => ({
  browser,
  config: releaseConfig(buildEnv(rootDir, browser, process.env)),
}));
const refused = configs.find(({ config }) => !config.ok);
if (refused && !refused.config.ok) {
  console.error(
    `npm run zip: no production configuration for the ${refused.browser} package.\n` +
      refused.config.problems.map((problem) => `  - ${problem}`).join('\n'),
  );
  process.exit(1);
}

const outDir = path.resolve(rootDir, process.env.PARLEY_OUT_DIR ?? '.output/release');
for (const { browser, config } of configs) {
  if (!config.ok) continue;
  console.log(`Packaging for ${browser}, Firebase project ${config.projectId}…`);
  await run('npx', ['wxt', 'zip', '-b', browser], {
    cwd: rootDir,
    env: { ...config.buildEnv, PARLEY_OUT_DIR: outDir },
    label: `wxt zip -b ${browser}`,
  });
}

const { name, version } = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
const file = (suffix: string) => path.join(outDir, `${name}-${version}-${suffix}.zip`);
console.log(`Chrome Web Store:   ${file('chrome')}
addons.mozilla.org: ${file('firefox')}
  with the sources:  ${file('sources')}
  (how to build them for AMO's reviewers: README, "Release")`);
