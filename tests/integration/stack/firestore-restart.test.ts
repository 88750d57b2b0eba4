/**
 * Firestore goes away mid-conversation and comes back (issue 16): a visitor, through the widget's
 * own data layer, and an operator, through the console's (the messages query, the outbox and its
 * Firestore sender), keep chatting while the emulator is stopped and started again on the same
 * port with its data. Nobody reconnects by hand; what either side wrote while it was down goes
 * out when it is back, the operator's in the order typed; every message is stored once and each
 * side ends up showing exactly the stored transcript, never a message twice.
 *
 * Firestore here is the test's own (tests/support/restartable-firestore.ts): stopping the
 * suite's shared emulator would take it away from the integration files running alongside. The
 * accounts come from the shared stack's Auth emulator, whose tokens any emulator accepts.
 */
import 'fake-indexeddb/auto';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDocs,
  initializeFirestore,
  onSnapshot,
  orderBy,
  query,
  Timestamp,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatMessagesQuery } from '../../../utils/data/collections/chat-messages.ts';
import { conversationKey } from '../../../utils/data/conversation-key.ts';
import { firestoreSender } from '../../../utils/data/message-sender.ts';
import { OutboxStore } from '../../../utils/data/stores/outbox-store.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { createFirebaseBackend } from '../../../widget/src/data/firebase-backend.ts';
import {
  type RestartableFirestore,
  startRestartableFirestore,
} from '../../support/restartable-firestore.ts';
import { eventually } from '../../support/wait.ts';
import { admin, PASSWORD, stack } from '../functions/support.ts';

const ws = 'restart';
const chatId = 'chat-1';
const apps: { close(): Promise<void> }[] = [];
let firestore: RestartableFirestore;

/** A web SDK client of this test's emulator; `owner` is the emulator's rules-free admin. */
function webClient(name: string, options: { owner?: boolean } = {}) {
  const app = initializeApp({ projectId: firestore.projectId, apiKey: 'test' }, `${name}-${ws}`);
  apps.push({ close: () => deleteApp(app).catch(() => {}) });
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const db = initializeFirestore(app, {});
  connectFirestoreEmulator(
    db,
    firestore.host,
    firestore.port,
    options.owner ? { mockUserToken: 'owner' } : {},
  );
  return { auth, db };
}

/** What a side shows: every snapshot's texts in order (the last one is what it shows now). */
class Received {
  readonly snapshots: string[][] = [];
  get now(): string[] {
    return this.snapshots.at(-1) ?? [];
  }
  /** Snapshots that showed some message twice. */
  get doubled(): string[][] {
    return this.snapshots.filter((texts) => new Set(texts).size !== texts.length);
  }
}

beforeAll(async () => {
  firestore = await startRestartableFirestore('firestore-restart');
}, 90_000);

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await firestore?.close();
}, 60_000);

describe('Firestore restarts mid-conversation', () => {
  it('loses, doubles and reorders nothing, and sends what was written while it was down', async () => {
    // The operator: an account of the shared Auth emulator with its claims, an active operator
    // of a workspace on this emulator.
    const { auth } = admin();
    const email = `olga.${ws}.${Date.now()}@parley.test`;
    const user = await auth.createUser({ email, password: PASSWORD, displayName: 'Olga' });
    await auth.setCustomUserClaims(user.uid, { ws, role: 'normal' });
    const operator = webClient('operator');
    await signInWithEmailAndPassword(operator.auth, email, PASSWORD);

    // The visitor: the widget's backend, signed in anonymously as the widget does.
    const visitor = createFirebaseBackend({
      workspaceId: ws,
      title: '',
      firebase: { apiKey: 'test', projectId: firestore.projectId },
      region: 'us-central1',
      emulators: {
        auth: stack.authHost,
        firestore: `${firestore.host}:${firestore.port}`,
        functions: stack.functionsHost,
      },
    });
    const visitorUid = await visitor.visitorUid();

    // The chat as acceptChat leaves it: active, Olga's.
    const owner = webClient('owner', { owner: true });
    const now = Timestamp.now();
    const setup = writeBatch(owner.db);
    setup.set(doc(owner.db, paths.workspace(ws)), {
      name: 'Restart',
      seatPrice: 1900,
      currency: 'EUR',
      routingMode: 'all',
      createdAt: now,
    });
    setup.set(doc(owner.db, paths.operator(ws, user.uid)), {
      displayName: 'Olga',
      role: 'normal',
      active: true,
      maxChats: 5,
      createdAt: now,
    });
    setup.set(doc(owner.db, paths.chat(ws, chatId)), {
      visitor: { uid: visitorUid, name: 'Vera' },
      pageUrl: 'http://shop.example.com/',
      status: 'active',
      offeredTo: [],
      operatorId: user.uid,
      operatorName: 'Olga',
      createdAt: now,
      acceptedAt: now,
      lastMessageAt: now,
    });
    await setup.commit();

    const atOperator = new Received();
    const atVisitor = new Received();
    const listenerErrors: string[] = [];
    const stopOperator = onSnapshot(
      chatMessagesQuery(operator.db, ws, chatId),
      (s) =>
        atOperator.snapshots.push(
          s.docs.filter((d) => !d.metadata.hasPendingWrites).map((d) => d.data().text),
        ),
      (error) => listenerErrors.push(`operator: ${error.message}`),
    );
    const stopVisitor = visitor.watchMessages(
      chatId,
      (messages) => atVisitor.snapshots.push(messages.filter((m) => !m.pending).map((m) => m.text)),
      (error) => listenerErrors.push(`visitor: ${error}`),
    );
    const outbox = new OutboxStore(user.uid, firestoreSender(operator.db));
    outbox.start();
    const olga = { uid: user.uid, name: 'Olga' };
    const vera = { uid: visitorUid, name: 'Vera' };
    const chat = conversationKey({ kind: 'chat', workspaceId: ws, id: chatId });
    // The SDK retries each stream after a growing pause (1 s, then 1.5 times longer, ±50%), and
    // after some errors (a stream that met the port half-open) at its longest, 60 s ±50%: a
    // listener may take that long to come back, the write stream retried on its own schedule.
    const RECONNECT_MS = 100_000;
    const shownBy = (side: Received, text: string) =>
      eventually(async () => side.now.includes(text) || undefined, `"${text}" shown`, RECONNECT_MS);

    // Before: one message each way.
    await visitor.sendMessage(chatId, vera, 'v1 hello');
    await shownBy(atOperator, 'v1 hello');
    await outbox.send(chat, olga, 'o1 hi Vera');
    await shownBy(atVisitor, 'o1 hi Vera');

    // Down: the operator types three messages, the visitor one.
    await firestore.stop();
    for (const text of ['o2 one moment', 'o3 checking', 'o4 found it'])
      await outbox.send(chat, olga, text);
    const visitorSent = visitor.sendMessage(chatId, vera, 'v2 still there?');
    // They wait in the outbox, unsent.
    await eventually(
      async () => outbox.rows.value.length === 3 || undefined,
      'three messages waiting in the outbox',
    );

    // Back: everything written while it was down arrives, and the chat goes on.
    await firestore.start();
    await visitorSent;
    await eventually(
      async () => outbox.rows.value.length === 0 || undefined,
      'the outbox empty',
      RECONNECT_MS,
    );
    await shownBy(atVisitor, 'o4 found it');
    await shownBy(atOperator, 'v2 still there?');
    await visitor.sendMessage(chatId, vera, 'v3 thanks');
    await outbox.send(chat, olga, 'o5 you are welcome');
    await shownBy(atOperator, 'v3 thanks');
    await shownBy(atVisitor, 'o5 you are welcome');

    const stored = (
      await getDocs(query(collection(owner.db, paths.chatMessages(ws, chatId)), orderBy('sentAt')))
    ).docs.map((d) => d.get('text') as string);
    const fromOperator = stored.filter((text) => text.startsWith('o'));
    expect(fromOperator).toEqual([
      'o1 hi Vera',
      'o2 one moment',
      'o3 checking',
      'o4 found it',
      'o5 you are welcome',
    ]);
    expect(stored.filter((text) => text.startsWith('v'))).toEqual([
      'v1 hello',
      'v2 still there?',
      'v3 thanks',
    ]);
    await eventually(
      async () =>
        (atOperator.now.length === stored.length && atVisitor.now.length === stored.length) ||
        undefined,
      'both sides showing the whole transcript',
    );
    expect(atOperator.now).toEqual(stored);
    expect(atVisitor.now).toEqual(stored);
    expect(atOperator.doubled).toEqual([]);
    expect(atVisitor.doubled).toEqual([]);
    expect(listenerErrors).toEqual([]);

    outbox.stop();
    stopOperator();
    stopVisitor();
  }, 240_000);
});
