/**
 * Blocking a visitor (ADR 010) through the Functions emulator: blockVisitor closes the visitor's
 * chat with a note and records the block (audited); widgetStatus, startChat and
 * submitOfflineMessage refuse the blocked browser (uid), email and network address; a timed
 * block ends by itself and an admin lifts one. Visitors call over the callable protocol with an
 * X-Forwarded-For header, so each has the address a deployment would see.
 */
import { randomUUID } from 'node:crypto';
import { doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallableName, Callables } from '../../../utils/domain/callables.ts';
import {
  admin,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  PAGE,
  read,
  signedIn,
  stack,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;
let ada: Client;

beforeAll(async () => {
  team = await makeWorkspace({
    operators: [{ key: 'ada', role: 'admin', presence: 'offline' }, { key: 'nora' }],
  });
  [nora, ada] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.ada)]);
});

const address = () =>
  `203.0.113.${Math.floor(Math.random() * 250) + 1}, 10.${randomUUID().slice(0, 2).charCodeAt(0)}.0.${Math.floor(Math.random() * 250)}`;

/** A visitor whose calls come from `ip` (the last X-Forwarded-For entry is what counts). */
async function visitorFrom(ip: string, who?: Client) {
  const web = who ?? (await signedIn());
  async function call<N extends CallableName>(name: N, data: object): Promise<Callables[N][1]> {
    const token = await web.auth.currentUser!.getIdToken();
    const response = await fetch(
      `http://${stack.functionsHost}/${stack.projectId}/us-central1/${name}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'X-Forwarded-For': ip,
        },
        body: JSON.stringify({ data: { workspaceId: team.ws, ...data } }),
      },
    );
    const body = (await response.json()) as {
      result?: Callables[N][1];
      error?: { status: string; message: string };
    };
    if (body.error) {
      const code = body.error.status.toLowerCase().replace(/_/g, '-');
      throw Object.assign(new Error(body.error.message), { code: `functions/${code}` });
    }
    return body.result!;
  }
  return {
    web,
    uid: web.auth.currentUser!.uid,
    status: () => call('widgetStatus', { pageUrl: PAGE }),
    start: (email?: string) =>
      call('startChat', { visitorName: 'Vera', visitorEmail: email, pageUrl: PAGE }),
    offline: (email = 'vera@example.test') =>
      call('submitOfflineMessage', { name: 'Vera', email, message: 'Hello?', pageUrl: PAGE }),
  };
}
type Visitor = Awaited<ReturnType<typeof visitorFrom>>;

/** `visitor` starts a chat that Nora accepts. */
async function chatWithNora(visitor: Visitor, email?: string): Promise<string> {
  const started = await visitor.start(email);
  if (!('chatId' in started)) throw new Error('expected a chat');
  await admin()
    .db.doc(`workspaces/${team.ws}/chats/${started.chatId}`)
    .update({ offeredTo: FieldValue.arrayUnion(team.ops.nora!.uid) });
  await nora.call('acceptChat', { workspaceId: team.ws, chatId: started.chatId });
  return started.chatId;
}

const block = (chatId: string, duration = 'day', by = nora) =>
  by.call('blockVisitor', { workspaceId: team.ws, chatId, reason: 'Abusive language', duration });

const expectBlocked = async (visitor: Visitor) => {
  expect(await visitor.status()).toMatchObject({ available: false, blocked: true });
  await expectError(visitor.start(), 'permission-denied', /Chat is not available/);
  await expectError(visitor.offline(), 'permission-denied', /Chat is not available/);
};
const expectWelcome = async (visitor: Visitor) => {
  expect(await visitor.status()).toMatchObject({ available: true });
  expect(await visitor.start()).toHaveProperty('chatId');
};

describe('blockVisitor', () => {
  it('closes the chat with a note, records the block and audits it; the uid is blocked', async () => {
    const vera = await visitorFrom(address());
    const chatId = await chatWithNora(vera);
    const result = await block(chatId);
    expect(result).toMatchObject({ closedChats: 1 });
    expect(Date.parse(result.until!) - Date.now()).toBeGreaterThan(23 * 3_600_000);

    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({ status: 'closed' });
    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .orderBy('sentAt')
      .get();
    expect(notes.docs.map((d) => d.data().text)).toContain(
      'Chat is no longer available. This conversation has ended.',
    );
    expect(await read(team.ws, `blocks/${result.blockId}`)).toMatchObject({
      visitor: { uid: vera.uid, name: 'Vera' },
      chatId,
      reason: 'Abusive language',
      byAddress: true,
      byEmail: false,
      createdBy: { uid: team.ops.nora!.uid, name: 'Nora' },
    });
    const audit = await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('target', '==', result.blockId)
      .get();
    expect(audit.docs.map((d) => d.data())).toMatchObject([
      { actor: team.ops.nora!.uid, action: 'visitor.blocked' },
    ]);
    expect(await read(team.ws, `presence/${team.ops.nora!.uid}`)).toMatchObject({ activeChats: 0 });

    // The same browser from another network: still blocked. A stranger is welcome.
    await expectBlocked(await visitorFrom(address(), vera.web));
    await expectWelcome(await visitorFrom(address()));

    // Nor can the blocked visitor write in a chat any more (the rules, not only the widget).
    const batch = writeBatch(vera.web.db);
    const message = doc(vera.web.db, `workspaces/${team.ws}/chats/${chatId}/messages/late`);
    batch.set(message, {
      from: { kind: 'visitor', uid: vera.uid, name: 'Vera' },
      text: 'Still here',
      sentAt: serverTimestamp(),
    });
    batch.set(doc(vera.web.db, `workspaces/${team.ws}/chats/${chatId}/stamps/visitor`), {
      at: serverTimestamp(),
      messageId: 'late',
    });
    await expect(batch.commit()).rejects.toMatchObject({ code: 'permission-denied' });
  });

  it('blocks the email the visitor gave, from any browser', async () => {
    const email = `max.${randomUUID().slice(0, 6)}@example.test`;
    const max = await visitorFrom(address());
    await block(await chatWithNora(max, email));
    const again = await visitorFrom(address());
    await expectError(again.start(email), 'permission-denied', /Chat is not available/);
    await expectError(again.offline(email), 'permission-denied', /Chat is not available/);
    // Without the email this browser is a stranger.
    expect(await again.status()).toMatchObject({ available: true });
  });

  it('blocks the network address the visitor called from', async () => {
    const ip = address();
    const troll = await visitorFrom(ip);
    await block(await chatWithNora(troll));
    await expectBlocked(await visitorFrom(ip));
  });

  it('lets a timed block end by itself, and an admin lift one', async () => {
    const ip = address();
    const zoe = await visitorFrom(ip);
    const { blockId } = await block(await chatWithNora(zoe), 'hour');
    await expectBlocked(zoe);
    // An hour passes: the summary's end moves into the past.
    const past = Timestamp.fromMillis(Date.now() - 1000);
    await admin()
      .db.doc(`workspaces/${team.ws}/summaries/blocks`)
      .update({ [`entries.${blockId}.until`]: past });
    await expectWelcome(zoe);

    const otto = await visitorFrom(address());
    const forever = await block(await chatWithNora(otto), 'forever');
    expect(forever.until).toBeUndefined();
    await expectBlocked(otto);
    await expectError(
      nora.call('liftBlock', { workspaceId: team.ws, blockId: forever.blockId }),
      'permission-denied',
    );
    await ada.call('liftBlock', { workspaceId: team.ws, blockId: forever.blockId });
    expect(await read(team.ws, `blocks/${forever.blockId}`)).toMatchObject({
      liftedBy: { uid: team.ops.ada!.uid, name: 'Ada' },
    });
    await expectWelcome(otto);
  });

  it("refuses visitors, a chat that isn't the operator's and a missing reason", async () => {
    const vera = await visitorFrom(address());
    const chatId = await chatWithNora(vera);
    await expectError(block(chatId, 'day', vera.web), 'permission-denied');
    await expectError(
      nora.call('blockVisitor', { workspaceId: team.ws, chatId, reason: ' ', duration: 'day' }),
      'invalid-argument',
      /reason for blocking is required/,
    );
    await expectError(
      nora.call('blockVisitor', { workspaceId: team.ws, chatId, reason: 'x', duration: 'year' }),
      'invalid-argument',
    );
  });
});
