/**
 * The off-line inbox (ADR 009): admins and the off-line recipients page through the messages
 * under the real rules and act on them through updateOfflineMessage: a failed delivery is sent
 * again (the SMTP sink receives it), a message is marked handled and reopened, all audited.
 */
import { connectFirestoreEmulator, type Firestore, initializeFirestore } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfflinePage } from '../../../utils/data/collections/offline-messages.ts';
import {
  admin,
  type Client,
  closeClients,
  expectError,
  mailTo,
  makeWorkspace,
  read,
  signedIn,
  stack,
  type TestWorkspace,
  useSmtpSink,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;
let otto: Client;

beforeAll(async () => {
  useSmtpSink();
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora', displayName: 'Nora', presence: 'offline' },
      { key: 'otto', displayName: 'Otto', presence: 'offline' },
    ],
    offlineRecipients: ['nora'],
  });
  [nora, otto] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.otto)]);
});

function firestoreOf(c: Client): Firestore {
  const db = initializeFirestore(c.auth.app, {});
  const [host, port] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  return db;
}

/** An off-line message whose delivery gave up (the mail server was down for an hour). */
async function failedMessage(text: string): Promise<string> {
  const ref = await admin()
    .db.collection(`workspaces/${team.ws}/offlineMessages`)
    .add({
      name: 'Fiona',
      email: 'fiona@example.com',
      message: text,
      pageUrl: 'http://shop.example.com/help',
      createdAt: Timestamp.now(),
      delivery: {
        status: 'failed',
        to: ['old@example.com'],
        attempts: 6,
        lastError: 'connect ECONNREFUSED 10.0.0.1:587',
      },
    });
  return ref.id;
}

const act = (who: Client, id: string, action: 'retry' | 'handled' | 'reopen') =>
  who.call('updateOfflineMessage', { workspaceId: team.ws, id, action });

describe('updateOfflineMessage', () => {
  it('sends a failed delivery again, to today’s recipients', async () => {
    const id = await failedMessage('Is the blue one back in stock?');
    expect(await act(nora, id, 'retry')).toEqual({ id, delivery: 'sent', handled: false });
    const mails = await mailTo(team.ops.nora!.email);
    expect(mails.some((m) => m.text.includes('Is the blue one back in stock?'))).toBe(true);
    const stored = await read(team.ws, `offlineMessages/${id}`);
    expect(stored!.delivery).toMatchObject({
      status: 'sent',
      attempts: 1,
      to: [team.ops.nora!.email],
    });
    const audit = await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('target', '==', id)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toEqual(['offlineMessage.retried']);
  });

  it('refuses to retry a delivery that has not failed', async () => {
    const id = await failedMessage('Second');
    await act(nora, id, 'retry');
    await expectError(act(nora, id, 'retry'), 'failed-precondition', /Only a failed delivery/);
  });

  it('marks a message handled, by whom, and reopens it', async () => {
    const id = await failedMessage('Third');
    expect((await act(nora, id, 'handled')).handled).toBe(true);
    expect((await read(team.ws, `offlineMessages/${id}`))!.handled).toMatchObject({
      by: team.ops.nora!.uid,
      name: 'Nora',
    });
    expect((await act(nora, id, 'reopen')).handled).toBe(false);
    expect((await read(team.ws, `offlineMessages/${id}`))!.handled).toBeUndefined();
  });

  it('is refused to an operator who is not an off-line recipient', async () => {
    const id = await failedMessage('Fourth');
    await expectError(act(otto, id, 'handled'), 'permission-denied');
  });
});

describe('the inbox pages', () => {
  it('list a recipient’s messages newest first with a cursor, filtered by delivery status', async () => {
    const db = firestoreOf(nora);
    const first = await readOfflinePage(db, team.ws, null, null, 2);
    expect(first.rows).toHaveLength(2);
    expect(first.reads).toBe(3);
    expect(first.next).not.toBeNull();
    const second = await readOfflinePage(db, team.ws, null, first.next, 2);
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0]!.id);
    const failed = await readOfflinePage(db, team.ws, 'failed', null);
    expect(failed.rows.every((r) => r.delivery.status === 'failed')).toBe(true);
    expect(failed.rows[0]!.delivery.lastError).toContain('ECONNREFUSED');
  });

  it('are refused to an operator who is not a recipient', async () => {
    await expect(readOfflinePage(firestoreOf(otto), team.ws, null, null)).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });
});
