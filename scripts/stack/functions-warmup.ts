/**
 * The first minute after start (ADR 006). firebase-tools' Functions emulator serves each request
 * in a worker process of its own function, starts a new worker whenever none of that function is
 * idle, and keeps every worker it started. From a cold start a burst of visitors therefore starts
 * one Node process per concurrent request, each loading the functions bundle and opening its own
 * Firestore connection at once: on two cores 50 visitors in 10 s timed out and 200 took 15 GB.
 * Two things make a burst safe:
 * - FUNCTIONS_EMULATOR_PARALLEL (firebase-tools' work queue, default 50) caps the requests that
 *   run at once; the rest wait in the queue, so a burst reuses a few workers instead of
 *   starting one each;
 * - the callables a visitor and an operator hit first are called at start, the visitor's ones
 *   WARM_WORKERS times at once with a request that reads Firestore (a workspace that does not
 *   exist, so nothing is written), so their workers are loaded and connected before anyone comes.
 */

/** At most this many functions run at once; a few warm workers answer a burst faster than many cold ones. */
export const FUNCTIONS_PARALLEL = 4;
/** Workers kept ready for each of the widget's callables. */
export const WARM_WORKERS = 2;

/** A workspace id no workspace has (ids are slugs, never starting with "_"). */
const NO_WORKSPACE = '_warm-up';

interface WarmTarget {
  functionsHost: string;
  authHost: string;
  projectId: string;
}

async function call(target: WarmTarget, name: string, data: unknown, token?: string) {
  const response = await fetch(
    `http://${target.functionsHost}/${target.projectId}/us-central1/${name}`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ data }),
    },
  );
  await response.text();
}

/** An anonymous visitor of the Auth emulator, as the widget signs one in. */
async function visitorToken(authHost: string): Promise<string | undefined> {
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=warm-up`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
  );
  return ((await response.json()) as { idToken?: string }).idToken;
}

/** Warms the callables (see above) and resolves once every warm-up call was answered. */
export async function warmCallables(target: WarmTarget): Promise<number> {
  const started = Date.now();
  const token = await visitorToken(target.authHost);
  const pageUrl = 'http://127.0.0.1/';
  const visitor = { workspaceId: NO_WORKSPACE, visitorName: 'Warm-up', pageUrl };
  const calls = Array.from({ length: WARM_WORKERS }, () => [
    call(target, 'widgetStatus', { workspaceId: NO_WORKSPACE, pageUrl }),
    call(target, 'startChat', visitor, token),
  ]).flat();
  // An operator's first calls: refused before any read, but their workers are loaded.
  calls.push(
    ...['acceptChat', 'closeChat', 'submitOfflineMessage'].map((n) => call(target, n, {})),
  );
  await Promise.all(calls);
  return Date.now() - started;
}
