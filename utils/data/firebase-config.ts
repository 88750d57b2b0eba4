import { browser } from 'wxt/browser';
import {
  type Env,
  type FirebaseSettings,
  mergeSettings,
  releaseSettingsFromEnv,
  settingsFromEnv,
  settingsProblems,
} from './firebase-settings.ts';
import { problemMessage } from './problem-message.ts';

export {
  type FirebaseSettings,
  LOCAL_STACK_SETTINGS,
  mergeSettings,
  settingsFromEnv,
} from './firebase-settings.ts';

/** What keeps these settings from working, as sentences for the Connection form. */
export function validateSettings(settings: FirebaseSettings): string[] {
  return settingsProblems(settings).map(problemMessage);
}

/**
 * Where the extension finds Firebase at run time. The build bakes in defaults from `WXT_FIREBASE_*`
 * variables (.env.example); an operator who installed a prebuilt extension can override them in
 * the options page ("Connection"), which stores the override in browser.storage.local. Pages
 * reload to apply a change.
 */

// Set by wxt.config.ts from the build's variables (buildUsesEmulators).
declare const __PARLEY_EMULATORS__: boolean;

/**
 * Whether this build can use the local emulators. A build pointed at a real project (a release
 * package) has no emulator code or address in it, and its content security policy allows none.
 */
export const EMULATORS_BUILT_IN: boolean = __PARLEY_EMULATORS__;

export const SETTINGS_STORAGE_KEY = 'parley.firebaseSettings';

/** What this build was configured with. */
export const BUILD_SETTINGS: FirebaseSettings = EMULATORS_BUILT_IN
  ? settingsFromEnv(import.meta.env as Env)
  : // Each variable by name, so the bundler inlines these values and not the whole environment.
    releaseSettingsFromEnv({
      WXT_FIREBASE_API_KEY: import.meta.env.WXT_FIREBASE_API_KEY,
      WXT_FIREBASE_AUTH_DOMAIN: import.meta.env.WXT_FIREBASE_AUTH_DOMAIN,
      WXT_FIREBASE_PROJECT_ID: import.meta.env.WXT_FIREBASE_PROJECT_ID,
      WXT_FIREBASE_APP_ID: import.meta.env.WXT_FIREBASE_APP_ID,
      WXT_FUNCTIONS_REGION: import.meta.env.WXT_FUNCTIONS_REGION,
    });

/** The settings in force: the run-time override when there is one, else the build's. */
export async function loadFirebaseSettings(): Promise<FirebaseSettings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  const settings = mergeSettings(BUILD_SETTINGS, stored[SETTINGS_STORAGE_KEY]);
  // A release package can't reach an emulator, whatever an override from elsewhere says.
  return EMULATORS_BUILT_IN ? settings : { ...settings, useEmulators: false };
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
