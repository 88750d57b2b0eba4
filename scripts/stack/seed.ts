import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { sipHa1, sipInfoFor } from '../../functions/src/sip-credentials.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_CANNED_RESPONSES,
  DEMO_DEPARTMENTS,
  DEMO_SIP_PASSWORD,
  DEMO_URL_ROUTES,
  DEMO_WORKSPACE,
  type DemoAccountKey,
} from './seed-data.ts';

export interface SeedTarget {
  projectId: string;
  /** host:port of the Firestore emulator */
  firestoreHost: string;
  /** host:port of the Auth emulator */
  authHost: string;
}

export type SeededAccounts = Record<
  DemoAccountKey,
  { uid: string; email: string; password: string }
>;

/**
 * Seeds workspace `demo` on the local emulators. Idempotent: users are found by email, documents
 * are written with fixed ids and merge, so running it on every start never duplicates anything.
 * It refuses to run against anything but emulators (the demo- project prefix and emulator hosts).
 */
export async function seedDemo(target: SeedTarget): Promise<SeededAccounts> {
  if (!target.projectId.startsWith('demo-')) {
    throw new Error(
      `Refusing to seed project "${target.projectId}": only demo-* emulator projects.`,
    );
  }
  // Without this the Admin SDK probes for a GCE metadata server first, which costs seconds offline.
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  process.env.FIRESTORE_EMULATOR_HOST = target.firestoreHost;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = target.authHost;
  const app = initializeApp({ projectId: target.projectId }, `seed-${Date.now()}`);
  try {
    const auth = getAuth(app);
    const db = getFirestore(app);
    const ws = db.collection('workspaces').doc(DEMO_WORKSPACE);
    const accounts = {} as SeededAccounts;

    for (const account of DEMO_ACCOUNTS) {
      const user = await auth.getUserByEmail(account.email).catch(async (error) => {
        if (error?.code !== 'auth/user-not-found') throw error;
        // A fixed uid keeps the operator documents stable even if Auth's data were lost.
        return auth.createUser({
          uid: `demo-${account.key}`,
          email: account.email,
          password: account.password,
          displayName: account.displayName,
          emailVerified: true,
        });
      });
      await auth.updateUser(user.uid, { password: account.password, disabled: false });
      await auth.setCustomUserClaims(user.uid, { ws: DEMO_WORKSPACE, role: account.role });
      accounts[account.key] = { uid: user.uid, email: account.email, password: account.password };
    }
    const sip = (key: string) => sipInfoFor(DEMO_WORKSPACE, key);
    const uids = (keys: readonly DemoAccountKey[]) => keys.map((key) => accounts[key].uid);
    const now = Timestamp.now();

    const batch = db.batch();
    batch.set(
      ws,
      {
        name: 'Demo Shop',
        seatPrice: 1900,
        currency: 'EUR',
        routingMode: 'departments',
        queueTimeoutSeconds: 180,
        createdAt: now,
      },
      { merge: true },
    );
    for (const account of DEMO_ACCOUNTS) {
      const uid = accounts[account.key].uid;
      // Whole documents, not merged: data from before the private split (ADR 005) must not keep
      // an email on the public document.
      batch.set(ws.collection('operators').doc(uid), {
        displayName: account.displayName,
        role: account.role,
        active: true,
        maxChats: 5,
        createdAt: now,
      });
      batch.set(ws.collection('operatorPrivate').doc(uid), {
        email: account.email,
        sip: { ...sip(account.key), passwordSetAt: now },
      });
      const info = sip(account.key);
      // Fixed credentials (DEMO_SIP_PASSWORD), stored as digests only, like resetSipPassword.
      batch.set(ws.collection('sipAccounts').doc(info.username), {
        uid,
        realm: info.domain,
        ha1Md5: sipHa1('MD5', info.username, info.domain, DEMO_SIP_PASSWORD),
        ha1Sha256: sipHa1('SHA-256', info.username, info.domain, DEMO_SIP_PASSWORD),
        passwordSetAt: now,
      });
      batch.set(
        ws.collection('presence').doc(uid),
        { state: 'offline', lastSeen: now, activeChats: 0 },
        { merge: true },
      );
    }
    for (const department of DEMO_DEPARTMENTS) {
      batch.set(ws.collection('departments').doc(department.id), {
        name: department.name,
        operatorIds: uids(department.members),
      });
    }
    for (const route of DEMO_URL_ROUTES) {
      batch.set(ws.collection('urlRoutes').doc(route.id), {
        pattern: route.pattern,
        operatorIds: uids(route.members),
      });
    }
    for (const canned of DEMO_CANNED_RESPONSES) {
      batch.set(ws.collection('cannedResponses').doc(canned.id), {
        shortcut: canned.shortcut,
        text: canned.text,
        createdBy: accounts.ada.uid,
        updatedAt: now,
      });
    }
    batch.set(ws.collection('settings').doc('offline'), { recipientIds: uids(['ada']) });
    batch.set(ws.collection('invoices').doc('2026-10'), {
      period: '2026-10',
      seats: 3,
      seatPrice: 1900,
      total: 5700,
      currency: 'EUR',
      status: 'paid',
      issuedAt: Timestamp.fromDate(new Date('2026-11-01T00:00:00Z')),
    });
    batch.set(ws.collection('paymentMethods').doc('demo-visa'), {
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear: 2029,
      holder: 'Ada Lovelace',
      isDefault: true,
    });
    batch.set(ws.collection('auditLog').doc('seed'), {
      actor: accounts.ada.uid,
      action: 'workspace.seeded',
      target: DEMO_WORKSPACE,
      at: FieldValue.serverTimestamp(),
    });
    await batch.commit();
    return accounts;
  } finally {
    await deleteApp(app);
  }
}
