import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export type JarSource =
  /** FIRESTORE_EMULATOR_BINARY_PATH was set by the developer: used as it is. */
  | 'override'
  /** firebase-tools' own download cache: a runnable jar, nothing to do. */
  | 'firebase-tools cache'
  /** The Cloud SDK component (gcloud components / Debian's google-cloud-cli-firestore-emulator). */
  | 'Cloud SDK';

export interface FirestoreEmulatorJar {
  path: string;
  source: JarSource;
}

const SDK_JAR = 'platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';

/** The jar name and version firebase-tools itself would download and run. */
export function firebaseToolsJar(): { file: string; version: string; cacheDir: string } {
  const require = createRequire(import.meta.url);
  const info = require('firebase-tools/lib/emulator/downloadableEmulatorInfo.json') as {
    firestore: { version: string; downloadPathRelativeToCacheDir: string };
  };
  // firebase-tools' CACHE_DIR (lib/emulator/downloadableEmulators.js).
  const cacheDir =
    process.env.FIREBASE_EMULATORS_PATH ??
    path.join(os.homedir(), '.cache', 'firebase', 'emulators');
  return {
    file: path.join(cacheDir, info.firestore.downloadPathRelativeToCacheDir),
    version: info.firestore.version,
    cacheDir,
  };
}

/** Cloud SDK roots worth looking in: where gcloud lives, CLOUDSDK_ROOT_DIR, and the usual folders. */
export function cloudSdkRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots: string[] = [];
  if (env.CLOUDSDK_ROOT_DIR) roots.push(env.CLOUDSDK_ROOT_DIR);
  try {
    // gcloud is <root>/bin/gcloud, often reached through a symlink in /usr/bin.
    const gcloud = execFileSync('which', ['gcloud'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    if (gcloud) roots.push(path.dirname(path.dirname(realpathSync(gcloud))));
  } catch {}
  roots.push(
    '/usr/lib/google-cloud-sdk',
    '/usr/share/google-cloud-sdk',
    '/opt/google-cloud-sdk',
    '/snap/google-cloud-cli/current',
    '/snap/google-cloud-sdk/current',
    '/opt/homebrew/share/google-cloud-sdk',
    '/usr/local/share/google-cloud-sdk',
    path.join(os.homedir(), 'google-cloud-sdk'),
  );
  return [...new Set(roots)];
}

/** Google's Firestore emulator jar on this machine, or null when firebase-tools must download it. */
export function findFirestoreEmulatorJar(
  env: NodeJS.ProcessEnv = process.env,
): FirestoreEmulatorJar | null {
  const override = env.FIRESTORE_EMULATOR_BINARY_PATH;
  if (override) return existsSync(override) ? { path: override, source: 'override' } : null;
  const cached = firebaseToolsJar().file;
  if (existsSync(cached)) return { path: cached, source: 'firebase-tools cache' };
  for (const root of cloudSdkRoots(env)) {
    const jar = path.join(root, SDK_JAR);
    if (existsSync(jar)) return { path: jar, source: 'Cloud SDK' };
  }
  return null;
}
