/**
 * Where the extension finds Firebase: a real project's web config, or the local emulators. Pure,
 * so the build configuration (wxt.config.ts) and the release script (scripts/release/) read the
 * build's `WXT_FIREBASE_*` variables (.env.example) exactly as the extension does.
 */
import type { Problem } from '../domain/problems.ts';

export interface FirebaseSettings {
  apiKey: string;
  authDomain: string;
  projectId: string;
  appId: string;
  /** true: talk to the emulators below instead of Google's servers */
  useEmulators: boolean;
  emulatorHost: string;
  authEmulatorPort: number;
  firestoreEmulatorPort: number;
  functionsEmulatorPort: number;
  /** Cloud Functions region (docs/architecture.md "Callables": us-central1) */
  functionsRegion: string;
}

/** Where the callables run unless the build says otherwise (docs/architecture.md, "Callables"). */
const DEFAULT_REGION = 'us-central1';

/** The local stack of docs/architecture.md "Local stack" (`npm start`). */
export const LOCAL_STACK_SETTINGS: FirebaseSettings = {
  // The Auth emulator accepts any key; a demo- project keeps every SDK off production.
  apiKey: 'demo-api-key',
  authDomain: 'demo-parley.firebaseapp.com',
  projectId: 'demo-parley',
  appId: 'demo-parley-extension',
  useEmulators: true,
  emulatorHost: '127.0.0.1',
  authEmulatorPort: 9099,
  firestoreEmulatorPort: 8080,
  functionsEmulatorPort: 5001,
  functionsRegion: DEFAULT_REGION,
};

export type Env = Record<string, string | boolean | undefined>;

function text(value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function port(value: string | boolean | undefined, fallback: number): number {
  const parsed = Number(text(value));
  return Number.isInteger(parsed) && parsed > 0 && parsed < 65536 ? parsed : fallback;
}

/** Reads the build-time variables; anything unset falls back to the local stack. */
export function settingsFromEnv(env: Env): FirebaseSettings {
  const d = LOCAL_STACK_SETTINGS;
  const projectId = text(env.WXT_FIREBASE_PROJECT_ID);
  const emulatorFlag = text(env.WXT_FIREBASE_USE_EMULATORS);
  // No project configured means the local stack; a demo- project can only ever be emulated.
  const useEmulators =
    emulatorFlag !== undefined
      ? emulatorFlag === 'true' || emulatorFlag === '1'
      : !projectId || projectId.startsWith('demo-');
  return {
    apiKey: text(env.WXT_FIREBASE_API_KEY) ?? d.apiKey,
    authDomain:
      text(env.WXT_FIREBASE_AUTH_DOMAIN) ??
      (projectId ? `${projectId}.firebaseapp.com` : d.authDomain),
    projectId: projectId ?? d.projectId,
    appId: text(env.WXT_FIREBASE_APP_ID) ?? d.appId,
    useEmulators,
    emulatorHost: text(env.WXT_EMULATOR_HOST) ?? d.emulatorHost,
    authEmulatorPort: port(env.WXT_AUTH_EMULATOR_PORT, d.authEmulatorPort),
    firestoreEmulatorPort: port(env.WXT_FIRESTORE_EMULATOR_PORT, d.firestoreEmulatorPort),
    functionsEmulatorPort: port(env.WXT_FUNCTIONS_EMULATOR_PORT, d.functionsEmulatorPort),
    functionsRegion: text(env.WXT_FUNCTIONS_REGION) ?? d.functionsRegion,
  };
}

/**
 * A release package's settings (README, "Release"): the project's web config and nothing of the
 * local stack, so no emulator address or demo project is compiled into what the stores publish.
 */
export function releaseSettingsFromEnv(env: Env): FirebaseSettings {
  const projectId = text(env.WXT_FIREBASE_PROJECT_ID) ?? '';
  return {
    apiKey: text(env.WXT_FIREBASE_API_KEY) ?? '',
    authDomain: text(env.WXT_FIREBASE_AUTH_DOMAIN) ?? `${projectId}.firebaseapp.com`,
    projectId,
    appId: text(env.WXT_FIREBASE_APP_ID) ?? '',
    useEmulators: false,
    emulatorHost: '',
    authEmulatorPort: 0,
    firestoreEmulatorPort: 0,
    functionsEmulatorPort: 0,
    functionsRegion: text(env.WXT_FUNCTIONS_REGION) ?? DEFAULT_REGION,
  };
}

/**
 * Whether a build made with these variables can talk to the local emulators: every build except
 * one pointed at a real project. Decides the build's content security policy (wxt.config.ts) and
 * whether the emulator code is compiled in at all.
 */
export function buildUsesEmulators(env: Env): boolean {
  return settingsFromEnv(env).useEmulators;
}

/**
 * Problems that would keep the SDK from starting, as data: the Connection form phrases them from
 * the extension's catalogue (firebase-config.ts), which this module, read by the build, can't load.
 */
export function settingsProblems(settings: FirebaseSettings): Problem[] {
  const problems: Problem[] = [];
  if (!settings.projectId) problems.push({ kind: 'required', field: 'projectId' });
  if (!settings.apiKey) problems.push({ kind: 'required', field: 'apiKey' });
  if (!settings.useEmulators && !settings.appId)
    problems.push({ kind: 'required', field: 'appId' });
  if (!settings.useEmulators && settings.projectId.startsWith('demo-'))
    problems.push({ kind: 'demo-project-needs-emulators' });
  if (settings.useEmulators) {
    if (!settings.emulatorHost) problems.push({ kind: 'required', field: 'emulatorHost' });
    for (const [field, value] of [
      ['authEmulatorPort', settings.authEmulatorPort],
      ['firestoreEmulatorPort', settings.firestoreEmulatorPort],
      ['functionsEmulatorPort', settings.functionsEmulatorPort],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 65535)
        problems.push({ kind: 'count-out-of-range', field, min: 1, max: 65535 });
    }
  }
  return problems;
}

/** Merges a stored override over the build's settings, ignoring unknown or mistyped keys. */
export function mergeSettings(base: FirebaseSettings, override: unknown): FirebaseSettings {
  if (!override || typeof override !== 'object') return base;
  const merged: FirebaseSettings = { ...base };
  const record = override as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof FirebaseSettings)[]) {
    const value = record[key];
    if (value === undefined || typeof value !== typeof base[key]) continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}
