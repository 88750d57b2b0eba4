/** A seeded local stack on free ports for benchmarks that need the whole backend. */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunctions } from '../stack/build.ts';
import { seedDemo } from '../stack/seed.ts';
import { resolvePorts, startStack } from '../stack/stack.ts';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function startBenchStack() {
  await buildFunctions(rootDir);
  const runDir = path.join(rootDir, '.parley', `bench-${process.pid}`);
  const stack = await startStack({
    rootDir,
    runDir,
    ports: await resolvePorts('free'),
    persist: false,
    log: () => {},
  });
  const { info } = stack;
  const accounts = await seedDemo({
    projectId: info.projectId,
    firestoreHost: info.firestoreHost,
    authHost: info.authHost,
  });
  return {
    info,
    accounts,
    // The run's folder (generated config, logs) is of no use once the stack is gone.
    stop: async () => {
      await stack.stop();
      await rm(runDir, { recursive: true, force: true });
    },
  };
}

/** Signs up an anonymous user on the Auth emulator and returns its ID token. */
export async function anonymousToken(authHost: string): Promise<string> {
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=bench`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { idToken?: string };
  if (!body.idToken) throw new Error(`anonymous sign-up failed: ${JSON.stringify(body)}`);
  return body.idToken;
}

/** Calls a callable over HTTP exactly as the web SDK does (POST {data}, Bearer token). */
export async function callCallable<T>(
  functionsHost: string,
  projectId: string,
  name: string,
  data: unknown,
  idToken: string,
): Promise<T> {
  const response = await fetch(`http://${functionsHost}/${projectId}/us-central1/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (!response.ok || body.error) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`);
  return body.result as T;
}
