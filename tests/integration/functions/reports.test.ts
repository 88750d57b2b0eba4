/**
 * Reports (ADR 009): the reportChat and reportOfflineMessage triggers keep the daily aggregates
 * as chats end, are rated and as off-line messages arrive; counting twice changes nothing; the
 * extension's report query reads one document per day and scope under the real rules.
 */
import { connectFirestoreEmulator, type Firestore, initializeFirestore } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countChat } from '../../../functions/src/reports.ts';
import { readReportDays } from '../../../utils/data/collections/report-days.ts';
import { mergeReport, utcDay } from '../../../utils/domain/reports.ts';
import { eventually } from '../../support/wait.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
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
let ada: Client;
const today = utcDay(new Date());

beforeAll(async () => {
  useSmtpSink();
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora', displayName: 'Nora' },
    ],
  });
  [nora, ada] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.ada)]);
});

function firestoreOf(c: Client): Firestore {
  const db = initializeFirestore(c.auth.app, {});
  const [host, port] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  return db;
}

const day = (scope: string) => read(team.ws, `reportDays/${today}_${scope}`);

describe('the daily aggregates', () => {
  let chatId: string;
  let visitor: Client;

  beforeAll(async () => {
    ({ chatId, visitor } = await acceptedChat(team.ws, nora));
    await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .add({
        from: { kind: 'operator', uid: team.ops.nora!.uid, name: 'Nora' },
        text: 'Hello, how can I help?',
        sentAt: Timestamp.now(),
      });
    await nora.call('closeChat', { workspaceId: team.ws, chatId });
  });

  // The triggers run after the write, queued behind the Functions emulator's other work; the
  // first of a run also starts its worker, which takes a while on a loaded machine.
  const FIRST_TRIGGER_MS = 50_000;

  it('count a closed chat for the workspace and for its operator, with its first response', async () => {
    const workspace = await eventually(
      async () => {
        const row = await day('*');
        return row?.chats === 1 ? row : undefined;
      },
      'the workspace row',
      FIRST_TRIGGER_MS,
    );
    expect(workspace).toMatchObject({ day: today, scope: '*', chats: 1, responseCount: 1 });
    expect(workspace.durationCount).toBe(1);
    const mine = await eventually(
      async () => day(team.ops.nora!.uid),
      'Nora’s row',
      FIRST_TRIGGER_MS,
    );
    expect(mine).toMatchObject({ chats: 1, responseCount: 1, durationCount: 1 });
    expect(mine.ratedGood ?? 0).toBe(0);
    const summary = await read(team.ws, `chatHistory/${chatId}`);
    expect(summary!.firstResponderId).toBe(team.ops.nora!.uid);
  });

  it('move the chat to “good” once the visitor rates it, without counting it twice', async () => {
    await visitor.call('rateChat', { workspaceId: team.ws, chatId, rating: 'bad' });
    await eventually(
      async () => ((await day('*'))?.ratedBad === 1 ? true : undefined),
      'bad',
      FIRST_TRIGGER_MS,
    );
    await visitor.call('rateChat', { workspaceId: team.ws, chatId, rating: 'good' });
    const row = await eventually(
      async () => {
        const r = await day('*');
        return r?.ratedGood === 1 && r.ratedBad === 0 ? r : undefined;
      },
      'the rating moved to good',
      FIRST_TRIGGER_MS,
    );
    expect(row.chats).toBe(1);
  });

  it('are unchanged when the trigger runs again (a retried event)', async () => {
    const before = await day('*');
    expect(await countChat(team.ws, chatId)).toBe(false);
    expect(await day('*')).toEqual(before);
  });

  it('count an off-line message on the day it arrived', async () => {
    const someone = await signedIn();
    await someone.call('submitOfflineMessage', {
      workspaceId: team.ws,
      name: 'Olga',
      email: 'olga@example.com',
      message: 'Call me back',
      pageUrl: 'http://shop.example.com/',
    });
    await eventually(
      async () => ((await day('*'))?.offlineMessages === 1 ? true : undefined),
      'the off-line message counted',
      FIRST_TRIGGER_MS,
    );
  });

  it('are read by an admin for a range, one document per day and scope', async () => {
    const { rows, reads } = await readReportDays(firestoreOf(ada), team.ws, today, today);
    expect(reads).toBe(2);
    const report = mergeReport(rows, today, today);
    expect(report.total).toMatchObject({ chats: 1, missed: 0, shareGood: 1, offlineMessages: 1 });
    expect(report.operators.map((o) => o.uid)).toEqual([team.ops.nora!.uid]);
  });

  it('are refused to a normal operator', async () => {
    await expect(readReportDays(firestoreOf(nora), team.ws, today, today)).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });
});
