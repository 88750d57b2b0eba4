import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const artifacts = 'test-artifacts';

// Four kinds of test, each its own project so `npm test` can run them in order and a developer
// can run one kind alone (`vitest run --project unit`).
export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: Node, no DOM, milliseconds.
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'utils/domain/**/*.test.ts',
            'utils/*.test.ts',
            'functions/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'tests/conventions/**/*.test.ts',
            'sip-gateway/src/**/*.test.ts',
          ],
          // Pure functions share nothing worth isolating; a fresh module graph per file is slower.
          isolate: false,
        },
      },
      {
        // Components and the extension's data layer in happy-dom with WXT's fake browser.
        plugins: [WxtVitest(), preact()],
        // wxt.config.ts sets it for builds; components are tested as in a local-stack build.
        define: { __PARLEY_EMULATORS__: 'true' },
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: [
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'utils/data/**/*.test.{ts,tsx}',
            'widget/src/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup/ui.ts'],
          // One module graph per worker: isolating each file cost 80 s of setup for 4 s of tests.
          // Module state a test changes is put back in tests/setup/ui.ts.
          isolate: false,
        },
      },
      {
        // Real emulators (Google's Firestore, Auth and Functions, run by firebase-tools), real SMTP.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts', 'tests/rules/**/*.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          // A callable's first call in a run starts a Functions emulator worker (a cold start).
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files are independent (own project id or own workspace) and mostly
          // wait on the emulators, so a few run at once even on two cores.
          fileParallelism: true,
          maxWorkers: 3,
        },
      },
      {
        // After the integration project: did the rules suites evaluate every allow condition?
        test: {
          name: 'rules-coverage',
          environment: 'node',
          include: ['tests/rules-coverage/**/*.test.ts'],
        },
      },
      {
        // Real browsers (puppeteer-core + Debian's Chromium) with the built extension and widget.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { PARLEY_ARTIFACTS: artifacts },
        },
      },
    ],
  },
});
