import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BUILD_SETTINGS,
  clearFirebaseSettingsOverride,
  hasSettingsOverride,
  LOCAL_STACK_SETTINGS,
  loadFirebaseSettings,
  mergeSettings,
  saveFirebaseSettings,
  settingsFromEnv,
  validateSettings,
} from './firebase-config.ts';
import { buildUsesEmulators, releaseSettingsFromEnv } from './firebase-settings.ts';

describe('settingsFromEnv', () => {
  it('defaults to the local stack when nothing is set', () => {
    expect(settingsFromEnv({})).toEqual(LOCAL_STACK_SETTINGS);
  });

  it('reads a real project and leaves the emulators off', () => {
    const settings = settingsFromEnv({
      WXT_FIREBASE_API_KEY: 'AIza-key',
      WXT_FIREBASE_PROJECT_ID: 'acme-chat',
      WXT_FIREBASE_APP_ID: '1:2:web:3',
    });
    expect(settings).toMatchObject({
      apiKey: 'AIza-key',
      projectId: 'acme-chat',
      authDomain: 'acme-chat.firebaseapp.com',
      useEmulators: false,
    });
  });

  it('reads emulator ports from a test stack and ignores junk', () => {
    const settings = settingsFromEnv({
      WXT_FIREBASE_USE_EMULATORS: 'true',
      WXT_FIREBASE_PROJECT_ID: 'demo-parley',
      WXT_AUTH_EMULATOR_PORT: '41001',
      WXT_FIRESTORE_EMULATOR_PORT: 'not-a-port',
      WXT_FUNCTIONS_EMULATOR_PORT: ' 41003 ',
    });
    expect(settings.useEmulators).toBe(true);
    expect(settings.authEmulatorPort).toBe(41001);
    expect(settings.firestoreEmulatorPort).toBe(8080);
    expect(settings.functionsEmulatorPort).toBe(41003);
  });
});

describe('a release build (buildUsesEmulators false)', () => {
  const production = {
    WXT_FIREBASE_API_KEY: 'AIza-key',
    WXT_FIREBASE_PROJECT_ID: 'acme-chat',
    WXT_FIREBASE_APP_ID: '1:2:web:3',
  };

  it('is one pointed at a real project; no project, a demo- one or the emulator flag is not', () => {
    expect(buildUsesEmulators(production)).toBe(false);
    expect(buildUsesEmulators({})).toBe(true);
    expect(buildUsesEmulators({ ...production, WXT_FIREBASE_PROJECT_ID: 'demo-x' })).toBe(true);
    expect(buildUsesEmulators({ ...production, WXT_FIREBASE_USE_EMULATORS: 'true' })).toBe(true);
  });

  it('takes the web config and nothing of the local stack', () => {
    const settings = releaseSettingsFromEnv({ ...production, WXT_EMULATOR_HOST: '127.0.0.1' });
    expect(settings).toEqual({
      apiKey: 'AIza-key',
      authDomain: 'acme-chat.firebaseapp.com',
      projectId: 'acme-chat',
      appId: '1:2:web:3',
      useEmulators: false,
      emulatorHost: '',
      authEmulatorPort: 0,
      firestoreEmulatorPort: 0,
      functionsEmulatorPort: 0,
      functionsRegion: 'us-central1',
    });
    expect(validateSettings(settings)).toEqual([]);
  });
});

describe('validateSettings', () => {
  it('accepts the local stack', () => {
    expect(validateSettings(LOCAL_STACK_SETTINGS)).toEqual([]);
  });
  it('says what is wrong', () => {
    const problems = validateSettings({
      ...LOCAL_STACK_SETTINGS,
      projectId: '',
      authEmulatorPort: 70000,
    });
    expect(problems).toContain('Project ID is required.');
    expect(problems.join(' ')).toMatch(/Auth emulator port/);
  });
  it('refuses a demo- project against production', () => {
    expect(validateSettings({ ...LOCAL_STACK_SETTINGS, useEmulators: false })[0]).toMatch(/demo-/);
  });
});

describe('run-time override in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the build settings until the options page saves an override', async () => {
    expect(await loadFirebaseSettings()).toEqual(BUILD_SETTINGS);
    expect(await hasSettingsOverride()).toBe(false);
    await saveFirebaseSettings({ ...LOCAL_STACK_SETTINGS, firestoreEmulatorPort: 18080 });
    expect((await loadFirebaseSettings()).firestoreEmulatorPort).toBe(18080);
    expect(await hasSettingsOverride()).toBe(true);
    await clearFirebaseSettingsOverride();
    expect(await loadFirebaseSettings()).toEqual(BUILD_SETTINGS);
  });

  it('will not save invalid settings', async () => {
    await expect(saveFirebaseSettings({ ...LOCAL_STACK_SETTINGS, apiKey: '' })).rejects.toThrow(
      /API key/,
    );
  });

  it('ignores unknown and mistyped keys in a stored override', () => {
    const merged = mergeSettings(LOCAL_STACK_SETTINGS, {
      projectId: 'demo-other',
      authEmulatorPort: '9',
      evil: true,
    });
    expect(merged.projectId).toBe('demo-other');
    expect(merged.authEmulatorPort).toBe(9099);
    expect('evil' in merged).toBe(false);
  });
});
