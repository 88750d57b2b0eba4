/**
 * Chats that are over in the seeded `demo` workspace, for the History suites: each is written as
 * an active chat with its messages, then ended through the deployed closeChat (as Ada), so its
 * history summaries are the ones the functions write.
 */
import { randomUUID } from 'node:crypto';
import { deleteApp as deleteWebApp, initializeApp as initializeWebApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import type { TestStack } from '../setup/stack.ts';

export interface PastChat {
  visitor: { name: string; email?: string };
  /** the visitor's anonymous uid: the same uid links a returning visitor's chats */
  visitorUid?: string;
  /** the demo account that answered */
  operator: 'nora' | 'otto';
  departmentId?: string;
  /** [who, text]: 'visitor' or 'operator' */
  messages: ['visitor' | 'operator', string][];
}

/** Writes `chats` and ends them; returns their ids in the same order. */
export function endedChats(stack: TestStack, chats: PastChat[]): Promise<string[]> {
  return writeChats(stack, chats, { end: true });
}

/** Writes one chat its operator is answering now; returns its id. */
export async function ongoingChat(stack: TestStack, chat: PastChat): Promise<string> {
  return (await writeChats(stack, [chat], { end: false }))[0]!;
}

async function writeChats(
  stack: TestStack,
  chats: PastChat[],
  { end }: { end: boolean },
): Promise<string[]> {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const admin = initializeApp({ projectId: stack.projectId }, `history-${randomUUID()}`);
  const web = initializeWebApp(
    { projectId: stack.projectId, apiKey: 'fake-api-key' },
    `history-web-${randomUUID()}`,
  );
  try {
    const db = getFirestore(admin);
    const ids: string[] = [];
    for (const chat of chats) {
      const operator = stack.accounts[chat.operator];
      const operatorName = chat.operator === 'nora' ? 'Nora' : 'Otto';
      const ref = db.collection('workspaces/demo/chats').doc();
      const visitorUid = chat.visitorUid ?? `visitor-${randomUUID().slice(0, 8)}`;
      const start = Date.now() - 10 * 60_000;
      await ref.set({
        visitor: { uid: visitorUid, ...chat.visitor },
        ...(chat.departmentId ? { departmentId: chat.departmentId } : {}),
        pageUrl: 'http://127.0.0.1:5173/pricing.html',
        status: 'active',
        offeredTo: [],
        operatorId: operator.uid,
        operatorName,
        participantIds: [operator.uid],
        createdAt: Timestamp.fromMillis(start),
        acceptedAt: Timestamp.fromMillis(start + 5_000),
        lastMessageAt: Timestamp.now(),
      });
      for (const [i, [who, text]] of chat.messages.entries()) {
        await ref.collection('messages').add({
          from:
            who === 'visitor'
              ? { kind: 'visitor', uid: visitorUid, name: chat.visitor.name }
              : { kind: 'operator', uid: operator.uid, name: operatorName },
          text,
          sentAt: Timestamp.fromMillis(start + 10_000 * (i + 1)),
        });
      }
      ids.push(ref.id);
    }
    if (!end) return ids;
    const auth = getAuth(web);
    connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
    await signInWithEmailAndPassword(auth, stack.accounts.ada.email, stack.accounts.ada.password);
    const functions = getFunctions(web, 'us-central1');
    const [host, port] = stack.functionsHost.split(':');
    connectFunctionsEmulator(functions, host!, Number(port));
    for (const chatId of ids) {
      await httpsCallable(functions, 'closeChat')({ workspaceId: 'demo', chatId });
    }
    return ids;
  } finally {
    await Promise.all([deleteApp(admin), deleteWebApp(web)]);
  }
}

/** A demo operator reachable for routing: online, heartbeat now, no chats. */
export async function operatorOnline(stack: TestStack, key: 'nora' | 'otto') {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  const admin = initializeApp({ projectId: stack.projectId }, `online-${randomUUID()}`);
  try {
    await getFirestore(admin)
      .doc(`workspaces/demo/presence/${stack.accounts[key].uid}`)
      .set({ state: 'online', lastSeen: Timestamp.now(), activeChats: 0 });
  } finally {
    await deleteApp(admin);
  }
}

/** The demo operator accepts (acceptChat) the queued chat of this visitor; returns its id. */
export async function acceptChatOf(
  stack: TestStack,
  key: 'nora' | 'otto',
  visitorName: string,
): Promise<string> {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  const admin = initializeApp({ projectId: stack.projectId }, `accept-${randomUUID()}`);
  const web = initializeWebApp(
    { projectId: stack.projectId, apiKey: 'fake-api-key' },
    `accept-web-${randomUUID()}`,
  );
  try {
    const queued = await getFirestore(admin)
      .collection('workspaces/demo/chats')
      .where('status', '==', 'queued')
      .get();
    const chat = queued.docs.find((d) => d.data().visitor?.name === visitorName);
    if (!chat) throw new Error(`no queued chat of ${visitorName}`);
    const auth = getAuth(web);
    connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
    const account = stack.accounts[key];
    await signInWithEmailAndPassword(auth, account.email, account.password);
    const functions = getFunctions(web, 'us-central1');
    const [host, port] = stack.functionsHost.split(':');
    connectFunctionsEmulator(functions, host!, Number(port));
    await httpsCallable(functions, 'acceptChat')({ workspaceId: 'demo', chatId: chat.id });
    return chat.id;
  } finally {
    await Promise.all([deleteApp(admin), deleteWebApp(web)]);
  }
}

/** A chat's history summary for the whole workspace, as the functions wrote it. */
export async function workspaceSummary(stack: TestStack, chatId: string) {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  const admin = initializeApp({ projectId: stack.projectId }, `summary-${randomUUID()}`);
  try {
    return (await getFirestore(admin).doc(`workspaces/demo/chatHistory/${chatId}`).get()).data();
  } finally {
    await deleteApp(admin);
  }
}
