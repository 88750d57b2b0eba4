import { describe, expect, it } from 'vitest';
import { releaseConfig } from './release-config.ts';

const production = {
  WXT_FIREBASE_API_KEY: 'AIzaSyReleaseTestKey0000000000000000000',
  WXT_FIREBASE_PROJECT_ID: 'acme-parley',
  WXT_FIREBASE_APP_ID: '1:1234567890:web:abcdef',
};

const problems = (env: Record<string, string | undefined>) => {
  const config = releaseConfig(env);
  return config.ok ? [] : config.problems.join('\n');
};

describe('releaseConfig', () => {
  it('builds with a real project, every default written out and the emulators off', () => {
    expect(releaseConfig({ ...production, NODE_ENV: 'test' })).toEqual({
      ok: true,
      projectId: 'acme-parley',
      buildEnv: {
        ...production,
        WXT_FIREBASE_AUTH_DOMAIN: 'acme-parley.firebaseapp.com',
        WXT_FUNCTIONS_REGION: 'us-central1',
        WXT_FIREFOX_ADDON_ID: 'console@acme-parley.firebaseapp.com',
        WXT_FIREBASE_USE_EMULATORS: 'false',
        NODE_ENV: 'production',
      },
    });
  });

  it('refuses when the configuration is missing, and says what to set', () => {
    const said = problems({});
    expect(said).toMatch(/No production Firebase project: WXT_FIREBASE_PROJECT_ID is empty/);
    expect(said).toMatch(/WXT_FIREBASE_API_KEY is empty/);
    expect(said).toMatch(/WXT_FIREBASE_APP_ID is empty/);
    expect(said).toMatch(/README, "Release"/);
  });

  it('refuses the demo project, the emulators and a demo key', () => {
    expect(problems({ ...production, WXT_FIREBASE_PROJECT_ID: 'demo-parley' })).toMatch(
      /emulator-only project/,
    );
    expect(problems({ ...production, WXT_FIREBASE_USE_EMULATORS: 'true' })).toMatch(
      /not the local emulators/,
    );
    expect(problems({ ...production, WXT_FIREBASE_API_KEY: 'demo-api-key' })).toMatch(
      /not a Firebase web API key/,
    );
    expect(problems({ ...production, WXT_FIREBASE_PROJECT_ID: 'Acme Chat!' })).toMatch(
      /not a Firebase project id/,
    );
  });

  it('takes the Firefox add-on id chosen for the deployment, and refuses one AMO would not', () => {
    const chosen = releaseConfig({ ...production, WXT_FIREFOX_ADDON_ID: 'chat@acme.example' });
    expect(chosen.ok && chosen.buildEnv.WXT_FIREFOX_ADDON_ID).toBe('chat@acme.example');
    const guid = '{3b2e8f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b}';
    const byGuid = releaseConfig({ ...production, WXT_FIREFOX_ADDON_ID: guid });
    expect(byGuid.ok && byGuid.buildEnv.WXT_FIREFOX_ADDON_ID).toBe(guid);
    expect(problems({ ...production, WXT_FIREFOX_ADDON_ID: 'acme chat' })).toMatch(
      /WXT_FIREFOX_ADDON_ID "acme chat" is not an add-on id/,
    );
  });

  it('refuses a test build switch', () => {
    expect(problems({ ...production, PARLEY_OPEN_CONSOLE_TAB: '1' })).toMatch(
      /PARLEY_OPEN_CONSOLE_TAB is a test build switch/,
    );
  });
});
