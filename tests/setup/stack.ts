import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildExtension, buildFunctions, buildWidget } from '../../scripts/stack/build.ts';
import { type SeededAccounts, seedDemo } from '../../scripts/stack/seed.ts';
import { resolvePorts, type StackInfo, startStack } from '../../scripts/stack/stack.ts';
import type { CallableName } from '../../utils/domain/callables.ts';
import { RULES_COVERAGE_DIR, saveCoverage } from '../support/rules-coverage.ts';

export interface TestStack extends StackInfo {
  /** The demo workspace's accounts (docs/architecture.md, "Local stack"), seeded before the tests run. */
  accounts: SeededAccounts;
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
  // The rules suites add this run's coverage; an earlier run's would hide what this one missed.
  if (project.name === 'integration')
    await rm(RULES_COVERAGE_DIR, { recursive: true, force: true });
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
    log: (piece, line) => {
      if (verbose) console.log(`[${piece}] ${line}`);
    },
  });

  const { info } = stack;
  const accounts = await seedDemo({
    projectId: info.projectId,
    firestoreHost: info.firestoreHost,
    authHost: info.authHost,
  });
  process.env.FIRESTORE_EMULATOR_HOST = info.firestoreHost;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = info.authHost;
  if (browser) await warmChatCallables(info);

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
    // The demo project's rules also ran, for the functions' and browsers' clients.
    await saveCoverage(info.firestoreHost, info.projectId, RULES_COVERAGE_DIR).catch(() => {});
    await stack.stop();
    await rm(runDir, { recursive: true, force: true });
  };
}

/** The callables of a visitor's chat, which most browser suites go through, first to last. */
const CHAT_CALLABLES: CallableName[] = [
  'widgetStatus',
  'startChat',
  'acceptChat',
  'closeChat',
  'rateChat',
  'emailTranscript',
];

/**
 * The Functions emulator starts a worker for each function on its first call. A browser step
 * waits seconds, not a cold start on a busy machine, and which suite starts the first chat depends
 * on the order vitest picks; so the chat's callables are called once here (refused, nobody signed
 * in), which starts their workers before any suite runs.
 */
async function warmChatCallables(info: StackInfo) {
  await Promise.all(
    CHAT_CALLABLES.map((name) =>
      fetch(`http://${info.functionsHost}/${info.projectId}/us-central1/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: {} }),
      }).catch(() => {}),
    ),
  );
}
