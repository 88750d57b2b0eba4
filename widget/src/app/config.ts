/**
 * The widget's settings, read from the embedding script tag's data attributes:
 *
 *   data-workspace          (required) the Parley workspace id
 *   data-api-key            Firebase web API key (any value works against the emulators)
 *   data-project-id         Firebase project id (default demo-parley, the local stack)
 *   data-auth-domain, data-app-id, data-region (functions region, default us-central1)
 *   data-emulator-host      one host for all emulators at their default ports (e.g. 127.0.0.1)
 *   data-auth-emulator, data-firestore-emulator, data-functions-emulator
 *                           host:port of each emulator, overriding the above
 *   data-emulators          "on" / "off"; default on exactly when the project id starts with
 *                           "demo-" (Firebase's own convention for emulator-only projects)
 *   data-title              the panel's heading; wins over the title set in the Control Panel
 *                           (default "Chat with us", in the visitor's language)
 *   data-lang               the widget's language (en, de, es, fr, ar); default: the visitor's
 *                           browser languages, else English
 *   data-app-check-key      reCAPTCHA Enterprise site key: the widget then sends App Check
 *                           tokens, which a deployment can require (README, "Going to production")
 */
export interface WidgetConfig {
  workspaceId: string;
  /** empty: the Control Panel's title, else the catalogue's "Chat with us" (app/look.ts) */
  title: string;
  /** the embed's data-lang, if any (see i18n/language.ts) */
  lang?: string;
  firebase: {
    apiKey: string;
    projectId: string;
    authDomain?: string;
    appId?: string;
  };
  region: string;
  /** reCAPTCHA Enterprise site key for App Check, when the deployment uses it. */
  appCheckSiteKey?: string;
  /** host:port of each emulator, or null for production Firebase */
  emulators: { auth: string; firestore: string; functions: string } | null;
}

export const LOCAL_STACK = {
  projectId: 'demo-parley',
  apiKey: 'demo-api-key',
  host: '127.0.0.1',
  ports: { auth: 9099, firestore: 8080, functions: 5001 },
} as const;

export function readConfig(dataset: Readonly<Record<string, string | undefined>>): WidgetConfig {
  const workspaceId = dataset.workspace?.trim();
  if (!workspaceId) throw new Error('data-workspace is required');
  const projectId = dataset.projectId?.trim() || LOCAL_STACK.projectId;
  const useEmulators =
    dataset.emulators === 'on' ||
    (dataset.emulators !== 'off' &&
      (projectId.startsWith('demo-') ||
        Boolean(
          dataset.emulatorHost ||
            dataset.authEmulator ||
            dataset.firestoreEmulator ||
            dataset.functionsEmulator,
        )));
  const host = dataset.emulatorHost?.trim() || LOCAL_STACK.host;
  const { ports } = LOCAL_STACK;
  return {
    workspaceId,
    title: dataset.title?.trim() || '',
    ...(dataset.lang?.trim() ? { lang: dataset.lang.trim() } : {}),
    firebase: {
      apiKey: dataset.apiKey?.trim() || LOCAL_STACK.apiKey,
      projectId,
      ...(dataset.authDomain ? { authDomain: dataset.authDomain } : {}),
      ...(dataset.appId ? { appId: dataset.appId } : {}),
    },
    region: dataset.region?.trim() || 'us-central1',
    ...(dataset.appCheckKey?.trim() ? { appCheckSiteKey: dataset.appCheckKey.trim() } : {}),
    emulators: useEmulators
      ? {
          auth: dataset.authEmulator?.trim() || `${host}:${ports.auth}`,
          firestore: dataset.firestoreEmulator?.trim() || `${host}:${ports.firestore}`,
          functions: dataset.functionsEmulator?.trim() || `${host}:${ports.functions}`,
        }
      : null,
  };
}

/** Splits "host:port" (IPv6 hosts in brackets) for the SDKs' connect*Emulator calls. */
export function splitHostPort(address: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address);
  if (!match) throw new Error(`expected host:port, got "${address}"`);
  return { host: match[1]!, port: Number(match[2]) };
}
