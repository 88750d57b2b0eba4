import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildExtension, buildFunctions, buildWidget } from '../../scripts/stack/build.ts';
import { type SeededAccounts, seedDemo } from '../../scripts/stack/seed.ts';
import { resolvePorts, type StackInfo, startStack } from '../../scripts/stack/stack.ts';

export interface TestStack extends StackInfo {
  /** The demo workspace's accounts (DESIGN.md), seeded before the tests run. */
  accounts: SeededAccounts | null;
  /** The extension built for this run, pointed at this stack (browser project only). */
  extension: { chrome: string; firefox: string } | null;
  artifactsDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStack;
  }
}

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Vitest global setup for the integration and browser projects: the whole local stack on free
 * ports (so two runs never collide), seeded with the demo workspace, torn down afterwards.
 */
export default async function setup(project: TestProject) {
  const runDir = path.join(rootDir, '.parley', `test-${process.pid}-${project.name}`);
  const ports = await resolvePorts('free');
  const browser = project.name === 'browser';
  const outDir = path.join(runDir, 'extension');

  await Promise.all([
    buildFunctions(rootDir),
    ...(browser
      ? [buildWidget(rootDir), buildExtension(rootDir, ports, outDir, { forTests: true })]
      : []),
  ]);

  const verbose = process.env.PARLEY_TEST_VERBOSE === '1';
  const stack = await startStack({
    rootDir,
    runDir,
    ports,
    persist: false,
    rulesFile: path.join(rootDir, 'firestore.rules'),
    log: (piece, line) => {
      if (verbose) console.log(`[${piece}] ${line}`);
    },
  });

  const { info } = stack;
  const accounts = info.firestoreHost
    ? await seedDemo({
        projectId: info.projectId,
        firestoreHost: info.firestoreHost,
        authHost: info.authHost,
      })
    : null;
  if (info.firestoreHost) process.env.FIRESTORE_EMULATOR_HOST = info.firestoreHost;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = info.authHost;

  const provided: TestStack = {
    ...info,
    accounts,
    extension: browser
      ? { chrome: path.join(outDir, 'chrome-mv3'), firefox: path.join(outDir, 'firefox-mv2') }
      : null,
    artifactsDir: path.join(rootDir, 'test-artifacts'),
  };
  project.provide('stack', provided);

  return async () => {
    await stack.stop();
    await rm(runDir, { recursive: true, force: true });
  };
}
