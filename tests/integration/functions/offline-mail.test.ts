/**
 * Off-line messages: submitOfflineMessage mails the recipients through the SMTP sink; the
 * housekeeping schedule turns missed chats into off-line messages and retries failed mail.
 */
import { createServer } from 'node:net';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import {
  admin,
  client,
  closeClients,
  expectError,
  mailTo,
  makeWorkspace,
  PAGE,
  queuedChat,
  read,
  signedIn,
  stack,
  type TestWorkspace,
  useSmtpSink,
} from './support.ts';

afterAll(closeClients);
beforeAll(() => {
  admin();
  useSmtpSink();
});

const form = (ws: string, extra: Record<string, unknown> = {}) => ({
  workspaceId: ws,
  name: 'Vera Visitor',
  email: 'vera@example.com',
  message: 'Do you ship to Iceland?\nThanks!',
  pageUrl: PAGE,
  ...extra,
});

describe('submitOfflineMessage', () => {
  let team: TestWorkspace;
  beforeAll(async () => {
    team = await makeWorkspace({
      routingMode: 'departments',
      operators: [
        { key: 'ada', role: 'admin', presence: 'offline' },
        { key: 'nora', presence: 'offline' },
        { key: 'otto', presence: 'offline' },
      ],
      departments: [{ id: 'sales', name: 'Sales', members: ['nora'] }],
      offlineRecipients: ['nora', 'otto'],
    });
  });

  it('follows the offline path: no operator, the form is sent, mail reaches the recipients', async () => {
    const visitor = await signedIn();
    const started = await visitor.call('startChat', {
      workspaceId: team.ws,
      visitorName: 'Vera Visitor',
      departmentId: 'sales',
      pageUrl: PAGE,
    });
    expect(started).toEqual({ offline: true });

    const { id } = await visitor.call(
      'submitOfflineMessage',
      form(team.ws, { departmentId: 'sales' }),
    );
    const recipients = [team.ops.nora!.email, team.ops.otto!.email];
    const [mail] = await mailTo(team.ops.nora!.email);
    expect(mail).toBeDefined();
    expect([...mail!.envelope.to].sort()).toEqual([...recipients].sort());
    expect(mail!.envelope.to).not.toContain(team.ops.ada!.email);
    expect(mail!.from).toContain('no-reply@parley.test');
    expect(mail!.subject).toBe(`Off-line message from Vera Visitor (Test ${team.ws})`);
    expect(mail!.text).toContain('From: Vera Visitor <vera@example.com>');
    expect(mail!.text).toContain('Department: Sales');
    expect(mail!.text).toContain(`Page: ${PAGE}`);
    expect(mail!.text).toContain('Do you ship to Iceland?\nThanks!');

    const stored = await read(team.ws, `offlineMessages/${id}`);
    expect(stored).toMatchObject({
      name: 'Vera Visitor',
      email: 'vera@example.com',
      departmentId: 'sales',
      delivery: { status: 'sent', attempts: 1 },
    });
    expect([...stored!.delivery.to].sort()).toEqual([...recipients].sort());
    expect(stored!.delivery.lastError).toBeUndefined();
  });

  it('mails the admins when no recipients are chosen', async () => {
    const bare = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin', presence: 'offline' }, { key: 'nora' }],
    });
    await (await signedIn()).call('submitOfflineMessage', form(bare.ws));
    const [mail] = await mailTo(bare.ops.ada!.email);
    expect(mail!.envelope.to).toEqual([bare.ops.ada!.email]);
  });

  it('refuses bad input, unknown workspaces and signed-out callers', async () => {
    const visitor = await signedIn();
    await expectError(
      visitor.call('submitOfflineMessage', form(team.ws, { email: '' })),
      'invalid-argument',
      /email/,
    );
    await expectError(
      visitor.call('submitOfflineMessage', form(team.ws, { message: 'x'.repeat(4001) })),
      'invalid-argument',
      /at most 4000/,
    );
    await expectError(
      visitor.call('submitOfflineMessage', form(team.ws, { name: ' ' })),
      'invalid-argument',
    );
    await expectError(visitor.call('submitOfflineMessage', form('no-such-ws')), 'not-found');
    await expectError(
      visitor.call('submitOfflineMessage', form(team.ws, { departmentId: 'nope' })),
      'not-found',
    );
    await expectError(client().call('submitOfflineMessage', form(team.ws)), 'unauthenticated');
  });

  it('limits a visitor to a few messages a minute', async () => {
    const visitor = await signedIn();
    for (let i = 0; i < 3; i++) await visitor.call('submitOfflineMessage', form(team.ws));
    await expectError(
      visitor.call('submitOfflineMessage', form(team.ws)),
      'resource-exhausted',
      /Too many/,
    );
  });
});

describe('the housekeeping schedule', () => {
  // No sweep() here: the local stack fires the deployed housekeeping function on a schedule
  // (scripts/stack/schedules.ts), as Cloud Scheduler does in production every minute.
  it(
    'marks chats nobody accepted in time missed and mails the ones with an email, by itself',
    async () => {
      const team = await makeWorkspace({
        operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }],
        offlineRecipients: ['ada'],
        queueTimeoutSeconds: 60,
      });
      const walt = { visitorName: 'Walt', visitorEmail: 'walt@example.com' };
      const { visitor: withEmail, chatId: chatA } = await queuedChat(team.ws, walt);
      const { chatId: chatB } = await queuedChat(team.ws, { visitorName: 'Xena' });
      const { chatId: chatFresh } = await queuedChat(team.ws, { visitorName: 'Yuri' });
      const { db } = admin();
      // What the visitor typed while waiting (visitors write messages directly, under the rules).
      await db.collection(`workspaces/${team.ws}/chats/${chatA}/messages`).add({
        from: { kind: 'visitor', uid: withEmail.auth.currentUser!.uid, name: 'Walt' },
        text: 'Is anyone there? My order #123 is late.',
        sentAt: Timestamp.now(),
      });
      const old = Timestamp.fromMillis(Date.now() - 61_000);
      await db.doc(`workspaces/${team.ws}/chats/${chatA}`).update({ createdAt: old });
      await db.doc(`workspaces/${team.ws}/chats/${chatB}`).update({ createdAt: old });

      await vi.waitFor(
        async () => {
          expect(await read(team.ws, `chats/${chatA}`)).toMatchObject({ status: 'missed' });
          expect(await read(team.ws, `chats/${chatB}`)).toMatchObject({ status: 'missed' });
          // The mail goes out after the chat is marked, so wait for its delivery too.
          const mailed = await db.collection(`workspaces/${team.ws}/offlineMessages`).get();
          expect(mailed.docs.map((d) => d.data().delivery.status)).toEqual(['sent']);
        },
        { timeout: stack.housekeepingEveryMs + 30_000, interval: 500 },
      );
      expect(await read(team.ws, `chats/${chatA}`)).toMatchObject({ offeredTo: [] });
      expect(await read(team.ws, `chats/${chatFresh}`)).toMatchObject({ status: 'queued' });

      const offline = await db.collection(`workspaces/${team.ws}/offlineMessages`).get();
      expect(offline.docs.map((d) => d.data())).toEqual([
        expect.objectContaining({
          chatId: chatA,
          name: 'Walt',
          email: 'walt@example.com',
          message: 'Is anyone there? My order #123 is late.',
          delivery: expect.objectContaining({ status: 'sent', to: [team.ops.ada!.email] }),
        }),
      ]);
      const [mail] = await mailTo(team.ops.ada!.email);
      expect(mail!.subject).toMatch(/^Missed chat from Walt/);
      expect(mail!.text).toContain('My order #123 is late.');
    },
    stack.housekeepingEveryMs + 60_000,
  );
});

describe('the housekeeping sweep, at chosen times', () => {
  it('retries a failed delivery with backoff until it is sent', async () => {
    const team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }],
      offlineRecipients: ['ada'],
    });
    const { db } = admin();
    // Due an hour from now, so that the stack's own schedule (real time) leaves it to this test.
    const start = new Date(Date.now() + 60 * 60_000);
    const ref = await db.collection(`workspaces/${team.ws}/offlineMessages`).add({
      name: 'Zoe',
      email: 'zoe@example.com',
      message: 'Please call me back.',
      pageUrl: PAGE,
      createdAt: Timestamp.now(),
      delivery: {
        status: 'pending',
        to: [team.ops.ada!.email],
        attempts: 0,
        nextAttemptAt: Timestamp.fromDate(start),
      },
    });

    // The SMTP server is down: the attempt fails and the next one is scheduled a minute later.
    process.env.SMTP_PORT = String(await closedPort());
    const down = await sweep(start, team.ws);
    expect(down).toMatchObject({ mailSent: 0, mailFailed: 1 });
    const failed = (await ref.get()).data()!;
    expect(failed.delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.delivery.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.delivery.nextAttemptAt.toMillis()).toBe(start.getTime() + 60_000);

    // Not due yet: nothing happens.
    useSmtpSink();
    expect(await sweep(new Date(start.getTime() + 30_000), team.ws)).toMatchObject({
      mailSent: 0,
      mailFailed: 0,
    });
    // Due: sent.
    expect(await sweep(new Date(start.getTime() + 61_000), team.ws)).toMatchObject({ mailSent: 1 });
    const sent = (await ref.get()).data()!;
    expect(sent.delivery).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sent.delivery.lastError).toBeUndefined();
    const [mail] = await mailTo(team.ops.ada!.email);
    expect(mail!.text).toContain('Please call me back.');
  });
});

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
