/** A web SDK client of its own (own app, own signed-in user) on the bench stack. */
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, initializeFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import type { CallableName, Callables } from '../../../utils/domain/callables.ts';
import type { StackInfo } from '../../stack/stack.ts';

let apps = 0;
/** Calls tried again after they were lost (reported with the figures). */
export let retries = 0;

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
    /** A callable; a call lost on the way (an overloaded machine) is tried twice more. */
    async call<N extends CallableName>(name: N, data: unknown): Promise<Callables[N][1]> {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await httpsCallable<unknown, Callables[N][1]>(functions, name)(data)).data;
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          const lost = [
            'functions/internal',
            'functions/unavailable',
            'functions/deadline-exceeded',
          ];
          if (attempt >= 3 || !lost.includes(code)) throw error;
          retries++;
        }
      }
    },
    close: () => deleteApp(app),
  };
}

export type WebClient = ReturnType<typeof webClient>;
