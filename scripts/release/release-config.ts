/**
 * What `npm run zip` builds the store packages with, or why it won't. Pure, so the refusals are
 * tested offline: a package must point at a real Firebase project (its web config), never at the
 * local emulators or the demo- project, and carry no test build switch.
 */
import { isProjectId } from '../deploy/target.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type ReleaseConfig =
  | {
      ok: true;
      projectId: string;
      /** The variables the build runs with: the validated web config, every default written out. */
      buildEnv: Record<string, string>;
    }
  | { ok: false; problems: string[] };

/** Switches only test builds set (scripts/stack/build.ts, wxt.config.ts). */
const TEST_SWITCHES = ['PARLEY_OPEN_CONSOLE_TAB'];

/** Firebase web API keys are Google API keys: "AIza" and 35 more characters. */
const API_KEY = /^AIza[0-9A-Za-z_-]{35}$/;

const HOW =
  "Put the web app's config of your Firebase project (console: Project settings > Your apps) in " +
  '.env or the environment: WXT_FIREBASE_API_KEY, WXT_FIREBASE_PROJECT_ID, WXT_FIREBASE_APP_ID ' +
  '(and WXT_FIREBASE_AUTH_DOMAIN, WXT_FUNCTIONS_REGION if not the defaults); see README, "Release".';

const value = (env: Env, key: string) => env[key]?.trim() || undefined;

/** addons.mozilla.org takes an email-like id or a {GUID}; it is the add-on's identity for good. */
const ADDON_ID = /^([A-Za-z0-9._+-]+@[A-Za-z0-9.-]+|\{[0-9a-fA-F-]{36}\})$/;

/** Each deployment publishes its own add-on: its id is made of the project unless chosen. */
export const defaultAddonId = (projectId: string) => `console@${projectId}.firebaseapp.com`;

export function releaseConfig(env: Env): ReleaseConfig {
  const problems: string[] = [];
  const projectId = value(env, 'WXT_FIREBASE_PROJECT_ID');
  const apiKey = value(env, 'WXT_FIREBASE_API_KEY');
  const appId = value(env, 'WXT_FIREBASE_APP_ID');
  const emulators = value(env, 'WXT_FIREBASE_USE_EMULATORS');
  const addonId = value(env, 'WXT_FIREFOX_ADDON_ID');

  if (!projectId)
    problems.push('No production Firebase project: WXT_FIREBASE_PROJECT_ID is empty.');
  else if (projectId.startsWith('demo-'))
    problems.push(
      `"${projectId}" is the local stack's emulator-only project; a package must point at a real one.`,
    );
  else if (!isProjectId(projectId))
    problems.push(`WXT_FIREBASE_PROJECT_ID "${projectId}" is not a Firebase project id.`);
  if (!apiKey) problems.push('WXT_FIREBASE_API_KEY is empty.');
  else if (!API_KEY.test(apiKey))
    problems.push('WXT_FIREBASE_API_KEY is not a Firebase web API key (AIza…, 39 characters).');
  if (!appId) problems.push('WXT_FIREBASE_APP_ID is empty.');
  if (addonId && !ADDON_ID.test(addonId))
    problems.push(
      `WXT_FIREFOX_ADDON_ID "${addonId}" is not an add-on id (name@domain or a {GUID}).`,
    );
  if (emulators === 'true' || emulators === '1')
    problems.push(
      'WXT_FIREBASE_USE_EMULATORS is on: a package must talk to Google, not the local emulators.',
    );
  for (const name of TEST_SWITCHES) {
    if (value(env, name)) problems.push(`${name} is a test build switch; unset it.`);
  }
  if (problems.length > 0) return { ok: false, problems: [...problems, HOW] };

  return {
    ok: true,
    projectId: projectId!,
    buildEnv: {
      WXT_FIREBASE_API_KEY: apiKey!,
      WXT_FIREBASE_PROJECT_ID: projectId!,
      WXT_FIREBASE_APP_ID: appId!,
      WXT_FIREBASE_AUTH_DOMAIN:
        value(env, 'WXT_FIREBASE_AUTH_DOMAIN') ?? `${projectId}.firebaseapp.com`,
      WXT_FUNCTIONS_REGION: value(env, 'WXT_FUNCTIONS_REGION') ?? 'us-central1',
      WXT_FIREFOX_ADDON_ID: addonId ?? defaultAddonId(projectId!),
      WXT_FIREBASE_USE_EMULATORS: 'false',
      // A test runner's NODE_ENV=test would compile development JSX (with this checkout's paths).
      NODE_ENV: 'production',
    },
  };
}
