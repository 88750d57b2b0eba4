/** A web SDK client of its own (own app, own signed-in user) on the bench stack. */
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, initializeFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import type { CallableName, Callables } from '../../../utils/domain/callables.ts';
import type { StackInfo } from '../../stack/stack.ts';

let apps = 0;

export function webClient(stack: StackInfo) {
  const app = initializeApp(
    { projectId: stack.projectId, apiKey: 'bench-api-key' },
    `cost-${process.pid}-${apps++}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const db = initializeFirestore(app, { ignoreUndefinedProperties: true });
  connectFirestoreEmulator(db, stack.host, stack.ports.firestore);
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, stack.host, stack.ports.functions);
  return {
    auth,
    db,
    async call<N extends CallableName>(name: N, data: unknown): Promise<Callables[N][1]> {
      return (await httpsCallable<unknown, Callables[N][1]>(functions, name)(data)).data;
    },
    close: () => deleteApp(app),
  };
}

export type WebClient = ReturnType<typeof webClient>;
