/** emailTranscript: the visitor's transcript by email, through the off-line mail path. */
import { randomUUID } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  expectError,
  mailTo,
  makeWorkspace,
  read,
  signedIn,
  type TestWorkspace,
  useSmtpSink,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;

beforeAll(async () => {
  useSmtpSink();
  team = await makeWorkspace({
    operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }],
    offlineRecipients: ['ada'],
  });
  nora = await signedIn(team.ops.nora);
});

const address = () => `vera.${randomUUID().slice(0, 8)}@example.com`;

async function endedChat() {
  const chat = await acceptedChat(team.ws, nora);
  const visitorUid = (await read(team.ws, `chats/${chat.chatId}`))!.visitor.uid as string;
  await admin()
    .db.collection(`workspaces/${team.ws}/chats/${chat.chatId}/messages`)
    .add({
      from: { kind: 'visitor', uid: visitorUid, name: 'Vera' },
      text: 'Can I return the blue lamp?',
      sentAt: Timestamp.now(),
    });
  await chat.visitor.call('closeChat', { workspaceId: team.ws, chatId: chat.chatId });
  return chat;
}

describe('emailTranscript', () => {
  it('mails the whole transcript to the address the visitor gives, with its delivery log', async () => {
    const { visitor, chatId } = await endedChat();
    const to = address();
    const answer = await visitor.call('emailTranscript', {
      workspaceId: team.ws,
      chatId,
      email: to,
    });
    expect(answer.delivery).toBe('sent');
    const [mail] = await mailTo(to);
    expect(mail!.subject).toBe(`Your chat with Test ${team.ws}`);
    expect(mail!.text).toContain('Vera: Can I return the blue lamp?');
    expect(mail!.text).toContain('Vera ended the chat.');
    expect(await read(team.ws, `transcriptMails/${answer.id}`)).toMatchObject({
      chatId,
      delivery: { status: 'sent', to: [to], attempts: 1 },
    });
  });

  it('is the visitor’s alone, once the chat has ended, to a valid address', async () => {
    const open = await acceptedChat(team.ws, nora);
    const request = { workspaceId: team.ws, chatId: open.chatId, email: address() };
    await expectError(open.visitor.call('emailTranscript', request), 'failed-precondition');
    const { visitor, chatId } = await endedChat();
    const ended = { ...request, chatId };
    await expectError(nora.call('emailTranscript', ended), 'permission-denied');
    await expectError((await signedIn()).call('emailTranscript', ended), 'permission-denied');
    await expectError(
      visitor.call('emailTranscript', { ...ended, email: 'not an address' }),
      'invalid-argument',
    );
  });

  it('is retried by the housekeeping sweep like an off-line message', async () => {
    const { chatId } = await endedChat();
    const to = address();
    // Due an hour from now, so that the stack's own schedule (real time) leaves it to this test.
    const start = new Date(Date.now() + 60 * 60_000);
    const ref = await admin()
      .db.collection(`workspaces/${team.ws}/transcriptMails`)
      .add({
        chatId,
        createdAt: Timestamp.now(),
        delivery: { status: 'pending', to: [to], attempts: 1, nextAttemptAt: start },
      });
    expect(await sweep(start, team.ws)).toMatchObject({ mailSent: 1 });
    expect((await ref.get()).data()!.delivery).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await mailTo(to))[0]!.text).toContain('Can I return the blue lamp?');
  });
});
