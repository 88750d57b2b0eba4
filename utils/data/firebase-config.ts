import { browser } from 'wxt/browser';

/**
 * Where the extension finds Firebase: a real project's web config, or the local emulators.
 * The build bakes in defaults from `WXT_FIREBASE_*` variables (.env.example); an operator who
 * installed a prebuilt extension can override them at run time in the options page ("Connection"),
 * which stores the override in browser.storage.local. Pages reload to apply a change.
 */
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
  functionsRegion: 'us-central1',
};

export const SETTINGS_STORAGE_KEY = 'parley.firebaseSettings';

type Env = Record<string, string | boolean | undefined>;

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

/** What this build was configured with. */
export const BUILD_SETTINGS: FirebaseSettings = settingsFromEnv(import.meta.env as Env);

/** Problems that would keep the SDK from starting, as sentences for the Connection form. */
export function validateSettings(settings: FirebaseSettings): string[] {
  const problems: string[] = [];
  if (!settings.projectId) problems.push('Project ID is required.');
  if (!settings.apiKey) problems.push('API key is required.');
  if (!settings.useEmulators && !settings.appId) problems.push('App ID is required.');
  if (!settings.useEmulators && settings.projectId.startsWith('demo-')) {
    problems.push('A demo- project exists only on the emulators: turn "Use local emulators" on.');
  }
  if (settings.useEmulators) {
    if (!settings.emulatorHost) problems.push('Emulator host is required.');
    for (const [label, value] of [
      ['Auth', settings.authEmulatorPort],
      ['Firestore', settings.firestoreEmulatorPort],
      ['Functions', settings.functionsEmulatorPort],
    ] as const) {
      if (!Number.isInteger(value) || value <= 0 || value >= 65536) {
        problems.push(`${label} emulator port must be a number between 1 and 65535.`);
      }
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

/** The settings in force: the run-time override when there is one, else the build's. */
export async function loadFirebaseSettings(): Promise<FirebaseSettings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return mergeSettings(BUILD_SETTINGS, stored[SETTINGS_STORAGE_KEY]);
}

/** Whether the settings in force come from the options page rather than the build. */
export async function hasSettingsOverride(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return stored[SETTINGS_STORAGE_KEY] !== undefined;
}

export async function saveFirebaseSettings(settings: FirebaseSettings): Promise<void> {
  const problems = validateSettings(settings);
  if (problems.length > 0) throw new Error(problems.join(' '));
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: settings });
}

/** Back to what the build was configured with. */
export async function clearFirebaseSettingsOverride(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_STORAGE_KEY);
}

/** Calls back when another page changes the settings (every page reloads to apply them). */
export function onFirebaseSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
