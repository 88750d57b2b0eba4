/**
 * An operator without a browser: their own Firebase web client in this Node process (Auth,
 * Firestore over gRPC, the callables), with the same rules and callables the console uses. For
 * suites about the widget, where the operator's side is not what is tested.
 */
import { deleteApp, type FirebaseApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  addDoc,
  collection,
  connectFirestoreEmulator,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  getFirestore,
  orderBy,
  query,
  serverTimestamp,
  setLogLevel,
  updateDoc,
  where,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { inject } from 'vitest';
import { paths } from '../../utils/domain/paths.ts';

const WS = 'demo';

/**
 * A read, tried again while the client is not connected yet: on a loaded machine the emulator can
 * keep a new client's first connection waiting long enough for the SDK to call itself offline,
 * and a read then fails at once where a listener would simply wait.
 */
async function whenConnected<T>(read: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if ((error as { code?: string }).code !== 'unavailable' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export interface OperatorClient {
  uid: string;
  heartbeat(state: 'online' | 'offline'): Promise<void>;
  offeredChat(
    visitorName: string,
  ): Promise<{ id: string; data: Record<string, unknown> } | undefined>;
  accept(chatId: string): Promise<void>;
  /** Asks the operator called `toName` to take over the chat (as /t Name in the console). */
  requestTransfer(chatId: string, toName: string): Promise<void>;
  send(chatId: string, text: string): Promise<void>;
  messages(chatId: string): Promise<{ from: { kind: string; name: string }; text: string }[]>;
  chat(chatId: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** Signs `email` in on a Firebase client of their own (in workspace `demo`). */
export async function signInOperator(email: string, password: string): Promise<OperatorClient> {
  const stack = inject('stack');
  setLogLevel('silent');
  const app: FirebaseApp = initializeApp(
    { projectId: stack.projectId, apiKey: 'demo-api-key' },
    `operator-${email}-${Date.now()}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const db: Firestore = getFirestore(app);
  const [fsHost, fsPort] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, fsHost!, Number(fsPort));
  const functions = getFunctions(app, 'us-central1');
  const [fnHost, fnPort] = stack.functionsHost.split(':');
  connectFunctionsEmulator(functions, fnHost!, Number(fnPort));
  const { user } = await signInWithEmailAndPassword(auth, email, password);
  const uid = user.uid;
  const name = user.displayName ?? email;
  const chatDoc = (id: string) => doc(db, paths.chat(WS, id));

  return {
    uid,
    async heartbeat(state) {
      await updateDoc(doc(db, paths.presence(WS, uid)), { state, lastSeen: serverTimestamp() });
      // Routing reads the summaries the functions keep (ADR 006): wait until they show it.
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const board = await whenConnected(() => getDoc(doc(db, paths.presenceBoard(WS))));
        if (board.get(`operators.${uid}.state`) === state) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the presence board never showed ${email} ${state}`);
    },
    async offeredChat(visitorName) {
      const snapshot = await whenConnected(() =>
        getDocs(
          query(
            collection(db, paths.chats(WS)),
            where('offeredTo', 'array-contains', uid),
            where('status', '==', 'queued'),
          ),
        ),
      );
      const found = snapshot.docs.find((d) => d.data().visitor?.name === visitorName);
      return found ? { id: found.id, data: found.data() } : undefined;
    },
    async accept(chatId) {
      await httpsCallable(functions, 'acceptChat')({ workspaceId: WS, chatId });
    },
    async requestTransfer(chatId, toName) {
      await httpsCallable(functions, 'requestTransfer')({ workspaceId: WS, chatId, toName });
    },
    async send(chatId, text) {
      await addDoc(collection(db, paths.chatMessages(WS, chatId)), {
        from: { kind: 'operator', uid, name },
        text,
        sentAt: serverTimestamp(),
      });
    },
    async messages(chatId) {
      const snapshot = await whenConnected(() =>
        getDocs(query(collection(db, paths.chatMessages(WS, chatId)), orderBy('sentAt', 'asc'))),
      );
      return snapshot.docs.map(
        (d) => d.data() as { from: { kind: string; name: string }; text: string },
      );
    },
    async chat(chatId) {
      return (await whenConnected(() => getDoc(chatDoc(chatId)))).data();
    },
    close: () => deleteApp(app),
  };
}
