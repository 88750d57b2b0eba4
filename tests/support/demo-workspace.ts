import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import type { TestStack } from '../setup/stack.ts';

/**
 * Puts the seeded `demo` workspace back to a quiet state: every operator offline with no chats,
 * no chat queued or active. Browser suites share that workspace, so each starts from here instead
 * of inheriting presence and chats from the suite before it.
 */
export async function quietDemoWorkspace(stack: TestStack) {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const app = initializeApp({ projectId: stack.projectId }, `quiet-${Date.now()}-${Math.random()}`);
  try {
    const db = getFirestore(app);
    const ws = db.collection('workspaces').doc('demo');
    const batch = db.batch();
    for (const presence of (await ws.collection('presence').get()).docs) {
      batch.set(presence.ref, {
        state: 'offline',
        lastSeen: Timestamp.fromMillis(0),
        activeChats: 0,
      });
    }
    const open = await ws.collection('chats').where('status', 'in', ['queued', 'active']).get();
    for (const chat of open.docs) {
      batch.update(chat.ref, { status: 'closed', offeredTo: [], closedAt: Timestamp.now() });
    }
    await batch.commit();
  } finally {
    await deleteApp(app);
  }
}
