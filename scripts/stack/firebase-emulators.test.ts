import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emulatorConfig, type FirebaseJson } from './firebase-emulators.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('emulatorConfig', () => {
  const deployed = JSON.parse(
    readFileSync(path.join(rootDir, 'firebase.json'), 'utf8'),
  ) as FirebaseJson;
  const runDir = path.join(rootDir, '.parley', 'test-run');
  const config = emulatorConfig(deployed, rootDir, runDir, { auth: { port: 1 } });

  it("runs the deployed firebase.json's rules, indexes and functions", () => {
    expect(config.firestore).toEqual({
      rules: path.join(rootDir, deployed.firestore!.rules!),
      indexes: path.join(rootDir, deployed.firestore!.indexes!),
    });
    expect(config.functions).toHaveLength(deployed.functions!.length);
    const [codebase] = config.functions!;
    expect(path.resolve(runDir, codebase!.source)).toBe(path.join(rootDir, 'functions'));
    expect(codebase).toMatchObject({ codebase: 'default', ignore: deployed.functions![0]!.ignore });
  });

  it("leaves out deploy-only steps and uses this run's emulator ports", () => {
    expect(config.functions![0]).not.toHaveProperty('predeploy');
    expect(config).not.toHaveProperty('hosting');
    expect(config.emulators).toEqual({ auth: { port: 1 } });
  });
});
