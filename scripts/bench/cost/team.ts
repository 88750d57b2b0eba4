/** A workspace of the cost benchmark: one admin and normal operators, set up with the admin SDK. */

import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import { paths } from '../../../utils/domain/paths.ts';
import type { OperatorAccount } from './operator-client.ts';

const PASSWORD = 'bench-password-1';

export async function makeTeam(
  db: Firestore,
  auth: Auth,
  ws: string,
  size: number,
  offerMode: OfferMode = 'all',
): Promise<OperatorAccount[]> {
  const accounts: OperatorAccount[] = [];
  for (let start = 0; start < size; start += 10) {
    const chunk = Array.from({ length: Math.min(10, size - start) }, (_, k) => start + k);
    accounts.push(
      ...(await Promise.all(
        chunk.map(async (i) => {
          const email = `op${i}.${ws}@parley.test`;
          const displayName = `Operator ${i}`;
          const admin = i === 0;
          const user = await auth.createUser({ email, password: PASSWORD, displayName });
          await auth.setCustomUserClaims(user.uid, { ws, role: admin ? 'admin' : 'normal' });
          return { uid: user.uid, email, password: PASSWORD, displayName, admin };
        }),
      )),
    );
  }
  const batch = db.batch();
  batch.set(db.doc(paths.workspace(ws)), {
    name: `Cost ${ws}`,
    seatPrice: 1900,
    currency: 'EUR',
    routingMode: 'all',
    offerMode,
    createdAt: Timestamp.now(),
    // A workspace in use: its getting-started milestones (one write each, ever) are behind it.
    onboarding: { widgetSeenAt: Timestamp.now(), firstChatAt: Timestamp.now() },
  });
  for (const op of accounts) {
    batch.set(db.doc(paths.operator(ws, op.uid)), {
      displayName: op.displayName,
      email: op.email,
      role: op.admin ? 'admin' : 'normal',
      active: true,
      // Enough seats for the scenario's visitors whatever the team size.
      maxChats: 20,
      createdAt: Timestamp.now(),
    });
    batch.set(db.doc(paths.presence(ws, op.uid)), {
      state: 'offline',
      lastSeen: Timestamp.now(),
      activeChats: 0,
    });
  }
  await batch.commit();
  return accounts;
}

/** Waits until the presence board shows `count` operators online (the triggers caught up). */
export async function waitForOnline(db: Firestore, ws: string, count: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const board = (await db.doc(paths.presenceBoard(ws)).get()).get('operators') as
      | Record<string, { state: string }>
      | undefined;
    const online = Object.values(board ?? {}).filter((p) => p.state === 'online').length;
    if (online >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${online} of ${count} operators came online`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
