import { type FirebaseApp, getApps, initializeApp } from 'firebase/app';
import {
  type Auth,
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  signInAnonymously,
} from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  type Firestore,
  initializeFirestore,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  type Timestamp,
  writeBatch,
} from 'firebase/firestore';
import { paths } from '../../../utils/domain/paths.ts';
import { VISITOR_MESSAGE_SPACING_MS } from '../../../utils/domain/rate-limit.ts';
import { splitHostPort, type WidgetConfig } from '../app/config.ts';
import { type CallableCredentials, makeCallables } from './callables.ts';
import { chatConverter, messageConverter, queueFromData } from './converters.ts';
import type { MessageView, WidgetBackend } from './types.ts';

interface FirebaseHandles {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  callables: CallableCredentials;
}

/**
 * Firebase for the widget: its own named app (a host page using Firebase keeps its default app),
 * only the SDK pieces it needs (no popup/redirect resolver for Auth), the emulators when the
 * config names them (without the SDK's banner in the host page).
 */
export function connectFirebase(config: WidgetConfig): FirebaseHandles {
  const name = `parley-widget-${config.workspaceId}`;
  const existing = getApps().find((app) => app.name === name);
  const app = existing ?? initializeApp(config.firebase, name);
  const appCheckToken =
    config.appCheckSiteKey && !existing ? appCheckTokens(app, config.appCheckSiteKey) : null;
  // Persistence keeps the anonymous visitor (and so the access to their chat) across page loads.
  const auth = initializeAuth(app, {
    persistence: [indexedDBLocalPersistence, browserLocalPersistence],
  });
  const db = initializeFirestore(app, {});
  const { projectId } = config.firebase;
  const { region, emulators } = config;
  if (emulators) {
    connectAuthEmulator(auth, `http://${emulators.auth}`, { disableWarnings: true });
    const fs = splitHostPort(emulators.firestore);
    connectFirestoreEmulator(db, fs.host, fs.port);
  }
  const callables: CallableCredentials = {
    url: (name) =>
      emulators
        ? `http://${emulators.functions}/${projectId}/${region}/${name}`
        : `https://${region}-${projectId}.cloudfunctions.net/${name}`,
    // After the persisted session is restored: a returning visitor's widgetStatus carries their
    // uid, so a blocked browser is told at once (ADR 010), not after filling in the welcome form.
    idToken: async () => {
      await auth.authStateReady();
      return (await auth.currentUser?.getIdToken()) ?? null;
    },
    appCheckToken: async () => (appCheckToken ? await appCheckToken() : null),
  };
  return { app, auth, db, callables };
}

/**
 * App Check for a site that configured a site key, started at once (the callables a deployment
 * protects refuse requests without a token) but downloaded only by those sites: its SDK is a
 * chunk of its own (vite.config.ts), and Google's reCAPTCHA script comes with it anyway.
 */
function appCheckTokens(app: FirebaseApp, siteKey: string): () => Promise<string> {
  const ready = import('firebase/app-check').then((sdk) => ({
    sdk,
    appCheck: sdk.initializeAppCheck(app, {
      provider: new sdk.ReCaptchaEnterpriseProvider(siteKey),
      isTokenAutoRefreshEnabled: true,
    }),
  }));
  ready.catch(() => {}); // reported by the call that needs the token
  return async () => {
    const { sdk, appCheck } = await ready;
    return (await sdk.getToken(appCheck, false)).token;
  };
}

export function createFirebaseBackend(config: WidgetConfig): WidgetBackend {
  const { auth, db, callables: credentials } = connectFirebase(config);
  const ws = config.workspaceId;
  const callables = makeCallables(credentials, ws);

  let signingIn: Promise<string> | null = null;
  const visitorUid = (): Promise<string> => {
    signingIn ??= auth
      .authStateReady()
      .then(async () => auth.currentUser?.uid ?? (await signInAnonymously(auth)).user.uid)
      .catch((error: unknown) => {
        signingIn = null; // let a retry sign in again
        throw error;
      });
    return signingIn;
  };

  // The rules admit one visitor message every VISITOR_MESSAGE_SPACING_MS of server time, so
  // messages go out one at a time, each that long after the previous one was acknowledged.
  let previousSend: Promise<unknown> = Promise.resolve();
  let nextSendAt = 0;
  const paced = (send: () => Promise<void>): Promise<void> => {
    const turn = previousSend.then(async () => {
      const wait = nextSendAt - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        await send();
      } finally {
        nextSendAt = Date.now() + VISITOR_MESSAGE_SPACING_MS;
      }
    });
    previousSend = turn.catch(() => {});
    return turn;
  };

  const chatRef = (chatId: string) => doc(db, paths.chat(ws, chatId)).withConverter(chatConverter);
  const messagesRef = (chatId: string) =>
    collection(db, paths.chatMessages(ws, chatId)).withConverter(messageConverter);

  return {
    visitorUid,
    widgetStatus: callables.widgetStatus,
    async startChat(input, page) {
      await visitorUid(); // startChat records the caller's uid as visitor.uid
      return callables.startChat(input, page);
    },
    async submitOfflineMessage(input, pageUrl) {
      await visitorUid(); // the rate limit counts per visitor
      await callables.submitOfflineMessage(input, pageUrl);
    },
    endChat: callables.closeChat,
    rateChat: callables.rateChat,
    emailTranscript: callables.emailTranscript,
    watchChat(chatId, onChat, onError) {
      return onSnapshot(
        chatRef(chatId),
        (snapshot) => onChat(snapshot.exists() ? snapshot.data() : null),
        onError,
      );
    },
    watchMessages(chatId, onMessages, onError) {
      return onSnapshot(
        query(messagesRef(chatId), orderBy('sentAt', 'asc')),
        { includeMetadataChanges: true },
        (snapshot) => onMessages(snapshot.docs.map((d) => d.data())),
        onError,
      );
    },
    watchQueue(chatId, onQueue, onError) {
      // One small document for every waiting visitor of the workspace (ADR 008): a change of the
      // queue costs a read per waiting visitor, not a write per chat behind.
      return onSnapshot(
        doc(db, paths.queuePlaces(ws)),
        (snapshot) => onQueue(queueFromData(chatId, snapshot.data())),
        onError,
      );
    },
    advanceOffer: callables.advanceOffer,
    watchOperatorTyping(chatId, onSignal) {
      let first = true;
      return onSnapshot(
        doc(db, paths.chatTyping(ws, chatId, 'operator')),
        (snapshot) => {
          const at = snapshot.get('at') as Timestamp | null | undefined;
          const name = snapshot.get('name') as unknown;
          onSignal(
            at ? { at: at.toMillis(), ...(typeof name === 'string' ? { name } : {}) } : null,
            !first && !snapshot.metadata.fromCache,
          );
          first = false;
        },
        () => onSignal(null, false), // not allowed (any more): no indicator
      );
    },
    async sendTyping(chatId) {
      await setDoc(doc(db, paths.chatTyping(ws, chatId, 'visitor')), { at: serverTimestamp() });
    },
    async saveVisit(chatId, visit) {
      await setDoc(doc(db, paths.visitorContext(ws, chatId)), {
        ...visit,
        updatedAt: serverTimestamp(),
      });
    },
    async sendMessage(chatId, from, text) {
      const message: MessageView = {
        id: '',
        from: { kind: 'visitor', uid: from.uid, name: from.name },
        text,
        sentAt: null,
        pending: true,
      };
      // The message with the chat's visitor stamp (its time and id) in one batch: the rules
      // admit one visitor message per stamp and one stamp per 200 ms (the server side of
      // VISITOR_MESSAGE_LIMIT). The chat document itself is left alone, so the listeners on it
      // pay nothing per message (ADR 006).
      await paced(() => {
        const batch = writeBatch(db);
        const messageRef = doc(messagesRef(chatId));
        batch.set(messageRef, message);
        batch.set(doc(db, paths.visitorStamp(ws, chatId)), {
          at: serverTimestamp(),
          messageId: messageRef.id,
        });
        return batch.commit();
      });
    },
  };
}
