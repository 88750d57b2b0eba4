/**
 * Helpers for the functions' integration tests: the admin SDK for arranging and checking data,
 * the real web SDK (Auth emulator sign-in + httpsCallable through the Functions emulator) for
 * calling, a fresh workspace per test file so tests never step on the seeded `demo`, and the
 * SMTP sink's message list.
 */

import { randomUUID } from 'node:crypto';
import {
  deleteApp as deleteWebApp,
  type FirebaseApp,
  initializeApp as initializeWebApp,
} from 'firebase/app';
import {
  connectAuthEmulator,
  getAuth as getWebAuth,
  signInAnonymously,
  signInWithEmailAndPassword,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore as getWebFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { expect, inject } from 'vitest';
import { datesFromTimestamps } from '../../../functions/src/data/convert.ts';
import type { ReceivedMail } from '../../../scripts/stack/smtp-sink.ts';
import type { CallableName, Callables } from '../../../utils/domain/callables.ts';
import type { Presence, Role, RoutingMode } from '../../../utils/domain/model.ts';
import { summaryPresence } from '../../../utils/domain/summaries.ts';

export const stack = inject('stack');

/** The admin SDK on the test stack (also the app functions/src code uses when a test calls it). */
export function admin() {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = stack.authHost;
  process.env.GCLOUD_PROJECT = stack.projectId;
  const app = getApps()[0] ?? initializeApp({ projectId: stack.projectId });
  const db = getFirestore(app);
  return { app, db, auth: getAuth(app) };
}

/** Points functions/src mail code run inside the test process at the stack's SMTP sink. */
export function useSmtpSink() {
  process.env.SMTP_HOST = stack.smtp.host;
  process.env.SMTP_PORT = String(stack.smtp.port);
  process.env.SMTP_SECURE = 'false';
  process.env.SMTP_FROM = 'Parley <no-reply@parley.test>';
}

export const PASSWORD = 'test-password-1';

export interface OperatorSpec {
  key: string;
  displayName?: string;
  role?: Role;
  presence?: 'online' | 'away' | 'offline';
  /** How long ago the last heartbeat was (default: now). */
  lastSeenAgoMs?: number;
  maxChats?: number;
  activeChats?: number;
  active?: boolean;
}

export interface WorkspaceSpec {
  routingMode?: RoutingMode;
  operators: OperatorSpec[];
  departments?: { id: string; name: string; members: string[] }[];
  urlRoutes?: { id: string; pattern: string; members: string[] }[];
  offlineRecipients?: string[];
  queueTimeoutSeconds?: number;
  transferTimeoutSeconds?: number;
  seatPrice?: number;
  /** How chats are offered (ADR 008); the workspace default when absent. */
  offerMode?: 'all' | 'one';
  offerSeconds?: number;
}

export interface TestOperator {
  uid: string;
  email: string;
  password: string;
  displayName: string;
}

export interface TestWorkspace {
  ws: string;
  ops: Record<string, TestOperator>;
}

/** A new workspace with Auth users (claims set) and their operators/presence documents. */
export async function makeWorkspace(spec: WorkspaceSpec): Promise<TestWorkspace> {
  const { db, auth } = admin();
  const ws = `t-${randomUUID().slice(0, 8)}`;
  const root = db.collection('workspaces').doc(ws);
  const ops: Record<string, TestOperator> = {};
  for (const op of spec.operators) {
    const email = `${op.key}.${ws}@parley.test`;
    const displayName = op.displayName ?? op.key[0]!.toUpperCase() + op.key.slice(1);
    const user = await auth.createUser({ email, password: PASSWORD, displayName });
    await auth.setCustomUserClaims(user.uid, { ws, role: op.role ?? 'normal' });
    ops[op.key] = { uid: user.uid, email, password: PASSWORD, displayName };
  }
  const uids = (keys: string[]) => keys.map((key) => ops[key]!.uid);
  const batch = db.batch();
  batch.set(root, {
    name: `Test ${ws}`,
    seatPrice: spec.seatPrice ?? 1900,
    currency: 'EUR',
    routingMode: spec.routingMode ?? 'all',
    createdAt: Timestamp.now(),
    ...(spec.queueTimeoutSeconds !== undefined && {
      queueTimeoutSeconds: spec.queueTimeoutSeconds,
    }),
    ...(spec.transferTimeoutSeconds !== undefined && {
      transferTimeoutSeconds: spec.transferTimeoutSeconds,
    }),
    ...(spec.offerMode && { offerMode: spec.offerMode }),
    ...(spec.offerSeconds !== undefined && { offerSeconds: spec.offerSeconds }),
  });
  for (const op of spec.operators) {
    const { uid, email, displayName } = ops[op.key]!;
    batch.set(root.collection('operators').doc(uid), {
      displayName,
      role: op.role ?? 'normal',
      active: op.active ?? true,
      maxChats: op.maxChats ?? 5,
      createdAt: Timestamp.now(),
    });
    batch.set(root.collection('operatorPrivate').doc(uid), { email });
    batch.set(root.collection('presence').doc(uid), {
      state: op.presence ?? 'online',
      lastSeen: Timestamp.fromMillis(Date.now() - (op.lastSeenAgoMs ?? 0)),
      activeChats: op.activeChats ?? 0,
    });
  }
  for (const d of spec.departments ?? []) {
    batch.set(root.collection('departments').doc(d.id), {
      name: d.name,
      operatorIds: uids(d.members),
    });
  }
  for (const r of spec.urlRoutes ?? []) {
    batch.set(root.collection('urlRoutes').doc(r.id), {
      pattern: r.pattern,
      operatorIds: uids(r.members),
    });
  }
  if (spec.offlineRecipients) {
    batch.set(root.collection('settings').doc('offline'), {
      recipientIds: uids(spec.offlineRecipients),
    });
  }
  await batch.commit();
  return { ws, ops };
}

/** Reads a document of the workspace as plain data (Timestamps as they come). */
export async function read(ws: string, path: string) {
  return (await admin().db.doc(`workspaces/${ws}/${path}`).get()).data();
}

export async function setPresence(
  ws: string,
  uid: string,
  presence: { state?: 'online' | 'away' | 'offline'; activeChats?: number; lastSeenAgoMs?: number },
) {
  const { state, activeChats, lastSeenAgoMs } = presence;
  const ref = admin().db.doc(`workspaces/${ws}/presence/${uid}`);
  await ref.set(
    {
      ...(state && { state }),
      ...(activeChats !== undefined && { activeChats }),
      lastSeen: Timestamp.fromMillis(Date.now() - (lastSeenAgoMs ?? 0)),
    },
    { merge: true },
  );
  await routingSummarySettled(ws, uid);
}

/**
 * Waits until the routing summary (kept by a trigger, ADR 006) shows an operator's presence as
 * their document now stands, so a routing call right after a presence change sees it.
 */
export async function routingSummarySettled(ws: string, uid: string) {
  const { db } = admin();
  // Triggers queue behind other suites' work on a shared machine: allow them half a minute.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [presence, summary] = await Promise.all([
      db.doc(`workspaces/${ws}/presence/${uid}`).get(),
      db.doc(`workspaces/${ws}/summaries/routing`).get(),
    ]);
    const wanted = presence.exists
      ? summaryPresence(datesFromTimestamps(presence.data()) as Presence, new Date(), new Date())
      : undefined;
    const entry = summary.get('presence')?.[uid] as
      | { state: string; activeChats: number }
      | undefined;
    if (
      summary.exists &&
      entry?.state === wanted?.state &&
      entry?.activeChats === wanted?.activeChats
    )
      return;
    if (Date.now() > deadline)
      throw new Error(`routing summary of ${ws} never showed ${uid} as ${JSON.stringify(wanted)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const clients: FirebaseApp[] = [];

/** A web SDK client (its own app, so its own signed-in user) on the emulators. */
export function client() {
  const app = initializeWebApp(
    {
      projectId: stack.projectId,
      apiKey: 'fake-api-key',
      authDomain: `${stack.projectId}.firebaseapp.com`,
    },
    `client-${randomUUID()}`,
  );
  clients.push(app);
  const auth = getWebAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const functions = getFunctions(app, 'us-central1');
  const [host, port] = stack.functionsHost.split(':');
  connectFunctionsEmulator(functions, host!, Number(port));
  // Direct reads and writes, checked by firestore.rules as in production.
  const db = getWebFirestore(app);
  const [firestoreHost, firestorePort] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, firestoreHost!, Number(firestorePort));
  return {
    auth,
    db,
    async signIn(user: { email: string; password: string }) {
      return (await signInWithEmailAndPassword(auth, user.email, user.password)).user;
    },
    async signInAnonymously() {
      return (await signInAnonymously(auth)).user;
    },
    /**
     * Calls a callable; with `timeoutMs` the client gives up then (deadline-exceeded), as when
     * the caller's connection drops, while the function goes on.
     */
    async call<N extends CallableName>(
      name: N,
      data: unknown,
      options: { timeoutMs?: number } = {},
    ): Promise<Callables[N][1]> {
      const callable = httpsCallable<unknown, Callables[N][1]>(functions, name, {
        ...(options.timeoutMs !== undefined && { timeout: options.timeoutMs }),
      });
      return (await callable(data)).data;
    },
  };
}

export type Client = ReturnType<typeof client>;

/** A client signed in as `user` (an operator) or anonymously (a visitor). */
export async function signedIn(user?: { email: string; password: string }): Promise<Client> {
  const c = client();
  if (user) await c.signIn(user);
  else await c.signInAnonymously();
  return c;
}

export async function closeClients() {
  await Promise.all(clients.splice(0).map((app) => deleteWebApp(app)));
}

/** The callable rejects with this HttpsError code (and message), and never with a stack trace. */
export async function expectError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = (await promise.then(
    () => {
      throw new Error(`expected functions/${code}, but the call succeeded`);
    },
    (e: unknown) => e,
  )) as { code?: string; message?: string };
  expect(error.code, error.message).toBe(`functions/${code}`);
  if (message) expect(error.message).toMatch(message);
  expect(error.message ?? '').not.toMatch(/\n\s+at |\.ts:\d+|\.js:\d+/);
  return error;
}

export type SinkMail = ReceivedMail;

/** Mail the sink received for `address` (envelope recipient), waiting up to `timeoutMs` for it. */
export async function mailTo(address: string, timeoutMs = 10_000): Promise<SinkMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = (await (await fetch(stack.smtp.messagesUrl)).json()) as SinkMail[];
    const mine = all.filter((m) => m.envelope.to.includes(address));
    if (mine.length > 0 || Date.now() > deadline) return mine;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const PAGE = 'http://shop.example.com/';

/** A visitor (a new anonymous one unless given) starts a chat that is queued for operators. */
export async function queuedChat(
  ws: string,
  options: {
    visitor?: Client;
    visitorName?: string;
    visitorEmail?: string;
    departmentId?: string;
  } = {},
): Promise<{ visitor: Client; chatId: string }> {
  const visitor = options.visitor ?? (await signedIn());
  const started = await visitor.call('startChat', {
    workspaceId: ws,
    visitorName: options.visitorName ?? 'Vera',
    visitorEmail: options.visitorEmail,
    departmentId: options.departmentId,
    pageUrl: PAGE,
  });
  if (!('chatId' in started) || !started.chatId) throw new Error('expected a queued chat');
  return { visitor, chatId: started.chatId };
}

/** A queued chat that `operator` has accepted. */
export async function acceptedChat(
  ws: string,
  operator: Client,
): Promise<{ visitor: Client; chatId: string }> {
  const chat = await queuedChat(ws);
  // Make sure this chat rings `operator` too, whoever else routing chose.
  const uid = operator.auth.currentUser!.uid;
  await admin()
    .db.doc(`workspaces/${ws}/chats/${chat.chatId}`)
    .update({ offeredTo: FieldValue.arrayUnion(uid) });
  await operator.call('acceptChat', { workspaceId: ws, chatId: chat.chatId });
  return chat;
}
